// Work written as generators yields where a caller may pause (to answer other requests while a very
// large page is reviewed); a caller with nothing else to do runs it straight through.

/** Runs a generator to its end and returns its result. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
