// The accepted findings of each workspace folder, read from `.newsprint/accepted.json` (the client
// writes it, so an untrusted workspace can refuse). Reloaded when the file changes.
import * as path from 'node:path';
import { findingKey, parseAccepted, readSafely, refusalMessage, type Finding } from '../engine';
import { uriToPath } from './files';

export const ACCEPTED_FILE = path.join('.newsprint', 'accepted.json');
/** A list of accepted findings is a few kilobytes; anything near this is not one. */
const MAX_ACCEPTED_BYTES = 4 * 1024 * 1024;

export class AcceptedStore {
  /** Absolute file path → accepted keys. */
  private keys = new Map<string, Set<string>>();

  private readonly warned = new Map<string, string>();

  constructor(
    private folders: readonly string[] = [],
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  load(folders: readonly string[] = this.folders): void {
    this.folders = folders;
    this.keys = new Map();
    for (const folder of folders) {
      // Through the safe reader: the list may be a link to /dev/zero, a FIFO or a huge file in a hostile repository.
      const read = readSafely(path.join(folder, ACCEPTED_FILE), { root: folder, maxBytes: MAX_ACCEPTED_BYTES });
      if (!read.ok) {
        if (read.reason !== 'missing')
          this.warnOnce(folder, `Newsprint: ${refusalMessage(read, path.join(folder, ACCEPTED_FILE), MAX_ACCEPTED_BYTES)} No finding is hidden as accepted in that folder.`);
        continue;
      }
      for (const e of parseAccepted(read.bytes.toString('utf8'))) {
        const file = path.resolve(folder, e.file);
        let set = this.keys.get(file);
        if (!set) this.keys.set(file, (set = new Set()));
        set.add(e.key);
      }
    }
  }

  /** A list that cannot be read is said once per folder and reason, not on every reload. */
  private warnOnce(folder: string, message: string): void {
    if (this.warned.get(folder) === message) return;
    this.warned.set(folder, message);
    this.warn(message);
  }

  isAcceptedFile(uri: string): boolean {
    const file = uriToPath(uri);
    return !!file && this.folders.some((f) => path.resolve(f, ACCEPTED_FILE) === path.resolve(file));
  }

  filter(uri: string, text: string, findings: Finding[]): Finding[] {
    const file = uriToPath(uri);
    const keys = file ? this.keys.get(path.resolve(file)) : undefined;
    return keys ? findings.filter((f) => !keys.has(findingKey(text, f))) : findings;
  }
}
