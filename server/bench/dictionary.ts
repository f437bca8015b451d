// Would a trimmed jieba dictionary do? nodejs-jieba's main dictionary has 349,000 words; the rules
// that segment (split paragraphs, wraps around inserts, repeated words, quotation pairs) may need
// far fewer. Each variant keeps the words at or above a frequency and is loaded in a fresh
// process: load time, resident memory, and whether every finding on the files stays identical.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { review, Workspace } from '../src/engine';
import { jiebaDictionary, loadJieba } from '../src/jieba';
import { median } from './timing';

export interface DictionaryRow {
  name: string;
  words: number;
  bytes: number;
  loadMs: number;
  rssBytes: number;
  /** Findings (rule, range, message, fixes) of the full dictionary missing here, and extra here, by rule family. */
  wraps: number;
  repeatedWords: number;
  other: number;
}

/** Minimum frequencies of the trimmed variants (the full dictionary's median word has frequency 3). */
const MIN_FREQUENCIES = [4, 10, 50, 200];

/** Writes the trimmed dictionaries into `dir`: the words whose frequency is at least each minimum. */
export function trimmedDictionaries(dir: string): { name: string; path: string; words: number }[] {
  const full = fs
    .readFileSync(jiebaDictionary(), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  fs.mkdirSync(dir, { recursive: true });
  const out = [{ name: 'full (nodejs-jieba)', path: jiebaDictionary(), words: full.length }];
  for (const min of MIN_FREQUENCIES) {
    const kept = full.filter((l) => Number(l.split(' ')[1]) >= min);
    const file = path.join(dir, `jieba.min${min}.utf8`);
    fs.writeFileSync(file, kept.join('\n') + '\n');
    out.push({ name: `frequency ≥ ${min}`, path: file, words: kept.length });
  }
  return out;
}

interface ChildResult {
  loadMs: number;
  rssBytes: number;
  findings: { family: string; key: string }[];
}

/** The child side: load jieba with `dictionary`, review `files` in one workspace, write what was found to `out` (too much for a pipe before exit). */
export function dictionaryChild(dictionary: string, out: string, files: string[]): void {
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const segmenter = loadJieba({ dictionary });
  const loadMs = performance.now() - t;
  const rssBytes = process.memoryUsage().rss - rss;
  const workspace = new Workspace();
  const findings: ChildResult['findings'] = [];
  for (const file of files) {
    const r = review(fs.readFileSync(file, 'utf8'), { uri: `file://${file}`, segmenter, workspace });
    for (const f of r.findings) {
      const family = f.ruleId === 'NP204' ? 'repeated' : f.ruleId.startsWith('NP1') ? 'wraps' : 'other';
      findings.push({ family, key: `${path.basename(file)} ${f.ruleId} ${f.start}-${f.end} ${f.message} ${JSON.stringify(f.fixes.map((x) => x.edits.map((e) => [e.start, e.end, e.newText])))}` });
    }
  }
  fs.writeFileSync(out, JSON.stringify({ loadMs, rssBytes, findings } satisfies ChildResult));
}

/** Each variant in `runs` fresh processes (`script --dictionary <path> <out> <files…>`); findings compared with the full dictionary's. */
export function dictionaryRows(script: string, dir: string, files: string[], runs: number): DictionaryRow[] {
  const variants = trimmedDictionaries(dir);
  const results = variants.map((v) =>
    Array.from({ length: runs }, () => {
      const out = path.join(dir, 'result.json');
      const r = spawnSync(process.execPath, [script, '--dictionary', v.path, out, ...files], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`dictionary child failed (${v.name}): ${r.stderr.slice(0, 500)}`);
      return JSON.parse(fs.readFileSync(out, 'utf8')) as ChildResult;
    }),
  );
  const fullKeys = new Set(results[0][0].findings.map((f) => f.key));
  return variants.map((v, i) => {
    const found = results[i][0].findings;
    const keys = new Set(found.map((f) => f.key));
    const differing = (family: string) =>
      found.filter((f) => f.family === family && !fullKeys.has(f.key)).length + results[0][0].findings.filter((f) => f.family === family && !keys.has(f.key)).length;
    return {
      name: v.name,
      words: v.words,
      bytes: fs.statSync(v.path).size,
      loadMs: median(results[i].map((r) => r.loadMs)),
      rssBytes: median(results[i].map((r) => r.rssBytes)),
      wraps: differing('wraps'),
      repeatedWords: differing('repeated'),
      other: differing('other'),
    };
  });
}
