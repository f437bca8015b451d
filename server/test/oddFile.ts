// What the odd-file tests share: one review of a made-up file, checked for what every result must
// hold (it can be written out, every range lies in the text), with its size and time printed.
import assert from 'node:assert/strict';
import { digestOf, review, toJson, type Review } from '../src/engine';
import { loadJieba } from '../src/jieba';
import { seed } from './helpers';

export const segmenter = loadJieba();
export const page = seed('001').text;

export function reviewed(name: string, text: string, t: { diagnostic(message: string): void }): Review {
  const started = performance.now();
  const r = review(text, { segmenter, uri: `file:///${name}.txt`, maxFindings: 500 });
  const ms = performance.now() - started;
  t.diagnostic(`${name}: ${text.length.toLocaleString('en')} UTF-16 units, ${r.page.articles.length} articles, ${r.findings.length} findings, ${ms.toFixed(0)} ms`);
  // Every result can be written out (the CLI and the views do), and every range is inside the text.
  assert.doesNotThrow(() => toJson([{ path: `${name}.txt`, encoding: 'utf-8', digest: digestOf(r) }], '0.0.0'));
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} in range`);
  return r;
}
