// The workspace's articles, open or not: every matching file is parsed once and kept as a short
// summary (names and ranges), so Ctrl+T answers from memory. Open documents replace their disk
// copy while they are open; file events update one entry at a time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, parsePage, TokenCorpus, type Article, type Range } from '../engine';
import { FileSelection, pathToUri, uriToPath } from './files';

export interface IndexedArticle {
  name: string;
  untitled: boolean;
  range: Range;
  selectionRange: Range;
}

interface Entry {
  uri: string;
  articles: IndexedArticle[];
  /** Set while the entry reflects an open editor buffer rather than the file on disk. */
  open: boolean;
}

/** Files larger than this are summarised from their first part only: an index entry must stay cheap. */
const MAX_INDEX_BYTES = 8 * 1024 * 1024;

export function summarise(text: string): IndexedArticle[] {
  return summariseArticles(parsePage(text).articles);
}

export function summariseArticles(articles: Article[]): IndexedArticle[] {
  return articles.map((a) => ({
    name: a.name,
    untitled: a.untitled,
    range: a.range,
    selectionRange: (a.headline ?? a.byline ?? a.paragraphs[0] ?? a.elements[0]).range,
  }));
}

export class WorkspaceIndex {
  private entries = new Map<string, Entry>();
  /** Latin tokens of every indexed file, for repairs that look for evidence across the workspace. */
  readonly corpus = new TokenCorpus();

  constructor(readonly selection: FileSelection) {}

  get size(): number {
    return this.entries.size;
  }

  /** Re-reads every matching file; `onFile` reports progress. */
  rebuild(onFile?: (done: number, total: number) => void): void {
    const files = this.selection.list();
    const keep = new Map<string, Entry>();
    for (const [uri, e] of this.entries) {
      if (e.open) keep.set(uri, e);
      else this.corpus.delete(uri);
    }
    this.entries = keep;
    files.forEach((file, i) => {
      const uri = pathToUri(file);
      if (!this.entries.has(uri)) this.readFromDisk(uri, file);
      onFile?.(i + 1, files.length);
    });
  }

  private readFromDisk(uri: string, file: string): void {
    try {
      const fd = fs.openSync(file, 'r');
      try {
        const size = fs.fstatSync(fd).size;
        const buf = Buffer.alloc(Math.min(size, MAX_INDEX_BYTES));
        fs.readSync(fd, buf, 0, buf.length, 0);
        const decoded = decodeBytes(buf);
        this.entries.set(uri, { uri, articles: decoded.binary ? [] : summarise(decoded.text), open: false });
        if (decoded.binary) this.corpus.delete(uri);
        else this.corpus.set(uri, decoded.text);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      this.forget(uri);
    }
  }

  /** A file changed, appeared or vanished on disk. */
  fileChanged(uri: string): void {
    const file = uriToPath(uri);
    const entry = this.entries.get(uri);
    if (entry?.open) return;
    if (!file || !fs.existsSync(file) || !this.selection.matches(file)) {
      this.forget(uri);
      return;
    }
    this.readFromDisk(uri, file);
  }

  private forget(uri: string): void {
    this.entries.delete(uri);
    this.corpus.delete(uri);
  }

  /** An open editor buffer: its text wins over the disk until it closes. */
  setOpen(uri: string, text: string, articles: IndexedArticle[]): void {
    this.entries.set(uri, { uri, articles, open: true });
    this.corpus.set(uri, text);
  }

  closed(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) entry.open = false;
    this.fileChanged(uri);
  }

  *articles(): Iterable<{ uri: string; article: IndexedArticle }> {
    for (const e of this.entries.values()) for (const article of e.articles) yield { uri: e.uri, article };
  }

  fileName(uri: string): string {
    const file = uriToPath(uri);
    return file ? path.basename(file) : uri;
  }
}

/** Case-insensitive subsequence match, the way Ctrl+T filters. */
export function matchesQuery(name: string, query: string): boolean {
  const q = [...query.replace(/\s+/g, '').toLowerCase()];
  let i = 0;
  for (const ch of name.toLowerCase()) if (i < q.length && ch === q[i]) i++;
  return i === q.length;
}
