// The workspace's newspaper files, open or not, held in the engine's Workspace: articles for
// Ctrl+T, the duplicate index, paragraphs and tokens. Open buffers replace their disk copy while
// open (the review registers them); file events update one file at a time.
import * as path from 'node:path';
import { decodeBytes, readSafely, Workspace, type ArticleRecord } from '../engine';
import { type FileSelection, pathToUri, uriToPath } from './files';
import { nextTurn } from './steppedReview';

/** Files larger than this are indexed from their first part only: an index entry must stay cheap. */
const MAX_INDEX_BYTES = 8 * 1024 * 1024;

export class WorkspaceIndex {
  readonly workspace = new Workspace();
  private readonly open = new Set<string>();

  constructor(readonly selection: FileSelection) {}

  get size(): number {
    return this.workspace.size;
  }

  /**
   * Re-reads every matching file that is not open. Yields to the event loop between files, so
   * progress reaches the client and requests are answered while a large workspace is indexed.
   */
  async rebuild(onFile?: (done: number, total: number, file: string) => void, isCancelled: () => boolean = () => false): Promise<void> {
    const listing = this.selection.listSteps();
    let listed = listing.next();
    for (let slice = Date.now(); !listed.done; listed = listing.next()) {
      if (Date.now() - slice < 15) continue;
      await nextTurn();
      if (isCancelled()) return;
      slice = Date.now();
    }
    const files = listed.value;
    const wanted = new Set(files.map(pathToUri));
    for (const uri of [...this.workspace.uris()]) if (!wanted.has(uri) && !this.open.has(uri)) this.workspace.delete(uri);
    for (let i = 0; i < files.length; i++) {
      if (isCancelled()) return;
      const uri = pathToUri(files[i]);
      if (!this.open.has(uri)) this.readFromDisk(uri, files[i]);
      onFile?.(i + 1, files.length, files[i]);
      if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Reads a file through one descriptor, refusing what is not a regular file inside its workspace
   * folder (a symlink out of it, a FIFO, a device, a directory named `x.txt`): none of these may
   * hang the server or fill its memory. Large files are read from their first part only.
   */
  private readFromDisk(uri: string, file: string): void {
    const root = this.selection.rootOf(file);
    const read = root === undefined ? undefined : readSafely(file, { root, maxBytes: MAX_INDEX_BYTES, truncate: true });
    if (!read?.ok) {
      this.workspace.delete(uri);
      return;
    }
    const decoded = decodeBytes(read.bytes);
    if (decoded.binary) this.workspace.delete(uri);
    else this.workspace.set(uri, decoded.text);
  }

  /** A file changed, appeared or vanished on disk. */
  fileChanged(uri: string): void {
    if (this.open.has(uri)) return;
    const file = uriToPath(uri);
    if (!file || !this.selection.matches(file)) {
      this.workspace.delete(uri);
      return;
    }
    this.readFromDisk(uri, file);
  }

  /** The files whose duplicate findings depend on `uri` (see Workspace.linkedUris). */
  linkedUris(uri: string): Set<string> {
    return this.workspace.linkedUris(uri);
  }

  /** An editor buffer is open: the review keeps its text in the workspace until it closes. */
  opened(uri: string): void {
    this.open.add(uri);
  }

  closed(uri: string): void {
    this.open.delete(uri);
    this.workspace.delete(uri);
    this.fileChanged(uri);
  }

  *articles(): Iterable<ArticleRecord> {
    for (const uri of this.workspace.uris()) yield* this.workspace.articles(uri);
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
