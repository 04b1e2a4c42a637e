// An API call that did not succeed, on both sides of the wire: the server throws it and answers
// `{ error: { code, message, fields } }` (api/kernel/errors.ts); the islands' client rebuilds it from that body.

export interface ApiErrorOptions {
  /** The message in the user's language (the client's copy of the server's); the server writes it from `code`. */
  message?: string;
  /** Field name → message in the user's language (validation failures). */
  fields?: Record<string, string>;
  /** Values for the message's placeholders. */
  vars?: Record<string, string | number>;
}

/** `status` 0 with code `network` (client side): no answer came (offline, server down). */
export class ApiError<Code extends string = string> extends Error {
  readonly status: number;
  readonly code: Code;
  /** Field name → message (validation failures); empty when the answer names no field. */
  readonly fields: Record<string, string>;
  readonly vars?: Record<string, string | number>;
  constructor(status: number, code: Code, options: ApiErrorOptions = {}) {
    super(options.message ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = options.fields ?? {};
    this.vars = options.vars;
  }
}
