// The supervisors' dashboard endpoint (the CSV exports are plain links).
import type { Api } from './client.ts';
import type { DashboardFigures, DayRange } from './types.ts';

/** The figures for a range of days; an empty bound lets the API choose (the last 30 days). */
export function dashboardFigures(api: Api, range: DayRange): Promise<DashboardFigures> {
  const q = new URLSearchParams();
  if (range.from) q.set('from', range.from);
  if (range.to) q.set('to', range.to);
  return api.request<DashboardFigures>('GET', `/api/staff/dashboard?${q}`);
}
