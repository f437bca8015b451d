// The benchmark corpus: the seed pages, and large pages made by concatenating seed paragraphs,
// every third one re-wrapped at another column width (so the wrap rules meet fresh hard wraps,
// not only the seeds' own). Built by joining parts: growing one string while measuring it is quadratic.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedFiles } from '../test/helpers';

export interface BenchFile {
  name: string;
  path?: string;
  text: string;
}

export function seedInputs(): BenchFile[] {
  return seedFiles().map((f) => ({ name: path.basename(f), path: f, text: fs.readFileSync(f, 'utf8') }));
}

/** Joins a paragraph's lines and wraps it again every `width` characters (code points). */
function rewrap(paragraph: string, width: number): string {
  const chars = [...paragraph.replace(/\n/g, '')];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join('\n');
}

/** About `bytes` of UTF-8 made of the seeds' paragraphs in order, repeated as often as needed. */
export function concatenation(bytes: number): string {
  const paragraphs = seedInputs()
    .flatMap((i) => i.text.split(/\n\s*\n/))
    .filter((p) => p.trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    const part = `${i % 3 === 2 ? rewrap(p, 12 + (i % 7)) : p}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** Writes the text under `dir` (created) and returns its path: the whole-process tools read files. */
export function writeBenchFile(dir: string, name: string, text: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
