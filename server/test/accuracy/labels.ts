// The labelled set: findings on clean rendered pages, each read by a person and marked true (the
// copy really has that problem) or false (the rule is wrong there), with a one-line reason. Kept
// as JSON lines in the repository; a line that cannot be read is reported, never fatal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers';
import type { Label } from './measure';

export const LABELS_FILE = path.join(ROOT, 'server', 'test', 'accuracy', 'labels.jsonl');

export function readLabels(file = LABELS_FILE): { labels: Map<string, Label>; bad: number } {
  return readKeyed<Label>(file, (l) => typeof l.key === 'string' && typeof l.label === 'boolean' && typeof l.reason === 'string');
}

/** A labelled JSON-lines file by key; lines that do not parse or lack the shape are counted as bad. */
export function readKeyed<T extends { key: string }>(file: string, valid: (l: Record<string, unknown>) => boolean): { labels: Map<string, T>; bad: number } {
  const labels = new Map<string, T>();
  let bad = 0;
  if (!fs.existsSync(file)) return { labels, bad };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const l = JSON.parse(line) as Record<string, unknown>;
      if (!valid(l)) throw new Error('shape');
      labels.set(l.key as string, l as unknown as T);
    } catch {
      bad++;
    }
  }
  return { labels, bad };
}
