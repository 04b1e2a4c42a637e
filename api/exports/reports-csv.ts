// The queue as CSV for a date range: case facts and timings only, never free text or contact details.

import { stageOf } from '../../domain/case-cycle.ts';
import type { Lang } from '../../domain/languages.ts';
import { pktDateTime } from '../../domain/pakistan-time.ts';
import { getT } from '../../locales/i18n.ts';
import { BOM, csvLine } from './csv.ts';
import type { ExportRow } from './queries.ts';

const PAGE = 1000;
const COLUMNS = [
  'reference',
  'submitted',
  'priority',
  'category',
  'status',
  'province',
  'district',
  'queue',
  'due',
  'firstAction',
  'closed',
  'closeReason',
  'verified',
  'erased',
  'channel',
  'stage',
  'riskLevel',
];

/** Streams the rows page by page (`page(afterId, limit)`: the next rows by id), header first. */
export function reportsCsv(page: (afterId: number, limit: number) => Promise<ExportRow[]>, locale: Lang): ReadableStream<Uint8Array> {
  const t = getT(locale, 'dashboard');
  // Vocabulary labels live in the one staff namespace.
  const st = getT(locale, 'staff');
  const tr = getT(locale, 'report');
  const encoder = new TextEncoder();
  // Trimmed: the directory's Urdu district names carry a stray carriage return.
  const name = (names: Record<Lang, string> | null, fallback: string) => (names?.[locale] ?? fallback).trim();
  const line = (r: ExportRow) =>
    csvLine([
      r.reference,
      pktDateTime(r.createdAt),
      r.priority,
      tr(`category.${r.category}`, { defaultValue: r.category }),
      st(`status.${r.status}`, { defaultValue: r.status }),
      name(r.provinceNames, r.provinceId),
      name(r.districtNames, r.districtId),
      name(r.queueNames, r.queueId),
      pktDateTime(r.dueAt),
      pktDateTime(r.firstActionAt),
      pktDateTime(r.closedAt),
      r.closeReason ? st(`closeReason.${r.closeReason}`, { defaultValue: r.closeReason }) : '',
      t(r.verified ? 'export.yes' : 'export.no'),
      t(r.erasedAt ? 'export.yes' : 'export.no'),
      st(`channel.${r.channel}`),
      st(`stage.${stageOf(r)}`),
      r.riskLevel ? st(`riskLevel.${r.riskLevel}`) : '',
    ]);
  let lastId = 0;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(COLUMNS.map((c) => t(`export.col.${c}`)))));
        return;
      }
      const rows = await page(lastId, PAGE);
      const chunk = rows.map(line).join('');
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (rows.length < PAGE) controller.close();
      else lastId = rows[rows.length - 1]!.id;
    },
  });
}
