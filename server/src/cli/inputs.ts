// Reading the files the CLI was given: directories are searched for .txt files, and every file
// is decoded by sniffing its bytes (BOM, UTF-16, UTF-8, GB18030) unless --encoding says otherwise.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, readSafely, refusalMessage, type Decoded, type Encoding } from '../engine';

export interface InputFile {
  path: string;
  decoded: Decoded;
}

export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) files.push(full);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Larger than any page or archive a newsroom reviews in one go: a path pointing at the wrong thing. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** A file's decoded text, or why it was not read (a FIFO, a device, a directory named *.txt, a huge file): never blocks, never throws. */
export function readInput(file: string, encoding?: Encoding): InputFile | { path: string; refused: string } {
  const read = readSafely(file, { maxBytes: MAX_INPUT_BYTES });
  if (!read.ok) return { path: file, refused: refusalMessage(read, file, MAX_INPUT_BYTES) };
  return { path: file, decoded: decodeBytes(read.bytes, encoding) };
}
