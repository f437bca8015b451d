// Very large documents (an archive of a year's pages) are reviewed step by step: between the
// parse and each rule the server returns to its message loop, so hovers, symbols and other files'
// reviews are answered meanwhile; an edit that overtakes the review cancels it (nothing is
// published for an old version); and the findings so far are shown while the rest is still running.
import { finishReview, reviewSteps, SourceText, type Finding, type Review, type ReviewOptions, type ReviewProgress } from '../engine';
import type { PageHalf } from './pageHalf';
import { unpackPage } from './pageTransfer';

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

/**
 * Lets the messages that arrived meanwhile be answered before the next step. One setImmediate is
 * not enough: vscode-jsonrpc dispatches a message it has read with a setImmediate of its own,
 * queued behind ours, so a request would wait for two steps; the second turn lets it go first.
 */
export const nextTurn = async (): Promise<void> => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Runs the steps to the end, yielding between them; undefined when the run was cancelled. */
export async function runSteps(steps: Generator<ReviewProgress, Review>, options: ReviewOptions, run: SteppedRun, startedAt = Date.now()): Promise<Review | undefined> {
  let shown = startedAt;
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

/**
 * A large document's review in two halves on two threads: the page half (rules that need only the
 * page) in `half`'s worker, the rest here in steps beside the workspace. Partial results show both
 * halves' findings so far. Cancelling stops the worker too; a worker that failed is replaced by
 * running the page half here, so the findings are always the whole review's.
 */
export async function reviewInHalves(text: string, options: ReviewOptions, run: SteppedRun, half: PageHalf): Promise<Review | undefined> {
  // Capped only once both halves are in: each half capped alone could drop the wrong findings.
  const uncapped: ReviewOptions = { ...options, maxFindings: undefined };
  const startedAt = Date.now();
  let fromWorker: Finding[] | undefined;
  void half.findings.then((found) => (fromWorker = found));
  // The worker's parse, when it sends one: parsing here too would run beside it at half speed.
  // Without one (the worker failed first) the rest half parses for itself.
  const packed = await half.parsed;
  if (!run.current()) {
    half.cancel();
    return undefined;
  }
  const source = new SourceText(text);
  const parsed = packed && unpackPage(packed, source);
  const rest = await runSteps(
    reviewSteps(source, { ...uncapped, part: 'rest', parsed }),
    uncapped,
    {
      current: run.current,
      partial: (partial, done, total) => run.partial(finishReview(partial.page, [...partial.findings, ...(fromWorker ?? [])], options), done, total),
    },
    startedAt,
  );
  if (!rest) {
    half.cancel();
    return undefined;
  }
  let pageFindings = await half.findings;
  if (!run.current()) return undefined;
  if (!pageFindings) {
    const own = await runSteps(reviewSteps(text, { ...uncapped, part: 'page' }), uncapped, { current: run.current, partial: () => undefined });
    if (!own) return undefined;
    pageFindings = own.findings;
  }
  return finishReview(rest.page, [...rest.findings, ...pageFindings], options, rest.unreadable);
}
