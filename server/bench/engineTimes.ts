// Engine time by rule family, warm (in this process, after a warm-up) and cold (a fresh process
// that loads jieba and reviews once: what a CLI run or a just-started server pays).
import { spawnSync } from 'node:child_process';
import { review, Workspace, type Family, type Segmenter } from '../src/engine';
import { loadJieba } from '../src/jieba';
import type { BenchFile } from './corpus';
import { median, time } from './timing';

export const FAMILIES: readonly Family[] = ['wraps', 'duplicates', 'figures', 'punctuation', 'layout'];
/** A column per family, and `all` for the full review. */
export type Column = Family | 'all';
export const COLUMNS: readonly Column[] = [...FAMILIES, 'all'];

export interface FamilyTimes {
  file: BenchFile;
  findings: number;
  ms: Record<Column, number>;
}

/** The files of a group share one workspace, as they would in an editor, so cross-file duplicates are found. */
export function workspaceOf(files: readonly BenchFile[]): Workspace {
  const ws = new Workspace();
  for (const f of files) ws.set(uriOf(f), f.text);
  return ws;
}

const uriOf = (f: BenchFile) => f.path ?? `bench:${f.name}`;
const familiesOf = (c: Column) => (c === 'all' ? undefined : [c]);

export function warmTimes(files: readonly BenchFile[], segmenter: Segmenter, runs: number): FamilyTimes[] {
  const workspace = workspaceOf(files);
  return files.map((file) => {
    const ms = {} as Record<Column, number>;
    // Milliseconds-long reviews get more runs: one garbage collection would otherwise move the median.
    const n = file.text.length < 100_000 ? Math.max(runs, 31) : runs;
    for (const c of COLUMNS) ms[c] = time(() => review(file.text, { uri: uriOf(file), segmenter, workspace, families: familiesOf(c) }), n);
    return { file, findings: review(file.text, { uri: uriOf(file), segmenter, workspace }).findings.length, ms };
  });
}

/** Median wall time of `runs` fresh processes, each loading jieba and reviewing the group once (per column). */
export function coldTimes(script: string, paths: readonly string[], runs: number): Record<Column, number> {
  const out = {} as Record<Column, number>;
  for (const c of COLUMNS) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [script, '--cold', c, ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
      samples.push(Number(r.stdout.trim()));
    }
    out[c] = median(samples);
  }
  return out;
}

/** The child side of coldTimes: prints the milliseconds from before the jieba load to the end of the reviews. */
export function coldChild(column: Column, files: readonly BenchFile[]): void {
  const t = performance.now();
  const segmenter = loadJieba();
  const workspace = workspaceOf(files);
  for (const f of files) review(f.text, { uri: uriOf(f), segmenter, workspace, families: familiesOf(column) });
  process.stdout.write(`${performance.now() - t}\n`);
}
