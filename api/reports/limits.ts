// The reporter's rate limits, per client (its address through trusted proxies only, held as an HMAC in memory).
// Reports: REPORT_RATE_LIMIT, and over it a reporter who solved the captcha goes on up to 20 times the budget (many
// phones share one address behind carrier NAT). Receipt look-ups and messages: four times the budget per client, and
// failed guesses counted per receipt prefix too, though the right receipt is always answered: someone who knows its
// first digits must not be able to lock its owner out of their status page.
import type { Context } from 'hono';
import type { CaptchaOutcome } from '../captcha/siteverify.ts';
import { normalizeReceipt } from '../crypto/receipt.ts';
import { ApiError } from '../kernel/errors.ts';
import type { AppConfig } from '../kernel/types.ts';
import type { Logger } from '../log.ts';
import { createRateLimiter } from '../middleware/rate-limit.ts';

export function rateLimited(c: Context, wait: number): ApiError {
  c.header('Retry-After', String(wait));
  return new ApiError(429, 'rate_limited', { vars: { count: Math.ceil(wait / 60) } });
}

export function reporterLimits(config: AppConfig, log: Logger) {
  const { max, windowMs } = config.REPORT_RATE_LIMIT;
  const trustProxy = config.TRUST_PROXY;
  const reports = createRateLimiter({ max, windowMs, trustProxy });
  const sharedAddress = createRateLimiter({ max: max * 20, windowMs, trustProxy });
  const lookups = createRateLimiter({ max: max * 4, windowMs, trustProxy });
  const prefixes = createRateLimiter({ max: max * 2, windowMs });

  return {
    /** Counts a report; over the budget, 429 unless a captcha token may still show it is a person (then `wait`). */
    report(c: Context, captchaToken: string | undefined): number {
      const wait = reports.hit(c);
      // Over the budget: someone who has just solved the captcha is a person, so they go on, up to a hard ceiling;
      // without one, the form says when to come back.
      if (wait > 0 && !(config.HCAPTCHA_SECRET && captchaToken)) throw rateLimited(c, wait);
      return wait;
    },
    /** After the captcha check, for a report that was over the budget (`wait` > 0): the shared-address ceiling. */
    afterCaptcha(c: Context, wait: number, captcha: CaptchaOutcome): void {
      if (wait === 0) return;
      const hardWait = captcha === 'valid' ? sharedAddress.hit(c) : wait;
      if (hardWait > 0) throw rateLimited(c, hardWait);
    },
    /** Runs a receipt operation under the look-up limits: the client's budget first, the prefix's on a miss. */
    async withReceipt<T>(c: Context, rawReceipt: string, run: () => Promise<T>): Promise<T> {
      const clientWait = lookups.hit(c);
      if (clientWait > 0) throw rateLimited(c, clientWait);
      try {
        return await run();
      } catch (err) {
        const receipt = normalizeReceipt(rawReceipt);
        if (err instanceof ApiError && err.code === 'not_found' && receipt) {
          const prefixWait = prefixes.hitKey(`receipt:${receipt.slice(0, 6)}`);
          if (prefixWait > 0) {
            log('receipt.prefix_limited', {});
            throw rateLimited(c, prefixWait);
          }
        }
        throw err;
      }
    },
  };
}
