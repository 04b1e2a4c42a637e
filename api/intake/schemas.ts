// Staff intake's contract (docs/api.md "Every channel, and the case after intake"): the report form's body without the
// captcha, plus the channel it came from; and the receipt a caller reads out, for a look-up or a relayed message.
import { z } from '@hono/zod-openapi';
import { LANGS } from '../../domain/languages.ts';
import { STAFF_CHANNELS } from '../../domain/vocabulary.ts';
import { ReceiptInput, ReportCreated, ReporterMessageInput, ReportInput } from '../schemas.ts';

export const StaffIntakeInput = ReportInput.omit({ captchaToken: true })
  .extend({ channel: z.enum(STAFF_CHANNELS) })
  .openapi('StaffIntakeInput', {
    description: 'The body of POST /api/reports (no captcha) and the channel; `locale` is the language the caller spoke.',
  });
export type StaffIntakeInput = z.output<typeof StaffIntakeInput>;

/** As the public form's answer, plus what the call-taker tells the caller or checks: why this priority, likely duplicates. */
export const StaffIntakeCreated = ReportCreated.extend({
  channel: z.enum(STAFF_CHANNELS),
  reasons: z.array(z.object({ id: z.string() }).catchall(z.string())),
  possibleDuplicates: z.array(z.string()),
}).openapi('StaffIntakeCreated');

/** The receipt as the caller reads it out (spaces and dashes allowed, as on the public status page). */
export const StaffReceiptInput = ReceiptInput.extend({ locale: z.enum(LANGS).optional() }).openapi('StaffReceiptInput');
export const StaffRelayInput = ReporterMessageInput.openapi('StaffRelayInput');
