// Structured logs on stdout. Never pass request headers, addresses, bodies or anything a reporter typed:
// log events and ids only (privacy canary tests read this output).
export type Logger = (event: string, fields?: Record<string, string | number | boolean | null>) => void;

export const jsonLogger: Logger = (event, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), event, ...fields })}\n`);
};

export const silentLogger: Logger = () => {};

/** What a log line may say of an error: its code (a driver's or the system's) or its class name, never its message. */
export function errorCode(err: unknown): string {
  return String((err as { code?: unknown }).code ?? (err as Error).name);
}
