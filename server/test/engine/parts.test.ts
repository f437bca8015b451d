// The review in two halves (ReviewOptions.part): the rules declared page-only really read nothing
// but the page, and the two halves together find exactly what the whole review finds. The server
// runs the page half in a worker thread on large files, so a wrong declaration would lose findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { finishReview, pageOnly, parsePage, review, RULES, SourceText, Workspace, type Finding, type RuleContext } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { concatenation } from '../../bench/corpus';
import { seedFiles } from '../helpers';

const segmenter = loadJieba();
const texts = [...seedFiles().map((f) => fs.readFileSync(f, 'utf8')), concatenation(200 * 1024)];

/** A stand-in that fails the test on any use: a page-only rule must not touch it. */
function forbidden(what: string): never {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        throw new Error(`a page-only rule read ${what}.${String(key)}`);
      },
    },
  ) as never;
}

test('page-only rules run with the workspace, the corpus and the segmenter out of reach', () => {
  const rules = RULES.filter(pageOnly);
  assert.ok(rules.length >= 10, `${rules.length} page-only rules`);
  for (const text of texts) {
    const page = parsePage(text);
    const context: RuleContext = { page, source: page.source, uri: 'file:///parts.txt', workspace: forbidden('workspace'), segmenter: forbidden('segmenter'), corpus: forbidden('corpus') };
    for (const rule of rules) assert.doesNotThrow(() => rule.check(context), rule.id);
  }
});

const key = (f: Finding) => `${f.ruleId} ${f.start}-${f.end} ${f.message} ${f.fixes.map((x) => JSON.stringify(x.edits)).join('|')}`;

test('the page half and the rest, put together, are the whole review', () => {
  for (const text of texts) {
    const uri = 'file:///parts.txt';
    const whole = review(text, { segmenter, uri, workspace: new Workspace() });
    const workspace = new Workspace();
    const rest = review(text, { segmenter, uri, workspace, part: 'rest' });
    // The page half as the worker runs it: its own parse, no workspace, no segmenter.
    const pageHalf = review(new SourceText(text), { uri, part: 'page' });
    assert.ok(
      pageHalf.findings.every((f) => pageOnly(RULES.find((r) => r.id === f.ruleId)!)),
      'the page half ran only page-only rules',
    );
    assert.ok(
      rest.findings.every((f) => !pageOnly(RULES.find((r) => r.id === f.ruleId)!)),
      'the rest ran no page-only rule',
    );
    const joined = finishReview(rest.page, [...rest.findings, ...pageHalf.findings], {});
    assert.deepEqual(joined.findings.map(key), whole.findings.map(key));
  }
});
