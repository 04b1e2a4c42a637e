// The alerts feature: the console's event stream, on-duty lists, alert e-mails, the outbox and the figures.
// Mounted by app.ts; the alert engine itself (service.ts, ladder.ts, channels.ts, hub.ts) is built by the app.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { alertsHandlers } from './handlers.ts';
import * as routes from './routes.ts';
import type { AlertService } from './service.ts';

export function alertsFeature(deps: AppDeps, alerts: AlertService) {
  const h = alertsHandlers({ ...deps, alerts });
  return createRouter()
    .openapi(routes.events, h.events)
    .openapi(routes.onDuty, h.onDuty)
    .openapi(routes.saveOnDuty, h.saveOnDuty, h.saveOnDutyHook)
    .openapi(routes.alertEmail, h.alertEmail)
    .openapi(routes.saveAlertEmail, h.saveAlertEmail)
    .openapi(routes.outbox, h.outbox)
    .openapi(routes.figures, h.figures);
}
