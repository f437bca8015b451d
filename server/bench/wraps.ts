// Benchmark (not a test): time to wrap findings per seed file and for a 1 MB page made of seed
// paragraphs, warm (median of runs after a warm-up), and jieba's load time. Prints a Markdown table.
//   npm run bench:wraps
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadJieba, review } from '../src/engine';
import { seedFiles } from '../test/helpers';

import { time } from './timing';

const loadStart = process.hrtime.bigint();
const segmenter = loadJieba();
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const inputs = seedFiles().map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
const paragraphs = inputs.flatMap((i) => i.text.split(/\n\s*\n/));
let big = '';
for (let i = 0; Buffer.byteLength(big) < 1024 * 1024; i++) big += `${paragraphs[i % paragraphs.length]}\n\n`;
inputs.push({ name: '1 MB concatenation', text: big });

const rows = inputs.map(({ name, text }) => {
  const runs = text.length > 100_000 ? 5 : 31;
  let findings = 0;
  const ms = time(() => {
    findings = review(text, { segmenter, families: ['wraps'] }).findings.length;
  }, runs);
  const kb = Buffer.byteLength(text) / 1024;
  return `| ${name} | ${kb.toFixed(1)} KB | ${findings} | ${ms.toFixed(2)} ms | ${(kb / 1024 / (ms / 1000)).toFixed(1)} MB/s |`;
});

console.log(`Wrap rules (NP101–NP106), warm, median of runs after a warm-up. Node ${process.version}.`);
console.log(`jieba dictionary load: ${loadMs.toFixed(0)} ms (paid once per process, off the first diagnostics).\n`);
console.log('| file | size | findings | time to findings | throughput |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
