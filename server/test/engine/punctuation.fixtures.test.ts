// NP401 against two fixture files: code, markup, addresses, emoticons and numbers inside Chinese
// sentences that no conversion may touch (untouched.txt, 50 and more cases), and half-width marks
// with what they become (converted.txt, peers' cases among them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../src/engine';
import { ROOT } from '../helpers';

const DIR = path.join(ROOT, 'server', 'test', 'fixtures', 'punctuation');
const cases = (file: string) =>
  fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
const onlyNp401 = {
  families: ['punctuation' as const],
  rules: { NP402: { enabled: false }, NP403: { enabled: false }, NP404: { enabled: false }, NP405: { enabled: false }, NP406: { enabled: false } },
};
const page = (body: string) => `标题\n\n${body}\n`;

test('untouched.txt: at least 50 cases, and no conversion inside any of their tokens', () => {
  const lines = cases('untouched.txt');
  assert.ok(lines.length >= 50, `${lines.length} cases`);
  const touched: string[] = [];
  for (const line of lines) {
    const start = line.indexOf('⟦');
    const end = line.indexOf('⟧');
    assert.ok(start >= 0 && end > start, line);
    const token = line.slice(start + 1, end);
    const text = page(line.replace('⟦', '').replace('⟧', ''));
    const at = text.indexOf(token);
    const out = fixAll(text, onlyNp401).text;
    if (out.length !== text.length || out.slice(at, at + token.length) !== token) touched.push(`${token} → ${out.slice(at, at + token.length)}`);
  }
  assert.deepEqual(touched, []);
});

test('converted.txt: each line becomes what it says', () => {
  for (const line of cases('converted.txt')) {
    const [before, after] = line.split(' ⇒ ');
    assert.equal(fixAll(page(before), onlyNp401).text, page(after), before);
  }
});
