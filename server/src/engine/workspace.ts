// The engine's view of many documents at once: every article of every file, indexed for
// near-duplicate search, every paragraph by its normalised text, and the Latin tokens that back
// repairs like `CD-MO` → `CDMO`. The language server keeps one for the workspace (open buffers
// replace their disk copy), the CLI one for the paths it is given; a single review without one
// uses a workspace of that document alone.
import { drain } from './steps';
import { SourceText, type Range } from './text/sourceText';
import { articleAnchor, type Article, type Page } from './model/page';
import { parsePage } from './parse/page';
import { TokenCorpus } from './corpus';
import { DuplicateIndex, fingerprint, normalizedText, normalizeForMatch, type Normalized } from './similar';

export interface ArticleRecord {
  uri: string;
  index: number;
  name: string;
  range: Range;
  /** Where a reader finds the article: its headline, else its first line. */
  anchor: Range;
  /** Offsets of the whole article (first to last line, titles included) in its document. */
  start: number;
  end: number;
  /** Offsets of the article's body (first to last paragraph) in its document. */
  bodyStart: number;
  bodyEnd: number;
}

export interface ParagraphRecord {
  uri: string;
  article: number;
  start: number;
  end: number;
  range: Range;
}

interface DocEntry {
  /** Only the text is kept for files nobody has open; their line tables are rebuilt on demand. */
  text: string;
  /** Kept when the caller had it already (open documents). */
  source?: SourceText;
  articles: ArticleRecord[];
  /** Each indexed paragraph's key, by its start offset. */
  paragraphKeys: Map<number, string>;
  /** False while `setSteps` is still filling the index (or after it was abandoned halfway). */
  complete: boolean;
}

/** Paragraphs shorter than this (normalised characters) are too common to call duplicates. */
const MIN_PARAGRAPH = 24;
/** Similarity (0..1) above which two articles are one story. */
export const DUPLICATE_THRESHOLD = 0.5;

export function articleId(uri: string, index: number): string {
  return `${uri}#${index}`;
}

/** The normalised form of the source's offsets `from`..`to`, cut from the normalised form of a text that holds them. */
export function sliceNormalized({ norm, map }: Normalized, from: number, to: number): string {
  return norm.slice(firstAtOrAfter(map, from), firstAtOrAfter(map, to));
}

/** The first index of the sorted `map` whose value is at least `offset`. */
function firstAtOrAfter(map: Int32Array, offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Articles registered between two yields of `setSteps`. */
const ARTICLES_PER_STEP = 400;

export class Workspace {
  private readonly docs = new Map<string, DocEntry>();
  private readonly paragraphs = new Map<string, ParagraphRecord[]>();
  readonly corpus = new TokenCorpus();
  readonly index = new DuplicateIndex();
  /** duplicatesOf() answers until the next change: three duplicate rules ask the same question per article. */
  private readonly matchCache = new Map<string, { other: ArticleRecord; similarity: number }[]>();
  /** The index's shared match lists with their records looked up, by identity (dropped with them). */
  private readonly resolvedMatches = new WeakMap<object, { other: ArticleRecord; similarity: number }[]>();
  private readonly storySets = new WeakMap<object, Set<ArticleRecord>>();

  get size(): number {
    return this.docs.size;
  }

  uris(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** Adds or replaces a document. Unchanged text costs nothing. */
  set(uri: string, text: string | SourceText, page?: Page): void {
    drain(this.setSteps(uri, text, page));
  }

  /** `set`, yielding every few hundred articles (registering a 10 MB archive takes about 300 ms). */
  *setSteps(uri: string, text: string | SourceText, page?: Page): Generator<void, void> {
    const raw = typeof text === 'string' ? text : text.text;
    const existing = this.docs.get(uri);
    if (existing && existing.complete && existing.text === raw) {
      if (typeof text !== 'string') existing.source = text;
      return;
    }
    this.delete(uri);
    this.matchCache.clear();
    const source = typeof text === 'string' ? new SourceText(text) : text;
    const p = page ?? parsePage(source);
    const articles = p.articles.map((a) => this.record(uri, source, a));
    const paragraphKeys = new Map<number, string>();
    // Entered before the index is filled: a registration abandoned halfway (an edit overtook a
    // stepped review) is still undone by the next delete(), and `complete` stops the unchanged-text
    // shortcut from trusting it.
    const entry: DocEntry = { text: source.text, source: typeof text === 'string' ? undefined : text, articles, paragraphKeys, complete: false };
    this.docs.set(uri, entry);
    for (const [k, a] of p.articles.entries()) {
      if (k % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
      const body = articles[k];
      // The body runs from the first paragraph to the last: an article without one has nothing to index.
      if (body.bodyEnd <= body.bodyStart) continue;
      // The body is normalised once; each paragraph's form is a slice of it (normalisation keeps or
      // drops character by character, so a slice of the source normalises to the slice of the map).
      const bodyNorm = normalizeForMatch(source.text.slice(body.bodyStart, body.bodyEnd));
      this.index.set(articleId(uri, k), bodyNorm.norm, uri);
      for (const para of a.paragraphs) {
        // After its dateline: what is the same when two papers print one story (textAfterDateline).
        const norm = sliceNormalized(bodyNorm, (para.dateline?.end ?? para.start) - body.bodyStart, para.end - body.bodyStart);
        if (norm.length < MIN_PARAGRAPH) continue;
        const key = fingerprint(norm);
        const list = this.paragraphs.get(key) ?? [];
        list.push({ uri, article: k, start: para.start, end: para.end, range: para.range });
        this.paragraphs.set(key, list);
        paragraphKeys.set(para.start, key);
      }
    }
    this.corpus.set(uri, source.text);
    entry.complete = true;
    this.matchCache.clear(); // answers given while the registration was under way saw part of it
  }

  delete(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) return;
    this.matchCache.clear();
    this.index.removeGroup(uri);
    for (const key of new Set(entry.paragraphKeys.values())) {
      const left = (this.paragraphs.get(key) ?? []).filter((p) => p.uri !== uri);
      if (left.length) this.paragraphs.set(key, left);
      else this.paragraphs.delete(key);
    }
    this.corpus.delete(uri);
    this.docs.delete(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** A document's text: for slicing by offsets, without the line table `source()` builds for a closed file. */
  text(uri: string): string | undefined {
    return this.docs.get(uri)?.text;
  }

  source(uri: string): SourceText | undefined {
    const entry = this.docs.get(uri);
    return entry && (entry.source ?? new SourceText(entry.text));
  }

  articles(uri: string): readonly ArticleRecord[] {
    return this.docs.get(uri)?.articles ?? [];
  }

  /** Other articles, here or in other documents, that are the same story as article `index` of `uri`. */
  duplicatesOf(uri: string, index: number, threshold = DUPLICATE_THRESHOLD): readonly { other: ArticleRecord; similarity: number }[] {
    const key = `${threshold} ${articleId(uri, index)}`;
    const cached = this.matchCache.get(key);
    if (cached) return cached;
    const resolved = this.resolvedWithSelf(uri, index, threshold);
    // Already most similar first (the index sorts them).
    const out = resolved.filter((m) => m.other.uri !== uri || m.other.index !== index);
    this.matchCache.set(key, out);
    return out;
  }

  /** The match list of article `index` of `uri`, itself included, with records looked up; copies of one story share one list, resolved once. */
  private resolvedWithSelf(uri: string, index: number, threshold = DUPLICATE_THRESHOLD): { other: ArticleRecord; similarity: number }[] {
    const all = this.index.matchesWithSelf(articleId(uri, index), threshold);
    let resolved = this.resolvedMatches.get(all);
    if (!resolved) {
      resolved = [];
      for (const m of all) {
        const hash = m.id.lastIndexOf('#');
        const other = this.docs.get(m.id.slice(0, hash))?.articles[Number(m.id.slice(hash + 1))];
        if (other) resolved.push({ other, similarity: m.similarity });
      }
      this.resolvedMatches.set(all, resolved);
    }
    return resolved;
  }

  /**
   * Article `index` of `uri` and the articles that are the same story (duplicatesOf), as one set
   * shared by every copy of the story: asking per paragraph copy must not build a set per article.
   */
  storyOf(uri: string, index: number): ReadonlySet<ArticleRecord> {
    const resolved = this.resolvedWithSelf(uri, index);
    let set = this.storySets.get(resolved);
    if (!set) this.storySets.set(resolved, (set = new Set(resolved.map((m) => m.other))));
    return set;
  }

  /**
   * The documents whose duplicate findings depend on `uri`: those holding a copy of one of its
   * articles or paragraphs, and `uri` itself. When `uri` changes, their cached reviews are stale.
   */
  linkedUris(uri: string): Set<string> {
    const out = new Set([uri]);
    const entry = this.docs.get(uri);
    if (!entry) return out;
    for (const a of entry.articles) for (const m of this.duplicatesOf(uri, a.index)) out.add(m.other.uri);
    for (const key of entry.paragraphKeys.values()) for (const p of this.paragraphs.get(key) ?? []) out.add(p.uri);
    return out;
  }

  /** Every occurrence of the text of the paragraph that starts at `start` in `uri` (indexed there), this one included. */
  paragraphCopiesAt(uri: string, start: number): readonly ParagraphRecord[] {
    const key = this.docs.get(uri)?.paragraphKeys.get(start);
    return key === undefined ? [] : (this.paragraphs.get(key) ?? []);
  }

  /** Every occurrence of the paragraph's normalised text, this one included. */
  paragraphCopies(text: string): readonly ParagraphRecord[] {
    const norm = normalizedText(text);
    return norm.length < MIN_PARAGRAPH ? [] : (this.paragraphs.get(fingerprint(norm)) ?? []);
  }

  private record(uri: string, source: SourceText, a: Article): ArticleRecord {
    const first = a.paragraphs[0];
    const last = a.paragraphs[a.paragraphs.length - 1];
    const anchorEl = articleAnchor(a);
    return {
      uri,
      index: a.index,
      name: a.name,
      range: a.range,
      start: source.lines[a.firstLine].start,
      end: source.lines[a.lastLine].end,
      anchor: anchorEl.range,
      bodyStart: first ? first.start : 0,
      bodyEnd: last ? last.end : 0,
    };
  }
}
