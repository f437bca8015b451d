// The page the worker parses, sent to the server's thread without what the receiver can rebuild
// (raw text, ranges) and with articles naming their elements by index: it must arrive as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parsePage, SourceText, type Page } from '../../src/engine';
import { packPage, unpackPage } from '../../src/lsp/pageTransfer';
import { concatenation } from '../../bench/corpus';
import { seedFiles } from '../helpers';

function roundTrip(text: string): void {
  const page: Page = parsePage(new SourceText(text));
  const arrived = unpackPage(packPage(page), new SourceText(text));
  const { source: _source, ...sent } = page;
  assert.deepStrictEqual(arrived, sent);
  // One object per element, shared by the page's list and its articles' lists, as the parser made them.
  const before = new Map(page.elements.map((e, k) => [e, k]));
  const after = new Map(arrived.elements.map((e, k) => [e, k]));
  page.articles.forEach((a, i) => a.elements.forEach((e, k) => assert.equal(after.get(arrived.articles[i].elements[k]), before.get(e))));
}

test('a parsed page packed and unpacked is the page (the seeds)', () => {
  for (const file of seedFiles()) roundTrip(fs.readFileSync(file, 'utf8'));
});

test('a parsed page packed and unpacked is the page (600 KB of corpus pages, column-wrapped and reflowed)', () => {
  roundTrip(concatenation(600 * 1024));
});

test('an empty page and one line arrive too', () => {
  roundTrip('');
  roundTrip('一行字');
});
