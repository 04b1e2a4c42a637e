// Typed access to content/helplines.json, shared by the API and the Astro site.
import data from '../content/helplines.json' with { type: 'json' };
import type { Lang } from '../domain/languages.ts';

export interface Helpline {
  id: string;
  number: string;
  name: Record<Lang, string>;
  purpose: Record<Lang, string>;
  where: Record<Lang, string>;
  provinces: string[];
  emergency: boolean;
  tollFree: boolean | null;
  hours: string | null;
  confidence: 'H' | 'M' | 'L';
  source: string;
  /** Where the entry's facts come from: a page (url) or a project document (document). */
  sources: { title: string; url?: string; document?: string }[];
  /** The date (YYYY-MM-DD) the entry was last checked against its sources (not a test call). */
  checked: string;
  /** Districts or towns, where a number works in only part of a province. */
  areas?: Record<Lang, string>;
  /** What is and is not confirmed about other ways to reach the service. */
  contactNote?: Record<Lang, string>;
  law?: string;
}

export const helplines: readonly Helpline[] = data.helplines as Helpline[];

function worksIn(h: Helpline, provinceId: string | null): boolean {
  return h.provinces.includes('*') || (provinceId !== null && h.provinces.includes(provinceId));
}

/**
 * The numbers to call when a child is in danger now: police 15, Rescue 1122 where it runs, and the
 * child helpline for the province (1121 where one is confirmed, else the national 1099).
 * Without a province, every emergency number is listed with where it works.
 */
export function emergencyNumbers(provinceId: string | null): Helpline[] {
  if (provinceId === null) return childLineFirst(helplines.filter((h) => h.emergency));
  const local = helplines.filter((h) => h.emergency && worksIn(h, provinceId));
  const hasChildLine = local.some(isChildLine);
  if (!hasChildLine) local.push(...helplines.filter((h) => h.id === 'mohr-1099'));
  return childLineFirst(local);
}

const isChildLine = (h: Helpline) => h.number === '1121';
/** A child (or a worried adult) reaches the people trained for children first; police and rescue follow. */
const childLineFirst = (list: Helpline[]) =>
  [...list].sort((a, b) => Number(isChildLine(b) || b.id === 'mohr-1099') - Number(isChildLine(a) || a.id === 'mohr-1099'));
