// The whole workspace's reviews, for the Articles and Review views, workspace fixes and reports.
// An archive folder of 20,000 pages cannot be reviewed inside one request, nor kept as 20,000 page
// models: each closed file is reviewed once and kept as its digest (articles and findings, a few
// kilobytes) until it changes; the walk over the files yields to other requests every few
// milliseconds and stops when the request is cancelled.
import { digestOf, reviewSteps, type Review, type ReviewDigest, type ReviewOptions } from '../engine';
import { nextTurn, STEPPED_REVIEW_CHARS } from './steppedReview';

export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

/** Thrown when the request that asked for the walk was cancelled; the server answers it with -32800. */
export class WalkCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface DigestSources {
  /** Every newspaper file of the workspace, in a stable order. */
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

export class WorkspaceDigests {
  private readonly closed = new Map<string, ReviewDigest>();

  constructor(private readonly sources: DigestSources) {}

  /** Forget one file's digest (it changed on disk, opened or closed), or every digest (settings, dictionary, accepted list). */
  invalidate(uri?: string): void {
    if (uri === undefined) this.closed.clear();
    else this.closed.delete(uri);
  }

  get cachedCount(): number {
    return this.closed.size;
  }

  /** Every file's digest, open files from their buffers; throws WalkCancelled when `token` is cancelled. */
  async all(token?: Cancellable, onProgress?: (done: number, total: number) => void): Promise<{ uri: string; digest: ReviewDigest }[]> {
    const uris = [...this.sources.uris()].sort();
    const out: { uri: string; digest: ReviewDigest }[] = [];
    let slice = Date.now();
    for (const [i, uri] of uris.entries()) {
      if (Date.now() - slice >= SLICE_MS) {
        onProgress?.(i, uris.length);
        await nextTurn();
        slice = Date.now();
      }
      if (token?.isCancellationRequested) throw new WalkCancelled();
      const digest = await this.digest(uri, token);
      if (digest) out.push({ uri, digest });
    }
    return out;
  }

  /** One file's digest; a large closed file is reviewed in steps, yielding between them. */
  async digest(uri: string, token?: Cancellable): Promise<ReviewDigest | undefined> {
    const open = this.sources.openReview(uri);
    if (open) return digestOf(open);
    const cached = this.closed.get(uri);
    if (cached) return cached;
    const text = this.sources.closedText(uri);
    if (text === undefined) return undefined;
    const steps = reviewSteps(text, this.sources.reviewOptions(uri));
    let next = steps.next();
    while (!next.done) {
      if (text.length > STEPPED_REVIEW_CHARS) await nextTurn();
      if (token?.isCancellationRequested) throw new WalkCancelled();
      next = steps.next();
    }
    const digest = digestOf(this.sources.accept(uri, text, next.value));
    // The file may have changed while a large one was reviewed in steps: keep only a current digest.
    if (this.sources.closedText(uri) === text) this.closed.set(uri, digest);
    return digest;
  }
}
