/** A command-line refusal: the message on standard error and exit status 2 (bad arguments or state), nothing else. */
export function fail(message: string): never {
  process.stderr.write(`staff: ${message}\n`);
  process.exit(2);
}
