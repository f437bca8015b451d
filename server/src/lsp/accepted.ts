// The accepted findings of each workspace folder, read from `.newsprint/accepted.json` (the client
// writes it, so an untrusted workspace can refuse). Reloaded when the file changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingKey, parseAccepted, type Finding } from '../engine';
import { uriToPath } from './files';

export const ACCEPTED_FILE = path.join('.newsprint', 'accepted.json');

export class AcceptedStore {
  /** Absolute file path → accepted keys. */
  private keys = new Map<string, Set<string>>();

  constructor(private folders: readonly string[] = []) {}

  load(folders: readonly string[] = this.folders): void {
    this.folders = folders;
    this.keys = new Map();
    for (const folder of folders) {
      let json: string;
      try {
        json = fs.readFileSync(path.join(folder, ACCEPTED_FILE), 'utf8');
      } catch {
        continue;
      }
      for (const e of parseAccepted(json)) {
        const file = path.resolve(folder, e.file);
        let set = this.keys.get(file);
        if (!set) this.keys.set(file, (set = new Set()));
        set.add(e.key);
      }
    }
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
