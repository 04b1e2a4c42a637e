import { z } from 'zod';
import { DEFAULT_SERVICE_STATEMENT_FILE, loadServiceStatement, type ServiceStatement } from '../domain/service-statement.ts';
import { SCREENING_MINUTES } from '../domain/vocabulary.ts';
import { parseTrustProxy, type TrustProxy } from './net/client-address.ts';

/** Reports per window per client, written `<count>/<seconds>`, e.g. `5/600`. */
const rateLimit = z
  .string()
  .regex(/^\d+\/\d+$/, 'must look like 5/600 (reports per window of seconds)')
  .transform((s) => {
    const [max, seconds] = s.split('/').map(Number) as [number, number];
    return { max, windowMs: seconds * 1000 };
  })
  .refine((r) => r.max > 0 && r.windowMs > 0, 'both numbers must be above zero');

const base64Key = z
  .string()
  .refine(
    (s) => /^[A-Za-z0-9+/]{43}=$/.test(s) && Buffer.from(s, 'base64').length === 32,
    'must be 32 bytes in base64 (openssl rand -base64 32)',
  );

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === '' ? undefined : s));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: optionalText,
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  DATABASE_URL: z
    .string()
    .default('file:data/portal.db')
    .refine(
      (u) => /^(file:.+|libsql:\/\/.+|https?:\/\/.+|wss?:\/\/.+)$/.test(u),
      'must be file:<path>, libsql://…, http(s)://… or ws(s)://…',
    ),
  DATABASE_AUTH_TOKEN: optionalText,
  REPORT_KEY: optionalText.pipe(base64Key.optional()),
  // Earlier keys, comma-separated, still accepted for decryption while `npm run keys:rotate` moves data to REPORT_KEY.
  REPORT_KEY_PREVIOUS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform((s) => (s ? s.split(',').map((k) => k.trim()) : []))
      .pipe(z.array(base64Key)),
  ),
  HCAPTCHA_SITEKEY: optionalText,
  HCAPTCHA_SECRET: optionalText,
  HCAPTCHA_VERIFY_URL: z.url().default('https://api.hcaptcha.com/siteverify'),
  HCAPTCHA_TIMEOUT_MS: z.coerce.number().int().min(100).max(30000).default(3000),
  REPORT_RATE_LIMIT: rateLimit.default({ max: 5, windowMs: 600_000 }),
  STATIC_DIR: z.string().default('dist'),
  // Reverse proxies in front of the server (a hop count, or their addresses / CIDR ranges): client addresses for
  // rate limits come from X-Forwarded-For only through these. Unset: the TCP peer is the client.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((s, ctx): TrustProxy => {
      const parsed = parseTrustProxy(s);
      if (parsed instanceof Error) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed;
    }),
  // The site's public origin as browsers see it (https://… behind a TLS proxy): CSRF Origin check, cookies, links in alerts.
  PUBLIC_ORIGIN: optionalText.pipe(
    z
      .url()
      .refine((u) => new URL(u).origin === u.replace(/\/$/, ''), 'must be an origin such as https://hifazat.example.pk (no path)')
      .transform((u) => new URL(u).origin)
      .optional(),
  ),
  // Group commit: reports arriving within this many milliseconds share one transaction (one fsync); 0 turns it off.
  INTAKE_GROUP_COMMIT_MS: z.coerce.number().int().min(0).max(50).default(2),
  // Days after closure before a report's free text, contact and messages are erased (statistics stay).
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(365),
  // Alerts (api/alerts). Without SMTP_URL alerts reach the console only; without ALERT_WEBHOOK_URL no webhook is called.
  SMTP_URL: optionalText.pipe(
    z
      .url()
      .refine((u) => /^smtps?:\/\//.test(u), 'must be smtp://user:pass@host:587 or smtps://…')
      .optional(),
  ),
  ALERT_FROM: z.string().default('Hifazat alerts <alerts@localhost>'),
  ALERT_WEBHOOK_URL: optionalText.pipe(
    z
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
      .optional(),
  ),
  ALERT_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  // Minutes without acknowledgement before the unit's supervisor, then the provincial body, is alerted.
  ALERT_ESCALATE_SUPERVISOR_MINUTES: z.coerce.number().min(0.01).max(1440).default(15),
  ALERT_ESCALATE_PROVINCIAL_MINUTES: z.coerce.number().min(0.01).max(1440).default(30),
  // A report still unscreened this long after arrival is alerted like a P1.
  SCREENING_DEADLINE_MINUTES: z.coerce.number().min(0.01).max(10080).default(SCREENING_MINUTES),
  // How often the alert worker looks for due steps and pending deliveries.
  ALERT_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(15_000),
  // Who runs this deployment and who reads reports, when (domain/service-statement.ts). The build reads the same file.
  SERVICE_STATEMENT_FILE: z
    .string()
    .default(DEFAULT_SERVICE_STATEMENT_FILE)
    .transform((file, ctx): ServiceStatement => {
      try {
        return loadServiceStatement(file);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
});

export type Env = z.input<typeof envSchema>;
export type Config = z.output<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads configuration from an environment object; throws ConfigError naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid ${name}: ${issue.message}`);
  }
  const config = result.data;
  if (config.NODE_ENV === 'production' && !config.REPORT_KEY) {
    throw new ConfigError('Invalid REPORT_KEY: required in production (32 bytes in base64, e.g. from `openssl rand -base64 32`)');
  }
  if (config.ALERT_WEBHOOK_URL && !config.ALERT_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid ALERT_WEBHOOK_SECRET: required when ALERT_WEBHOOK_URL is set (the receiver checks X-Signature-256 with it)',
    );
  }
  if (config.ALERT_ESCALATE_PROVINCIAL_MINUTES <= config.ALERT_ESCALATE_SUPERVISOR_MINUTES) {
    throw new ConfigError('Invalid ALERT_ESCALATE_PROVINCIAL_MINUTES: must be later than ALERT_ESCALATE_SUPERVISOR_MINUTES');
  }
  return config;
}
