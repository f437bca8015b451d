// Reading the files the CLI was given: directories are searched for .txt files, and every file
// is decoded by sniffing its bytes (BOM, UTF-16, UTF-8, GB18030) unless --encoding says otherwise.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, type Decoded, type Encoding } from '../engine';

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

export function readInput(file: string, encoding?: Encoding): InputFile {
  return { path: file, decoded: decodeBytes(fs.readFileSync(file), encoding) };
}
