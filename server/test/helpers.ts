// Shared test helpers: where the repository and the seed files are.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'seeds'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const SEEDS = path.join(ROOT, 'seeds');

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS, f));
}

export function seed(prefix: string): { path: string; text: string } {
  const file = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return { path: file, text: fs.readFileSync(file, 'utf8') };
}
