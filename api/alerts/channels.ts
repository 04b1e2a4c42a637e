// The two outside channels: e-mail over SMTP (nodemailer) and a webhook signed with HMAC-SHA256.
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { AlertPayload } from './message.ts';
import { emailMessage, webhookBody } from './message.ts';

export interface EmailChannel {
  send(to: string, payload: AlertPayload): Promise<void>;
  /** A notice that is not about one report (uncovered on-duty hours), already worded. */
  sendMessage(to: string, message: { subject: string; text: string }): Promise<void>;
  close(): void;
}

export function smtpChannel(smtpUrl: string, from: string, origin: string): EmailChannel {
  // No pooling: each send opens its own connection, so a mail server that comes back is used at the next retry.
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(to, payload) {
      const { subject, text } = emailMessage(payload, origin);
      await transport.sendMail({ from, to, subject, text });
    },
    async sendMessage(to, { subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, the value of X-Signature-256. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface WebhookChannel {
  send(payload: AlertPayload): Promise<void>;
}

export function webhookChannel(url: string, secret: string, timeoutMs = 10_000): WebhookChannel {
  return {
    async send(payload) {
      const body = webhookBody(payload);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature-256': signature(body, secret), 'user-agent': 'hifazat-alerts' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel();
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  };
}
