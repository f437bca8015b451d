// The binding the install leaves behind: scripts/patch-jieba.mjs rebuilds nodejs-jieba so its
// TextRank extractor shares the Jieba trie instead of loading the dictionary twice (about 110 MB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadJieba } from '../../src/engine';
import { ROOT } from '../helpers';

test('the installed binding is the one whose TextRank shares the dictionary (postinstall ran)', () => {
  const release = path.join(ROOT, 'node_modules', 'nodejs-jieba', 'build', 'Release');
  assert.ok(fs.existsSync(path.join(release, 'newsprint-shared-trie')), 'run "node scripts/patch-jieba.mjs" (npm install runs it)');
});

test('the shared-trie binding still cuts and tags with the full dictionary', () => {
  const seg = loadJieba();
  assert.deepEqual(seg.cut('稳就业促进消费'), ['稳', '就业', '促进', '消费']);
  const tags = seg.tag!('记者采访了市民');
  assert.deepEqual(tags.map((t) => t.word), ['记者', '采访', '了', '市民']);
  assert.equal(tags[0].tag, 'n');
});
