// What the server keeps per open document, and when it goes stale: the review at a version (shared
// by diagnostics, symbols, folding, hovers and fixes), the stepped review in flight for a very large
// file, and whether a document was reviewed since it opened (for `run: onSave`). Every rule of
// invalidation is here, with the accepted-findings filter applied in one place, so server.ts only
// says what happened (an edit, a close, a setting, the dictionary) and this says what is stale.
import type { Finding, Review } from '../engine';

/** An open document as the cache sees it. */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface ReviewCacheDeps {
  /** Reviews a document's text now. */
  review(uri: string, text: string): Review;
  /** Too large to review at once (it is reviewed in steps, and published when done). */
  isLarge(text: string): boolean;
  /** What a large document shows before its first stepped review lands. */
  placeholder(text: string): Review;
  /** Findings the newsroom accepted are left out. */
  accept(uri: string, text: string, findings: Finding[]): Finding[];
  /** The workspace walk's summaries (closed files, views): of one file, or of all. */
  invalidateSummaries(uri?: string): void;
}

export class ReviewCache {
  private readonly reviews = new Map<string, { version: number; review: Review }>();
  private readonly stepped = new Map<string, object>();
  private readonly reviewedSinceOpen = new Set<string>();

  constructor(private readonly deps: ReviewCacheDeps) {}

  /** The review of `doc` at its version: the cached one, or one made now; a large document gets its last review (or a placeholder) until its stepped review lands. */
  of(doc: OpenDocument): Review {
    const cached = this.reviews.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.review;
    const text = doc.getText();
    if (this.deps.isLarge(text)) return cached?.review ?? this.deps.placeholder(text);
    return this.store(doc.uri, doc.version, text, this.deps.review(doc.uri, text));
  }

  /** Whether `doc` must be reviewed in steps now: large, and with no review at this version. */
  needsSteppedReview(doc: OpenDocument): boolean {
    return this.deps.isLarge(doc.getText()) && this.reviews.get(doc.uri)?.version !== doc.version;
  }

  /**
   * A stepped review of `doc` starts; an earlier one of the same document is overtaken. The test it
   * returns says whether this run is still the one wanted (not overtaken, closed or edited since).
   */
  beginStepped(doc: OpenDocument, currentVersion: () => number | undefined): () => boolean {
    const token = {};
    this.stepped.set(doc.uri, token);
    const { uri, version } = doc;
    return () => this.stepped.get(uri) === token && currentVersion() === version;
  }

  /** A stepped review finished: it is the document's review at that version. */
  finishStepped(doc: OpenDocument, review: Review): Review {
    this.stepped.delete(doc.uri);
    return this.store(doc.uri, doc.version, doc.getText(), review);
  }

  /** Findings as shown: the accepted ones left out (for partial results, which are not stored). */
  shown(uri: string, text: string, findings: Finding[]): Finding[] {
    return this.deps.accept(uri, text, findings);
  }

  /** Whether a change of `uri` is reviewed now: always, or with `onSave` only the first time (on open). */
  reviewOnChange(uri: string, onSave: boolean): boolean {
    if (onSave && this.reviewedSinceOpen.has(uri)) return false;
    this.reviewedSinceOpen.add(uri);
    return true;
  }

  /** Something every review reads changed (the word segmenter, the settings, the accepted list): nothing kept is current. */
  invalidateAll(): void {
    this.reviews.clear();
    this.deps.invalidateSummaries();
  }

  /** `uri` must be reviewed again though its text did not change (another file it is compared with did). */
  invalidate(uri: string): void {
    this.reviews.delete(uri);
  }

  /** A document was opened: its summary (from disk) gives way to the editor's text. */
  opened(uri: string): void {
    this.deps.invalidateSummaries(uri);
  }

  /** A document was closed: nothing of it is kept, and a stepped review of it stops. */
  closed(uri: string): void {
    this.reviewedSinceOpen.delete(uri);
    this.stepped.delete(uri);
    this.reviews.delete(uri);
    this.deps.invalidateSummaries(uri);
  }

  private store(uri: string, version: number, text: string, review: Review): Review {
    review.findings = this.deps.accept(uri, text, review.findings);
    this.reviews.set(uri, { version, review });
    return review;
  }
}
