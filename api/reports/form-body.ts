// The JavaScript-off form posts application/x-www-form-urlencoded with dotted names
// (`child.ageBand`, `location.district`); this turns it into the JSON shape of the contract.

const NESTED = new Set(['child', 'location', 'risks']);

export function formToReport(form: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form) {
    const [head, tail, ...rest] = name.split('.');
    if (rest.length || !head) {
      out[name] = value; // unknown shape: let validation name it
      continue;
    }
    if (tail !== undefined && NESTED.has(head)) {
      // A stray scalar of the same name (`location=`) must not turn the nested fields into a TypeError (500).
      if (typeof out[head] !== 'object' || out[head] === null) out[head] = {};
      const nested = out[head] as Record<string, unknown>;
      // An unanswered optional field (place details, a risk question left blank) is absent, not empty.
      if (value !== '' || (tail !== 'details' && head !== 'risks')) nested[tail] = value;
      continue;
    }
    if (head === 'immediateDanger') out[head] = value === 'true' ? true : value === 'false' ? false : value;
    else if ((head === 'contact' || head === 'captchaToken' || head === 'h-captcha-response' || head === 'g-recaptcha-response') && value === '') continue;
    // The hCaptcha widget names its field h-captcha-response (and g-recaptcha-response for compatibility).
    else if (head === 'h-captcha-response') out.captchaToken = value;
    else if (head === 'g-recaptcha-response') continue;
    else out[head] = value;
  }
  return out;
}
