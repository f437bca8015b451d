// The whole workspace's reviews, for the Articles and Review views, workspace fixes and reports.
// An archive folder of 20,000 pages cannot be reviewed inside one request, nor kept as 20,000 page
// models or 400,000 findings: each closed file is reviewed once and kept as its summary (counts per
// article and rule) until it changes; a file's findings come from reviewing that one file again
// (the last few are kept); every walk over the files yields to other requests every few
// milliseconds and stops when its request is cancelled.
import { reviewSteps, type Review, type ReviewOptions } from '../engine';
import { nextTurn, STEPPED_REVIEW_CHARS } from './steppedReview';
import { summarize, type FileSummary } from './summaries';

export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

/** Thrown when the request that asked for the walk was cancelled; the server answers it with -32800. */
export class WalkCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface WalkSources {
  /** Every newspaper file of the workspace. */
  uris(): Iterable<string>;
  /** The current review of an open document (its buffer, not the disk), or undefined when closed. */
  openReview(uri: string): Review | undefined;
  /** The text of a closed file as indexed, or undefined when it is gone. */
  closedText(uri: string): string | undefined;
  reviewOptions(uri: string): ReviewOptions;
  /** Drops the findings the user accepted. */
  accept(uri: string, text: string, review: Review): Review;
}

/** A walk gives other requests a turn after this long. */
const SLICE_MS = 15;
/** Full reviews of closed files kept for the next question about the same file (an editor opens a node, then its neighbour). */
const RECENT_REVIEWS = 16;

export class WorkspaceWalk {
  private readonly summaries = new Map<string, FileSummary>();
  private readonly recent = new Map<string, { text: string; review: Review }>();

  constructor(private readonly sources: WalkSources) {}

  /** Forget one file (it changed on disk, opened or closed), or every file (settings, dictionary, accepted list). */
  invalidate(uri?: string): void {
    if (uri === undefined) {
      this.summaries.clear();
      this.recent.clear();
    } else {
      this.summaries.delete(uri);
      this.recent.delete(uri);
    }
  }

  /** Every file's summary, open files from their buffers; throws WalkCancelled when `token` is cancelled. */
  async all(token?: Cancellable): Promise<{ uri: string; summary: FileSummary }[]> {
    const out: { uri: string; summary: FileSummary }[] = [];
    await this.walk(token, async (uri) => {
      const summary = await this.summary(uri, token);
      if (summary) out.push({ uri, summary });
    });
    return out;
  }

  /** One file's summary (undefined when it is gone). */
  async summary(uri: string, token?: Cancellable): Promise<FileSummary | undefined> {
    const open = this.sources.openReview(uri);
    if (open) return summarize(open);
    return this.summaries.get(uri) ?? ((await this.reviewClosed(uri, token)) && this.summaries.get(uri));
  }

  /** Every file's full review, one at a time, for a report; nothing but the summaries is kept. */
  async eachReview(token: Cancellable | undefined, visit: (uri: string, review: Review) => void): Promise<void> {
    await this.walk(token, async (uri) => {
      const r = await this.review(uri, token);
      if (r) visit(uri, r);
    });
  }

  /** One file's full review: an open file's current one, else a closed file reviewed again (or kept from a moment ago). */
  async review(uri: string, token?: Cancellable): Promise<Review | undefined> {
    return this.sources.openReview(uri) ?? (await this.reviewClosed(uri, token));
  }

  private async walk(token: Cancellable | undefined, visit: (uri: string) => Promise<void>): Promise<void> {
    let slice = Date.now();
    for (const uri of [...this.sources.uris()].sort()) {
      if (Date.now() - slice >= SLICE_MS) {
        await nextTurn();
        slice = Date.now();
      }
      if (token?.isCancellationRequested) throw new WalkCancelled();
      await visit(uri);
    }
  }

  /** A closed file's review (a large one in steps, yielding between them); its summary is kept. */
  private async reviewClosed(uri: string, token?: Cancellable): Promise<Review | undefined> {
    const text = this.sources.closedText(uri);
    if (text === undefined) return undefined;
    const kept = this.recent.get(uri);
    if (kept?.text === text) return kept.review;
    const steps = reviewSteps(text, this.sources.reviewOptions(uri));
    let next = steps.next();
    while (!next.done) {
      if (text.length > STEPPED_REVIEW_CHARS) {
        await nextTurn();
        if (token?.isCancellationRequested) throw new WalkCancelled();
      }
      next = steps.next();
    }
    const review = this.sources.accept(uri, text, next.value);
    // The file may have changed while a large one was reviewed in steps: keep only what is current.
    if (this.sources.closedText(uri) === text) {
      this.summaries.set(uri, summarize(review));
      this.recent.delete(uri);
      this.recent.set(uri, { text, review });
      if (this.recent.size > RECENT_REVIEWS) this.recent.delete(this.recent.keys().next().value!);
    }
    return review;
  }
}
