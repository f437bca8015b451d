// The slice of the accuracy instrument that runs inside `npm test`: a dozen pages in two layouts
// and a few planted defects of each kind, compared with a baseline kept in the repository. It
// guards counts and labels, not time: a change that adds findings on clean pages, brings back a
// finding labelled false, loses one labelled true, or misses planted damage it used to catch fails
// until the baseline is rewritten on purpose (`npm run accuracy -- --baseline`) and the new
// numbers are explained in the commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Segmenter } from '../../src/engine';
import { ROOT } from '../helpers';
import { loadCorpus } from './corpus';
import { measureClean, measureDamage, type Label } from './measure';
import type { Layout } from './render';

export const SLICE = { pages: 12, layouts: ['reflowed', 'column'] as Layout[], perKind: 4 };
export const BASELINE_FILE = path.join(ROOT, 'server', 'test', 'accuracy', 'baseline.json');

export interface Baseline {
  /** Per layout, per rule: shown findings, and those labelled true and false. */
  clean: Record<string, Record<string, { count: number; t: number; f: number }>>;
  /** Per damage kind: planted and caught. */
  damage: Record<string, { planted: number; caught: number }>;
}

export function measureSlice(seg: Segmenter, labels: Map<string, Label>): Baseline {
  const pages = loadCorpus().pages.slice(0, SLICE.pages);
  const clean: Baseline['clean'] = {};
  for (const layout of SLICE.layouts) {
    const row = measureClean(pages, layout, seg, labels);
    clean[layout] = Object.fromEntries([...row.counts].sort().map(([rule, count]) => [rule, { count, t: row.labelled.get(rule)?.t ?? 0, f: row.labelled.get(rule)?.f ?? 0 }]));
  }
  const damage = Object.fromEntries(measureDamage(pages, SLICE.perKind, seg).map((d) => [d.kind, { planted: d.planted, caught: d.caught }]));
  return { clean, damage };
}

export function writeBaseline(seg: Segmenter, labels: Map<string, Label>): void {
  fs.writeFileSync(BASELINE_FILE, JSON.stringify(measureSlice(seg, labels), null, 2) + '\n');
}

export function readBaseline(): Baseline {
  return JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
}

/** What got worse against the baseline, one line each (empty when nothing did). */
export function regressions(now: Baseline, base: Baseline): string[] {
  const out: string[] = [];
  for (const [layout, rules] of Object.entries(now.clean)) {
    for (const [rule, n] of Object.entries(rules)) {
      const b = base.clean[layout]?.[rule] ?? { count: 0, t: 0, f: 0 };
      if (n.count > b.count) out.push(`${layout} ${rule}: ${n.count} findings on clean pages, baseline ${b.count}`);
      if (n.f > b.f) out.push(`${layout} ${rule}: ${n.f} findings labelled false are back, baseline ${b.f}`);
    }
    for (const [rule, b] of Object.entries(base.clean[layout] ?? {})) {
      const t = rules[rule]?.t ?? 0;
      if (t < b.t) out.push(`${layout} ${rule}: ${t} findings labelled true, baseline ${b.t} (true findings lost)`);
    }
  }
  for (const [kind, b] of Object.entries(base.damage)) {
    const n = now.damage[kind] ?? { planted: 0, caught: 0 };
    if (n.caught < b.caught) out.push(`${kind}: caught ${n.caught} of ${n.planted} planted, baseline ${b.caught} of ${b.planted}`);
  }
  return out;
}
