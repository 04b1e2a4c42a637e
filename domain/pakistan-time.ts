// Pakistan Standard Time is UTC+5 all year (no daylight saving since 2009). This module is the one home of that fact,
// for TypeScript (days, clock times, date ranges) and for SQLite (the day or month of a stored instant), so the
// dashboard, the roll-up triggers, the alert shifts and the exports all mean the same "day".

/** The zone for Intl formatting; the arithmetic below uses the fixed offset it has had since 2009. */
export const PAKISTAN_TIME_ZONE = 'Asia/Karachi';
export const PKT_OFFSET_MS = 5 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** SQLite's date() modifier for the same offset. */
const SQL_OFFSET = "'+5 hours'";

/** The Pakistan calendar day of an instant, YYYY-MM-DD. */
export function pktDay(ms: number): string {
  return new Date(ms + PKT_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Pakistan calendar day (YYYY-MM-DD) begins. */
export function pktDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - PKT_OFFSET_MS;
}

/** "YYYY-MM-DD HH:MM" in Pakistan time: what staff read on their own clocks. */
export function pktDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  return new Date(ms + PKT_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Weekday (0 = Sunday) and minute of the day in Pakistan for an instant. */
export function pakistanTime(now: number): { day: number; minute: number } {
  const d = new Date(now + PKT_OFFSET_MS);
  return { day: d.getUTCDay(), minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** SQL: the Pakistan day (YYYY-MM-DD) of a column holding epoch milliseconds. */
export function pktDaySql(msColumn: string): string {
  return `date(${msColumn} / 1000, 'unixepoch', ${SQL_OFFSET})`;
}

/** SQL: the Pakistan month (YYYY-MM) of a column holding epoch milliseconds. */
export function pktMonthSql(msColumn: string): string {
  return `substr(${pktDaySql(msColumn)}, 1, 7)`;
}
