// Runs retention inside the server: shortly after start, then daily. Timers are unref'd so they never keep
// the process alive, and a run that fails is logged and retried at the next tick.
import type { Client } from '@libsql/client';
import { errorCode, type Logger } from '../log.ts';
import { DAY_MS, runRetention } from './retention.ts';

export function scheduleRetention(
  client: Client,
  options: { days: number; log: Logger; firstRunMs?: number; everyMs?: number },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runRetention(client, { days: options.days });
      options.log('retention.ran', {
        reports: r.reports,
        messages: r.messages,
        referralNotes: r.referralNotes,
        caseEntries: r.caseEntries,
        checkpointed: r.checkpointed,
      });
    } catch (err) {
      options.log('retention.failed', { code: errorCode(err) });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, options.firstRunMs ?? 60_000);
  const daily = setInterval(tick, options.everyMs ?? DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
