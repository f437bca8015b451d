// The stepped forms of the parse, the workspace registration and the figure reading give the same
// results as the plain calls, yield several times on a large page, and leave nothing half done
// when a caller abandons them (an edit overtook a stepped review).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, parseSteps } from '../../src/engine/parse/page';
import { review, reviewSteps, Workspace } from '../../src/engine';
import { concatenation } from '../../bench/corpus';

const large = concatenation(2 * 1024 * 1024); // about 650 articles

function countYields<T>(steps: Generator<unknown, T>): { yields: number; result: T } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { yields, result: next.value };
    yields++;
  }
}

const shape = (p: ReturnType<typeof parsePage>) => p.articles.map((a) => [a.name, a.range.start.line, a.range.end.line, a.elements.length]);

test('parseSteps yields between stages and every few hundred articles, and builds the page parsePage builds', () => {
  const { yields, result } = countYields(parseSteps(large));
  assert.ok(result.articles.length > 400, `a large page (${result.articles.length} articles)`);
  assert.ok(yields >= 4, `yielded ${yields} times`);
  assert.deepEqual(shape(result), shape(parsePage(large)));
});

test('reviewSteps reads the figures as a step of its own and finds what review() finds', () => {
  const steps: string[] = [];
  const it = reviewSteps(large, { uri: 'file:///big.txt' });
  let next = it.next();
  for (; !next.done; next = it.next()) steps.push(next.value.step);
  assert.ok(steps.filter((s) => s === 'figures').length >= 2, 'figures read across several yields');
  assert.ok(steps.indexOf('figures') > steps.lastIndexOf('index'), 'after the registration');
  const key = (r: typeof next.value) => r.findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
  assert.deepEqual(key(next.value), key(review(large, { uri: 'file:///big.txt' })));
});

test('a registration abandoned halfway is redone by the next set and undone by delete', () => {
  const ws = new Workspace();
  const uri = 'file:///big.txt';
  const half = ws.setSteps(uri, large);
  assert.equal(half.next().done, false); // dropped here, as a cancelled stepped review drops it
  ws.set(uri, large); // the same text: must not be taken as already registered
  const complete = new Workspace();
  complete.set(uri, large);
  const copies = (w: Workspace) => w.articles(uri).map((_, k) => w.duplicatesOf(uri, k).length);
  assert.deepEqual(copies(ws), copies(complete));
  ws.delete(uri);
  const other = 'file:///other.txt';
  ws.set(other, large.slice(0, 40_000));
  assert.ok(
    ws.duplicatesOf(other, 0).every((m) => m.other.uri === other),
    'no article of the deleted file is still indexed',
  );
});
