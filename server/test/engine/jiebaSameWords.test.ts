// Our build of jieba (scripts/patch-jieba.mjs, with the flat trie of scripts/jieba/cppjieba/) must
// cut and tag exactly as upstream nodejs-jieba 0.3.0 does. DIGEST is of upstream's output over the
// seeds' lines and every tenth article of the corpus. To take it again: `npm rebuild nodejs-jieba --build-from-source`
// (upstream's binding), `node out/server/test/engine/jiebaSameWords.test.js --print`, then
// `node scripts/patch-jieba.mjs` to put ours back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { loadJieba } from '../../src/jieba';
import { seedFiles } from '../helpers';
import { loadCorpus } from '../accuracy/corpus';

const DIGEST = '2146b8ab1ece871bc2e3759bc8feff850dc240689b714651326900a4f0edd66b';

function lines(): string[] {
  const out: string[] = [];
  for (const file of seedFiles()) {
    const text = fs.readFileSync(file, 'utf8').split('\n');
    if (text.at(-1) === '') text.pop();
    out.push(...text);
  }
  const articles = loadCorpus().pages.flatMap((p) => p.articles);
  for (let i = 0; i < articles.length; i += 10) out.push(...articles[i].titleLines, ...articles[i].paragraphs);
  return out;
}

/** Every line's words with and without the HMM for unknown words, and its tagged words. */
function digest(): { digest: string; lines: number } {
  const seg = loadJieba();
  const hash = createHash('sha256');
  const all = lines();
  for (const line of all) {
    hash.update(
      `${seg.cut(line).join('|')}\n${seg.cutKnown!(line).join('|')}\n${seg.tag!(line)
        .map((t) => `${t.word}/${t.tag}`)
        .join('|')}\n`,
    );
  }
  return { digest: hash.digest('hex'), lines: all.length };
}

if (process.argv.includes('--print')) {
  console.log(digest());
} else {
  test("jieba cuts and tags the seeds and a tenth of the corpus exactly as upstream's build does", () => {
    const got = digest();
    assert.ok(got.lines > 2000, `${got.lines} lines`);
    assert.equal(got.digest, DIGEST, 'a cut or a tag differs from upstream nodejs-jieba 0.3.0 (see the head of this file)');
  });
}
