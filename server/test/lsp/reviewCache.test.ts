// The server's per-document state and its invalidation rules (lsp/reviewCache.ts), without a server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyPage, SourceText, type Finding, type Review } from '../../src/engine';
import { ReviewCache, type OpenDocument } from '../../src/lsp/reviewCache';

const finding = (ruleId: string): Finding =>
  ({ ruleId, rule: ruleId, severity: 'warning', message: ruleId, start: 0, end: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, fixes: [], related: [] }) as Finding;

function harness(options: { large?: boolean; accepted?: string[] } = {}) {
  const calls = { reviews: 0, summaries: [] as (string | undefined)[] };
  const cache = new ReviewCache({
    review: (_uri, text): Review => {
      calls.reviews++;
      return { page: emptyPage(new SourceText(text)), findings: [finding('NP101'), finding('NP106')] };
    },
    isLarge: () => options.large ?? false,
    placeholder: (text) => ({ page: emptyPage(new SourceText(text)), findings: [] }),
    accept: (_uri, _text, findings) => findings.filter((f) => !(options.accepted ?? []).includes(f.ruleId)),
    invalidateSummaries: (uri) => void calls.summaries.push(uri),
  });
  return { cache, calls };
}

const doc = (version: number, text = '标题\n\n正文。'): OpenDocument => ({ uri: 'file:///a.txt', version, getText: () => text });

test('a review is kept for its version and made again for the next', () => {
  const { cache, calls } = harness();
  const first = cache.of(doc(1));
  assert.equal(cache.of(doc(1)), first);
  assert.equal(calls.reviews, 1);
  assert.notEqual(cache.of(doc(2)), first);
  assert.equal(calls.reviews, 2);
});

test('accepted findings are left out of what is stored and what is shown', () => {
  const { cache } = harness({ accepted: ['NP106'] });
  assert.deepEqual(
    cache.of(doc(1)).findings.map((f) => f.ruleId),
    ['NP101'],
  );
  assert.deepEqual(
    cache.shown('file:///a.txt', '', [finding('NP106'), finding('NP204')]).map((f) => f.ruleId),
    ['NP204'],
  );
});

test('invalidateAll drops every review and every summary; invalidate(uri) drops one review only', () => {
  const { cache, calls } = harness();
  cache.of(doc(1));
  cache.invalidate('file:///a.txt');
  cache.of(doc(1));
  assert.equal(calls.reviews, 2);
  assert.deepEqual(calls.summaries, []);
  cache.invalidateAll();
  cache.of(doc(1));
  assert.equal(calls.reviews, 3);
  assert.deepEqual(calls.summaries, [undefined]);
});

test('closing forgets the document: its review, its summary, its stepped run, and that it was reviewed', () => {
  const { cache, calls } = harness();
  assert.equal(cache.reviewOnChange('file:///a.txt', true), true, 'reviewed when it opens');
  assert.equal(cache.reviewOnChange('file:///a.txt', true), false, 'with onSave, not on each change');
  assert.equal(cache.reviewOnChange('file:///a.txt', false), true, 'with onType, on each change');
  cache.of(doc(1));
  cache.closed('file:///a.txt');
  assert.deepEqual(calls.summaries, ['file:///a.txt']);
  cache.of(doc(1));
  assert.equal(calls.reviews, 2);
  assert.equal(cache.reviewOnChange('file:///a.txt', true), true, 'reopened: reviewed again');
});

test('a large document: a placeholder, then its last review, until the current stepped run lands', () => {
  const { cache, calls } = harness({ large: true });
  assert.equal(cache.needsSteppedReview(doc(1)), true);
  assert.deepEqual(cache.of(doc(1)).findings, [], 'a placeholder before the first stepped review');
  let version = 1;
  const first = cache.beginStepped(doc(1), () => version);
  assert.equal(first(), true);
  const landed = cache.finishStepped(doc(1), { page: emptyPage(new SourceText('')), findings: [finding('NP101')] });
  assert.equal(cache.needsSteppedReview(doc(1)), false);
  assert.equal(cache.of(doc(1)), landed);
  version = 2;
  assert.equal(cache.of(doc(2)), landed, 'an edit shows the last review until the next lands');
  assert.equal(cache.needsSteppedReview(doc(2)), true);
  const second = cache.beginStepped(doc(2), () => version);
  const third = cache.beginStepped(doc(2), () => version);
  assert.equal(second(), false, 'overtaken by a newer run');
  assert.equal(third(), true);
  version = 3;
  assert.equal(third(), false, 'overtaken by an edit');
  const fourth = cache.beginStepped(doc(3), () => version);
  cache.closed('file:///a.txt');
  assert.equal(fourth(), false, 'stopped by the close');
  assert.equal(calls.reviews, 0, 'a large document is never reviewed at once');
});
