// Timing helpers shared by the benchmarks: medians and percentiles of runs after a warm-up.
export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** Median milliseconds of `runs` calls of `fn`, after a warm-up call. */
export function time(fn: () => void, runs: number): number {
  // A collection owed by the previous measurement must not land in this one (run with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}
