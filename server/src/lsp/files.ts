// Which files are newspaper text: the `newsprint.files` globs, matched against paths relative to
// a workspace folder, plus the default that is always on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { decodeBytes, drain, isInside, readSafely, type Encoding } from '../engine';

export const DEFAULT_GLOBS = ['**/seeds/**/*.txt'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.cache', 'out', 'dist', '.vscode-test']);

export class FileSelection {
  private globs: string[] = DEFAULT_GLOBS;

  constructor(private folders: string[]) {}

  setGlobs(globs: unknown): void {
    const valid = Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
    this.globs = [...new Set([...DEFAULT_GLOBS, ...valid])];
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  get roots(): readonly string[] {
    return this.folders;
  }

  /** The globs in force, the default among them. */
  get patterns(): readonly string[] {
    return this.globs;
  }

  /**
   * Whether a file inside a workspace folder is newspaper text. Globs are tried on the path
   * relative to the folder and on the whole path, as VS Code does for file associations: with
   * the seeds folder itself open as the workspace, the default pattern still matches its files.
   */
  matches(file: string): boolean {
    const abs = path.resolve(file);
    const options = { dot: false, nocase: process.platform === 'win32' };
    return this.folders.some((root) => {
      const folder = path.resolve(root);
      if (!isInside(folder, abs)) return false;
      const posix = path.relative(folder, abs).split(path.sep).join('/');
      // The folder's own path, read from its last segment up: `seeds/x.txt` for the seeds folder
      // itself, whatever lies above it (a hidden directory such as `~/.archive/` included, which
      // the whole path, dot segments not matched, would hide).
      const above = folder.split(path.sep).filter(Boolean);
      const candidates = [posix, ...above.map((_, k) => [...above.slice(above.length - 1 - k), posix].join('/')), abs.split(path.sep).join('/')];
      return this.globs.some((g) => candidates.some((c) => minimatch(c, g, options)));
    });
  }

  /** The workspace folder holding `file`, if any. */
  rootOf(file: string): string | undefined {
    const abs = path.resolve(file);
    return this.folders.find((root) => isInside(path.resolve(root), abs));
  }

  /** Every matching file under the workspace folders. */
  list(): string[] {
    return drain(this.listSteps());
  }

  /**
   * `list`, yielding between folders: listing 100,000 files (a readdir per folder, a glob match per
   * file) takes seconds, and the server answers requests meanwhile. Symlinks are never followed.
   */
  *listSteps(): Generator<void, string[]> {
    const out: string[] = [];
    const pending: { dir: string; depth: number }[] = this.folders.map((root) => ({ dir: root, depth: 0 }));
    while (pending.length) {
      const { dir, depth } = pending.shift()!;
      if (depth > 20) continue;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) pending.push({ dir: full, depth: depth + 1 });
        } else if (e.isFile() && this.matches(full)) {
          out.push(full);
        }
      }
      yield;
    }
    return out.sort();
  }
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Files larger than this are not read again to find their encoding. */
const MAX_SNIFF_BYTES = 64 * 1024 * 1024;

/**
 * The encoding the bytes of `uri` on disk decode as, when reopening in it would give text other
 * than `current` with no replacement character; undefined otherwise (unreadable, binary, damaged
 * bytes, or the editor already shows what the bytes say).
 */
export function encodingOnDisk(uri: string, current: string): Encoding | undefined {
  const file = uriToPath(uri);
  if (!file) return undefined;
  // Through the safe reader: the open document's path on disk may since have become a FIFO or a link to a device.
  const read = readSafely(file, { maxBytes: MAX_SNIFF_BYTES });
  if (!read.ok) return undefined;
  const decoded = decodeBytes(read.bytes);
  if (decoded.binary || decoded.text.includes('\ufffd') || decoded.text === current) return undefined;
  return decoded.encoding;
}
