// The supervisors' dashboard endpoint (the CSV exports are plain links).
import { type Api, answer } from './client.ts';
import type { DayRange } from './types.ts';

/** The figures for a range of days; an empty bound lets the API choose (the last 30 days). */
export const dashboardFigures = (api: Api, range: DayRange) =>
  answer(
    api.client.api.staff.dashboard.$get({ query: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } }),
  );
