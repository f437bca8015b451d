// The README's figures about the product are the product's output (readmeFacts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readmeFacts, readmeText, withFacts } from './readmeFacts';

test('every figure the README states is what the product gives (npm run readme writes them)', () => {
  const readme = readmeText();
  const facts = readmeFacts();
  const { text, unknown } = withFacts(readme, facts);
  assert.deepEqual(unknown, [], 'facts the README names and nothing computes');
  for (const name of Object.keys(facts)) assert.ok(readme.includes(`<!--fact:${name}-->`), `the README states ${name}`);
  const stale = readme.split('\n').filter((line, i) => line !== text.split('\n')[i]);
  assert.deepEqual(stale, [], `stale README lines (npm run readme rewrites them):\n${stale.join('\n')}`);
});

test('the README check can fail: a changed figure is found', () => {
  const facts = { x: '97%' };
  assert.notEqual(withFacts('a <!--fact:x-->96%<!--/fact--> b', facts).text, 'a <!--fact:x-->96%<!--/fact--> b');
  assert.deepEqual(withFacts('<!--fact:y-->1<!--/fact-->', facts).unknown, ['y']);
});
