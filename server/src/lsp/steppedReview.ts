// Very large documents (an archive of a year's pages) are reviewed step by step: between the
// parse and each rule the server returns to its message loop, so hovers, symbols and other files'
// reviews are answered meanwhile; an edit that overtakes the review cancels it (nothing is
// published for an old version); and the findings so far are shown while the rest is still running.
import { finishReview, type Review, type ReviewOptions, type ReviewProgress } from '../engine';

/** Texts longer than this (UTF-16 code units, about 900 KB of Chinese in UTF-8) are reviewed in steps. */
export const STEPPED_REVIEW_CHARS = 300_000;

/** How often the findings of an unfinished review are shown. */
const PARTIAL_EVERY_MS = 1000;

export interface SteppedRun {
  /** False once a newer edit, a close or a newer run has made this review pointless. */
  current(): boolean;
  /** The findings so far and how far the review is (never called for a cancelled run). */
  partial(review: Review, done: number, total: number): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the steps to the end, yielding between them; undefined when the run was cancelled. */
export async function runSteps(steps: Generator<ReviewProgress, Review>, options: ReviewOptions, run: SteppedRun): Promise<Review | undefined> {
  let shown = Date.now();
  // Not even the parse runs inside the notification that asked for the review: the requests already queued go first.
  await nextTurn();
  if (!run.current()) return undefined;
  for (;;) {
    const next = steps.next();
    if (next.done) return run.current() ? next.value : undefined;
    await nextTurn();
    if (!run.current()) return undefined;
    const { page } = next.value;
    // Nothing to show before the page exists: the diagnostics of the previous version stay until then.
    if (page && Date.now() - shown >= PARTIAL_EVERY_MS) {
      shown = Date.now();
      run.partial(finishReview(page, next.value.findings, options), next.value.done, next.value.total);
    }
  }
}
