// hCaptcha's siteverify contract (docs.hcaptcha.com/#verify-the-user-response-server-side):
// POST application/x-www-form-urlencoded { secret, response, sitekey? } → { success, "error-codes"? }.
// We never send `remoteip`: the reporter's address is not ours to share.

export type CaptchaOutcome = 'valid' | 'invalid' | 'unavailable';

export interface SiteverifyOptions {
  url: string;
  secret: string | undefined;
  sitekey: string | undefined;
  timeoutMs: number;
}

// Codes that say the token itself is bad; anything else is our configuration or their outage.
const TOKEN_ERRORS = new Set([
  'missing-input-response',
  'invalid-input-response',
  'expired-input-response',
  'already-seen-response',
  'invalid-or-already-seen-response',
]);

/** 'invalid' only when hCaptcha answered that the token is bad; no token, no secret, a timeout or an outage are 'unavailable'. */
export async function verifyCaptcha(options: SiteverifyOptions, token: string | undefined): Promise<CaptchaOutcome> {
  if (!token || !options.secret) return 'unavailable';
  const body = new URLSearchParams({ secret: options.secret, response: token });
  if (options.sitekey) body.set('sitekey', options.sitekey);
  try {
    const res = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!res.ok) return 'unavailable';
    const data = (await res.json()) as { success?: unknown; 'error-codes'?: unknown };
    if (data.success === true) return 'valid';
    const codes = Array.isArray(data['error-codes']) ? data['error-codes'].map(String) : [];
    return codes.some((code) => TOKEN_ERRORS.has(code)) ? 'invalid' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}
