// A large document's review in two halves (the server's thread and a worker): the findings put
// together are the whole review's, a worker that failed is replaced by the server thread, and a
// review overtaken by an edit stops the worker and publishes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, Workspace, type Finding, type Review, type ReviewOptions } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { reviewInHalves, type SteppedRun } from '../../src/lsp/steppedReview';
import type { PageHalf } from '../../src/lsp/pageHalf';
import { packPage } from '../../src/lsp/pageTransfer';
import { concatenation } from '../../bench/corpus';

const text = concatenation(600 * 1024);
const segmenter = loadJieba();
const options = (): ReviewOptions => ({ uri: 'file:///big.txt', segmenter, workspace: new Workspace(), maxFindings: 400 });
const key = (f: Finding) => `${f.ruleId} ${f.start}-${f.end} ${f.message}`;
const always: SteppedRun = { current: () => true, partial: () => undefined };

/** The page half as the worker computes it (sending its parsed page through pageTransfer when `sendPage`), or a failed worker. */
function half(findings: Finding[] | undefined, sendPage = false): PageHalf & { cancelled: boolean } {
  const parsed = sendPage ? packPage(review(text, { uri: 'file:///big.txt', part: 'page' }).page) : undefined;
  const h = { parsed: Promise.resolve(parsed), findings: Promise.resolve(findings), cancelled: false, cancel: () => (h.cancelled = true) };
  return h;
}

test('the two halves put together are the whole review, capped once', async () => {
  const whole = review(text, options());
  const pageHalf = review(text, { uri: 'file:///big.txt', part: 'page' }).findings;
  const joined = (await reviewInHalves(text, options(), always, half(pageHalf))) as Review;
  assert.deepEqual(joined.findings.map(key), whole.findings.map(key));
  assert.deepEqual(joined.capped, whole.capped);
  assert.equal(joined.findings.filter((f) => f.ruleId === 'NP000').length, whole.capped ? 1 : 0, 'one findings-limit notice at most');
});

test("the rest half on the worker's parsed page, sent across: the same whole review, capped once", async () => {
  const whole = review(text, options());
  const pageHalf = review(text, { uri: 'file:///big.txt', part: 'page' }).findings;
  const joined = (await reviewInHalves(text, options(), always, half(pageHalf, true))) as Review;
  assert.deepEqual(joined.findings.map(key), whole.findings.map(key));
  assert.deepEqual(
    joined.findings.map((f) => f.range),
    whole.findings.map((f) => f.range),
  );
  assert.deepEqual(joined.capped, whole.capped);
});

test('a worker that failed is replaced by the server thread: nothing is lost', async () => {
  const whole = review(text, options());
  const joined = (await reviewInHalves(text, options(), always, half(undefined))) as Review;
  assert.deepEqual(joined.findings.map(key), whole.findings.map(key));
});

test('a review overtaken by an edit stops the worker and gives nothing', async () => {
  let steps = 0;
  const h = half([]);
  const run: SteppedRun = { current: () => ++steps < 3, partial: () => undefined };
  assert.equal(await reviewInHalves(text, options(), run, h), undefined);
  assert.ok(h.cancelled, 'the worker was told to stop');
});
