// Whole-process timings: the floor, our CLI and the peers, each run as an editor's batch job would
// run it, on the same files in the same benchmark run.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../test/helpers';
import { runAutocorrect, runZhlint, type PeerRun } from './peers';
import { median } from './timing';

export type { PeerRun };

/** One whole run of a tool; the median of `runs` after a warm-up is what the table shows. */
type Runner = (files: string[]) => PeerRun;

function node(tool: string, script: string, args: string[], count: (stdout: string) => number): PeerRun {
  const t = performance.now();
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  // Our CLI exits 1 when an error-severity finding exists; only 2 (usage, unreadable) is a failure.
  if (r.status !== 0 && r.status !== 1) return { tool, findings: undefined, ms, note: `exit ${r.status}: ${r.stderr.slice(0, 200)}` };
  return { tool, findings: count(r.stdout), ms };
}

export const floor: Runner = (files) => node('floor (read + one regex)', path.join(__dirname, 'floor.js'), files, () => 0);

export const newsprint: Runner = (files) =>
  node('newsprint CLI', path.join(ROOT, 'server', 'dist', 'cli.js'), ['review', '--format', 'json', ...files], (out) =>
    (JSON.parse(out) as { files: { findings: unknown[] }[] }).files.reduce((n, f) => n + f.findings.length, 0),
  );

export const zhlint: Runner = runZhlint;
export const autocorrect: Runner = runAutocorrect;

/** The median run of `runs` after one warm-up (a failed run is returned as is). */
export function medianRun(runner: Runner, files: string[], runs: number): PeerRun {
  const warm = runner(files);
  if (warm.findings === undefined) return warm;
  const all = Array.from({ length: runs }, () => runner(files));
  const m = median(all.map((r) => r.ms));
  return { ...all[0], ms: m };
}
