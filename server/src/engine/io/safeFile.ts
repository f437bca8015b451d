// Reading and writing files that a workspace supplies, as an attacker's repository could lay them
// out: a symlink to /dev/zero or ~/.bashrc, a FIFO, a directory named like a file, a 200 MB file.
// Every read opens the file once, refuses what is not a regular file (without blocking on a FIFO),
// caps the bytes and reads through that one descriptor; every write goes to a temporary file in
// the same folder and is renamed into place, never through a symlink. Node only: the server, the
// CLI and the VS Code client (which bundles this file) share it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Refusal =
  /** Nothing at that path (or it vanished while we looked). */
  | 'missing'
  /** The path, or what a symlink in it points to, is outside the folder it must stay in. */
  | 'outside'
  /** A symlink where none may be (a write target, a loop). */
  | 'symlink'
  /** A directory, FIFO, socket or device. */
  | 'not-a-file'
  /** Larger than the cap, for a reader that may not truncate. */
  | 'too-large'
  /** Any other error of the file system (permissions, I/O). */
  | 'unreadable';

/**
 * Why a file was not read or written, as whole sentences with the file's name as a placeholder
 * (one table, so that every caller says it the same way and a translation has whole sentences).
 */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  missing: '{file} does not exist.',
  outside: '{file} lies outside its workspace folder, or is a link that leads out of it, so it was not used.',
  symlink: '{file} is a symbolic link where none is allowed (or a link that loops), so it was not used.',
  'not-a-file': '{file} is not a regular file (it is a directory, pipe, socket or device), so it was not used.',
  'too-large': '{file} is larger than the {limit} allowed for it, so it was not used.',
  unreadable: '{file} could not be read or written ({code}).',
};

/** The refusal as a sentence about `file`. */
export function refusalMessage(refused: { reason: Refusal; code?: string }, file: string, limitBytes?: number): string {
  const limit = limitBytes === undefined ? 'size' : `${Math.round(limitBytes / 1024 / 1024)} MB`;
  return REFUSAL_MESSAGES[refused.reason]
    .replace('{file}', file)
    .replace('{limit}', limit)
    .replace('{code}', refused.code ?? 'error');
}

export type SafeRead = { ok: true; bytes: Buffer; size: number; truncated: boolean } | { ok: false; reason: Refusal; code?: string };
export type SafeWrite = { ok: true } | { ok: false; reason: Refusal; code?: string };

export interface ReadOptions {
  /** Bytes read at most. */
  maxBytes: number;
  /** Read the first `maxBytes` of a larger file instead of refusing it. */
  truncate?: boolean;
  /** When given, the file (with every symlink resolved) must lie inside this folder. */
  root?: string;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
// O_NOFOLLOW: a path checked a moment ago and then swapped for a symlink is refused (ELOOP).
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
const CREATE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);

/** Whether `file` is `root` or lies under it (both absolute and resolved). */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  // `..` or `../x` leaves the folder; a name that merely starts with dots (`..x`) does not.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function refusal(err: unknown): { ok: false; reason: Refusal; code?: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', code };
  if (code === 'ELOOP') return { ok: false, reason: 'symlink', code };
  // ENXIO: opening a socket (or a device with nothing behind it).
  if (code === 'EISDIR' || code === 'ENXIO') return { ok: false, reason: 'not-a-file', code };
  return { ok: false, reason: 'unreadable', code };
}

/** The real path of `file`, refused when it leaves `root` (also resolved). */
function resolvedInside(root: string, file: string): { ok: true; real: string } | { ok: false; reason: Refusal; code?: string } {
  const abs = path.resolve(root, file);
  if (!isInside(path.resolve(root), abs)) return { ok: false, reason: 'outside' };
  try {
    const real = fs.realpathSync(abs);
    return isInside(fs.realpathSync(root), real) ? { ok: true, real } : { ok: false, reason: 'outside' };
  } catch (err) {
    return refusal(err);
  }
}

/** Reads a regular file through one descriptor, at most `maxBytes` of it. Never blocks on a FIFO, never throws. */
export function readSafely(file: string, options: ReadOptions): SafeRead {
  let target = path.resolve(file);
  if (options.root !== undefined) {
    const inside = resolvedInside(options.root, file);
    if (!inside.ok) return inside;
    target = inside.real;
  }
  let fd: number;
  try {
    fd = fs.openSync(target, READ_FLAGS);
  } catch (err) {
    return refusal(err);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stat.size > options.maxBytes && !options.truncate) return { ok: false, reason: 'too-large' };
    const want = Math.min(stat.size, options.maxBytes);
    const bytes = Buffer.alloc(want);
    let got = 0;
    // The file may shrink while we read (another process writing it): keep what was there.
    while (got < want) {
      const n = fs.readSync(fd, bytes, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got === want ? bytes : bytes.subarray(0, got), size: stat.size, truncated: stat.size > got };
  } catch (err) {
    return refusal(err);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes `data` to `file` inside `root`: every folder on the way must be a real folder there (made
 * when missing), the target a regular file or absent, never a symlink. The bytes go to a new
 * temporary file beside the target and are renamed over it, so a reader never sees half a file
 * and nothing outside the folder is ever written.
 */
export function writeSafely(root: string, file: string, data: string | Uint8Array): SafeWrite {
  const rootAbs = path.resolve(root);
  const target = path.resolve(rootAbs, file);
  if (!isInside(rootAbs, target) || target === rootAbs) return { ok: false, reason: 'outside' };
  try {
    const made = folderChain(rootAbs, path.dirname(target));
    if (!made.ok) return made;
    const existing = lstatOrUndefined(target);
    if (existing?.isSymbolicLink()) return { ok: false, reason: 'symlink' };
    if (existing && !existing.isFile()) return { ok: false, reason: 'not-a-file' };
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    const fd = fs.openSync(temp, CREATE_FLAGS, existing ? existing.mode & 0o777 : 0o644);
    try {
      // write(2) may write less than asked: go on until every byte is in.
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
      fs.fsyncSync(fd);
    } catch (err) {
      fs.closeSync(fd);
      fs.rmSync(temp, { force: true });
      throw err;
    }
    fs.closeSync(fd);
    try {
      fs.renameSync(temp, target);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw err;
    }
    return { ok: true };
  } catch (err) {
    return refusal(err);
  }
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Makes the folders from `root` down to `dir`, refusing any step that is a symlink or not a folder. */
function folderChain(root: string, dir: string): SafeWrite {
  const rootStat = fs.statSync(root);
  if (!rootStat.isDirectory()) return { ok: false, reason: 'not-a-file' };
  let at = root;
  for (const part of path.relative(root, dir).split(path.sep).filter(Boolean)) {
    at = path.join(at, part);
    const st = lstatOrUndefined(at);
    if (!st) fs.mkdirSync(at);
    else if (st.isSymbolicLink()) return { ok: false, reason: 'symlink' };
    else if (!st.isDirectory()) return { ok: false, reason: 'not-a-file' };
  }
  return { ok: true };
}
