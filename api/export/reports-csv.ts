// The queue as CSV for a date range: case facts and timings only, never free text or contact details.
import { and, asc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, provinces, queues, reports } from '../../db/schema.ts';
import type { Locale } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';
import type { DateRange } from '../dashboard/aggregates.ts';
import { BOM, csvLine, pktDateTime } from './csv.ts';

const PAGE = 1000;

/** Streams the rows page by page (keyset on id), so a large export never sits whole in memory. */
export function reportsCsv(db: Db, scope: SQL, range: DateRange, locale: Locale): ReadableStream<Uint8Array> {
  const t = getT(locale, 'dashboard');
  // Vocabulary labels live in the one staff namespace.
  const st = getT(locale, 'staff');
  const tr = getT(locale, 'report');
  const encoder = new TextEncoder();
  // Trimmed: the directory's Urdu district names carry a stray carriage return.
  const name = (names: Record<Locale, string> | null, fallback: string) => (names?.[locale] ?? fallback).trim();
  let lastId = 0;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        const cols = ['reference', 'submitted', 'priority', 'category', 'status', 'province', 'district', 'queue', 'due', 'firstAction', 'closed', 'closeReason', 'verified', 'erased'];
        controller.enqueue(encoder.encode(BOM + csvLine(cols.map((c) => t(`export.col.${c}`)))));
        return;
      }
      const page = await db
        .select({
          id: reports.id,
          reference: reports.reference,
          createdAt: reports.createdAt,
          priority: reports.priority,
          category: reports.category,
          status: reports.status,
          provinceId: reports.provinceId,
          provinceNames: provinces.names,
          districtId: reports.districtId,
          districtNames: districts.names,
          queueId: reports.queueId,
          queueNames: queues.names,
          dueAt: reports.dueAt,
          firstActionAt: reports.firstActionAt,
          closedAt: reports.closedAt,
          closeReason: reports.closeReason,
          verified: reports.verified,
          erasedAt: reports.erasedAt,
        })
        .from(reports)
        .leftJoin(provinces, eq(provinces.id, reports.provinceId))
        .leftJoin(districts, and(eq(districts.provinceId, reports.provinceId), eq(districts.id, reports.districtId)))
        .leftJoin(queues, eq(queues.id, reports.queueId))
        .where(and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to), gt(reports.id, lastId)))
        .orderBy(asc(reports.id))
        .limit(PAGE);
      let chunk = '';
      for (const r of page) {
        chunk += csvLine([
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
        ]);
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (page.length < PAGE) controller.close();
      else lastId = page[page.length - 1]!.id;
    },
  });
}
