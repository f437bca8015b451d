// Benchmark (not a test): the workspace duplicate index on a synthetic archive of 10,000
// articles: build time, memory above the baseline, one-file update, and recall/precision on the
// planted pairs. Prints a Markdown table.   npm run bench:duplicates [-- --articles N]
import { Workspace } from '../src/engine';
import { generateWorkspace } from './workspaceGen';

const gc = (globalThis as { gc?: () => void }).gc;
const mem = () => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const arg = process.argv.indexOf('--articles');
const total = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
const gen = generateWorkspace(total);
const base = mem();
const t0 = performance.now();
const ws = new Workspace();
for (const f of gen.files) ws.set(f.uri, f.text);
const buildMs = performance.now() - t0;
const extraMb = (mem() - base) / 1024 / 1024;

// Pairs are compared by file and article name, so an article the parser splits or merges differently cannot shift the others.
const found = new Set<string>();
const q0 = performance.now();
for (const uri of ws.uris()) {
  for (const a of ws.articles(uri)) for (const m of ws.duplicatesOf(uri, a.index)) found.add([`${uri}#${a.name}`, `${m.other.uri}#${m.other.name}`].sort().join(' '));
}
const queryMs = performance.now() - q0;
const planted = new Set(gen.planted.map((p) => [...p].sort().join(' ')));
const hits = [...planted].filter((p) => found.has(p)).length;
const falsePairs = [...found].filter((p) => !planted.has(p)).length;

const updates: number[] = [];
for (let i = 0; i < 7; i++) {
  const f = gen.files[(Math.floor(i / 2) * 97) % gen.files.length]; // edited, then put back: two real changes
  const edited = f.text.replace('。', '，据悉。');
  const t = performance.now();
  ws.set(f.uri, i % 2 ? f.text : edited);
  ws.duplicatesOf(f.uri, 0);
  updates.push(performance.now() - t);
}

console.log(
  `Duplicate index on a synthetic archive (${gen.articles} articles in ${gen.files.length} files, ${gen.planted.length} planted pairs). Node ${process.version}${gc ? '' : ' (run with --expose-gc for exact memory)'}.\n`,
);
console.log('| measure | value | bar |');
console.log('| --- | --- | --- |');
console.log(`| build (parse every file, index every article) | ${(buildMs / 1000).toFixed(2)} s | < 5 s |`);
console.log(`| memory above baseline | ${extraMb.toFixed(0)} MB | < 150 MB |`);
console.log(`| one-file update (median of 7) | ${median(updates).toFixed(1)} ms | < 50 ms |`);
console.log(`| all duplicate queries | ${(queryMs / 1000).toFixed(2)} s | |`);
console.log(`| recall on planted pairs | ${hits}/${planted.size} | all |`);
console.log(`| false pairs | ${falsePairs} | 0 |`);
if (process.env.NEWSPRINT_BENCH_DEBUG) {
  for (const p of planted) if (!found.has(p)) console.log('missed', p);
  for (const p of found) if (!planted.has(p)) console.log('false', p);
}
