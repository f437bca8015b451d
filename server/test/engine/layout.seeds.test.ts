// The layout family on the sample pages: headlines extraction put after their bodies and layout
// residue are reported with evidence, their fixes put the page in reading order and lose no text,
// and fix-all leaves them alone (moving text is offered, never applied on save).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, fixAll, parsePage, review } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { seedFiles } from '../helpers';

const segmenter = loadJieba();
const seed = (prefix: string) =>
  fs.readFileSync(
    seedFiles().find((f) => path.basename(f).startsWith(prefix))!,
    'utf8',
  );
const of = (text: string, rule: string) => review(text, { segmenter }).findings.filter((f) => f.ruleId === rule);
const chars = (s: string) => [...s.replace(/\s+/gu, '')].sort().join('');

test('NP501: the seeds’ headlines printed after their bodies are reported, and moving each puts it above its body', () => {
  const expected: Record<string, number[]> = { '002': [47], '003': [243, 419] };
  for (const [prefix, lines] of Object.entries(expected)) {
    let text = seed(prefix);
    const found = of(text, 'NP501');
    assert.deepEqual(
      found.map((f) => f.range.start.line + 1),
      lines,
      prefix,
    );
    for (const f of found) assert.match(f.message, /line \d+/u, 'the message names where the body starts');
    // One at a time, as an editor would: each move leaves one fewer, and nothing is lost.
    for (let k = 0; k < lines.length; k++) {
      const [f] = of(text, 'NP501');
      const line = f.range.start.line;
      const title = parsePage(text).articles.find((a) => a.firstLine <= line && a.lastLine >= line)?.headline?.text;
      assert.ok(title, `${prefix}: an article holds line ${line + 1}`);
      const moved = applyEdits(text, f.fixes[0].edits);
      assert.equal(chars(moved), chars(text), `${prefix}: the move keeps every character`);
      const a = parsePage(moved).articles.find((x) => x.headline?.text === title);
      assert.equal(a?.placement, 'before', `${prefix}: “${title}” now stands above its body`);
      text = moved;
    }
    assert.deepEqual(of(text, 'NP501'), [], prefix);
  }
});

test('NP502: 000’s layout fragments are reported; remove and move are offered, and fix-all applies neither', () => {
  const text = seed('000');
  const [f, ...rest] = of(text, 'NP502');
  assert.equal(rest.length, 0);
  assert.match(f.message, /外媒 \/ 看 \/ 永川/u);
  assert.deepEqual(
    f.fixes.map((x) => x.preferred ?? false),
    f.fixes.map(() => false),
  );
  const moved = applyEdits(text, f.fixes[1].edits);
  assert.equal(chars(moved), chars(text));
  const removed = applyEdits(text, f.fixes[0].edits);
  assert.equal(chars(removed), chars(text.replace(/^(外媒|看|永川)$/gmu, '')));
  const fixed = fixAll(text, { segmenter }).text;
  assert.match(fixed, /\n外媒\n/u, 'fix-all leaves the fragments for the editor');
});
