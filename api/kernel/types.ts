// The types every feature folder shares: what the app is built from (AppDeps), what a request carries (AppEnv),
// and the router each feature builds and app.ts mounts with app.route(). Features import this module, never app.ts;
// it names no feature's types, so the kernel depends on no feature.
import { type Hook, OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import type { StaffUser } from '../../db/schema.ts';
import type { Lang } from '../../domain/languages.ts';
import type { Config } from '../config.ts';
import type { Sealer } from '../crypto/seal.ts';
import type { Logger } from '../log.ts';
import { requestLocale, validationError } from './errors.ts';
import type { Rule } from './policy.ts';

export type AppConfig = Config & { REPORT_KEY: string };

export interface AppDeps {
  db: Db;
  config: AppConfig;
  sealer: Sealer;
  log: Logger;
  /** Told once a report, a reporter's message or a staff action is committed (api/alerts implements it). */
  alerts: AlertNotifier;
  /** Who may call each staff/partner route, read off the mounted routes (rulesOf); tests pass a copy with a rule removed. */
  routeRules: Readonly<Record<string, Rule>>;
}

/** Never throws, never waits: a committed change only wakes the alert worker. */
export interface AlertNotifier {
  afterCommit(reference: string): void;
}

/** A live staff or partner session, as the guard read it. */
export interface StaffSession {
  user: StaffUser;
  csrfToken: string;
  idHash: string;
}

export type AppEnv = {
  Variables: {
    /** The language a handler read from the body (errors answer in it). */
    locale?: Lang;
    /** The signed-in account: set by the staff guard (api/kernel/guard.ts) on every guarded route. */
    staff: StaffSession;
    /** PUBLIC_ORIGIN when configured: the CSRF Origin check and the session cookie compare with it. */
    publicOrigin?: string;
  };
};

/** A request that fails its route's schema gets the same localised 400 as every other validation error. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every input shape.
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (!result.success) throw validationError(result.error, (result as { data?: unknown }).data, requestLocale(c));
};

/** The router a feature folder builds: its routes declared with createRoute/app.openapi, mounted by app.ts. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

export type Router = ReturnType<typeof createRouter>;
