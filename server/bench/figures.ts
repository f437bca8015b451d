// Benchmark (not a test): figure extraction throughput over the seeds (the reader alone, on the
// text as it stands, and the whole figure family: parse, flatten, extract, every figure rule),
// per seed and for a 1 MB page of seed paragraphs. Prints a Markdown table.
//   npm run bench:figures
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures, review } from '../src/engine';
import { seedFiles } from '../test/helpers';
import { time } from './timing';

const inputs = seedFiles().map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
const paragraphs = inputs.flatMap((i) => i.text.split(/\n\s*\n/));
let big = '';
for (let i = 0; Buffer.byteLength(big) < 1024 * 1024; i++) big += `${paragraphs[i % paragraphs.length]}\n\n`;
inputs.push({ name: '1 MB concatenation', text: big });
inputs.push({
  name: 'all seeds',
  text: inputs
    .slice(0, -1)
    .map((i) => i.text)
    .join('\n\n'),
});

const rate = (bytes: number, ms: number) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`;
console.log(`Figures (NP301–NP317), warm, median of runs after a warm-up. Node ${process.version}.\n`);
console.log('| input | size | figures read | extraction alone | throughput | figure rules (parse + all NP3xx) | throughput | findings |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { name, text } of inputs) {
  const runs = text.length > 100_000 ? 7 : 31;
  const bytes = Buffer.byteLength(text);
  let figures = 0;
  const extract = time(() => {
    figures = extractFigures(text).length;
  }, runs);
  let findings = 0;
  const rules = time(() => {
    findings = review(text, { families: ['figures'] }).findings.length;
  }, runs);
  console.log(`| ${name} | ${(bytes / 1024).toFixed(1)} KB | ${figures} | ${extract.toFixed(2)} ms | ${rate(bytes, extract)} | ${rules.toFixed(2)} ms | ${rate(bytes, rules)} | ${findings} |`);
}
