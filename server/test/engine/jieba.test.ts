// The binding the install leaves behind: scripts/patch-jieba.mjs rebuilds nodejs-jieba so its
// TextRank extractor shares the Jieba trie instead of loading the dictionary twice (about 110 MB).
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadJieba, loadJiebaAsync, startJieba, userDictionaryProblem } from '../../src/jieba';
import { ROOT, seedFiles } from '../helpers';

test('the installed binding is the one whose TextRank shares the dictionary and whose load can run off the main thread (postinstall ran)', () => {
  const release = path.join(ROOT, 'node_modules', 'nodejs-jieba', 'build', 'Release');
  const stamp = path.join(release, 'newsprint-shared-trie');
  assert.ok(fs.existsSync(stamp), 'run "node scripts/patch-jieba.mjs" (npm install runs it)');
  assert.match(fs.readFileSync(stamp, 'utf8'), /loadAsync; isLoading; waitLoad v3; flat trie v2/u, 'an older patch: run "node scripts/patch-jieba.mjs"');
});

test('loadJiebaAsync: the event loop keeps turning while the dictionary loads, and the words and tags are those of the load in place', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const started = performance.now();
  const seg = await loadJiebaAsync();
  const took = performance.now() - started;
  clearInterval(timer);
  // A blocked loop would tick once or not at all; a free one about every 5 ms of the load.
  assert.ok(ticks >= Math.min(10, took / 20), `${ticks} ticks in ${took.toFixed(0)} ms`);
  const direct = loadJieba();
  for (const file of seedFiles()) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      assert.deepEqual(seg.cut(line), direct.cut(line));
      assert.deepEqual(seg.tag!(line), direct.tag!(line));
    }
  }
});

test('loadJiebaAsync on a dictionary that is not there rejects with its name (cppjieba would abort the process)', async () => {
  await assert.rejects(loadJiebaAsync({ dictionary: path.join(os.tmpdir(), 'newsprint-no-such.dict.utf8') }), /newsprint-no-such\.dict\.utf8 is missing/u);
});

test('a process that exits while the dictionary loads exits cleanly (the exit waits for the load)', () => {
  const jieba = path.join(ROOT, 'out', 'server', 'src', 'jieba.js');
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(jieba)}).loadJiebaAsync(); setTimeout(() => process.exit(0), ${20 + i * 100})`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  }
});

test('startJieba returns at once and the first ask waits for the load: the words and tags are those of the load in place', () => {
  let started = performance.now();
  const direct = loadJieba();
  const inPlace = performance.now() - started;
  started = performance.now();
  const get = startJieba();
  const returned = performance.now() - started;
  // The load itself runs on the pool: starting it costs the file checks, not the dictionary.
  assert.ok(returned < inPlace / 2, `startJieba took ${returned.toFixed(0)} ms; a load in place ${inPlace.toFixed(0)} ms`);
  const seg = get();
  assert.equal(get(), get(), 'the same segmenter every time');
  for (const file of seedFiles()) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(0, 40)) {
      assert.deepEqual(seg.cut(line), direct.cut(line));
      assert.deepEqual(seg.tag!(line), direct.tag!(line));
    }
  }
});

test('a process that starts the load and ends without asking exits cleanly (the exit waits for the load)', () => {
  const jieba = path.join(ROOT, 'out', 'server', 'src', 'jieba.js');
  for (const delay of [0, 30, 200]) {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(jieba)}).startJieba(); setTimeout(() => process.exit(0), ${delay})`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  }
});

test('the shared-trie binding still cuts and tags with the full dictionary', () => {
  const seg = loadJieba();
  assert.deepEqual(seg.cut('稳就业促进消费'), ['稳', '就业', '促进', '消费']);
  const tags = seg.tag!('记者采访了市民');
  assert.deepEqual(
    tags.map((t) => t.word),
    ['记者', '采访', '了', '市民'],
  );
  assert.equal(tags[0].tag, 'n');
});

test('a user-dictionary path is checked before jieba sees it (cppjieba aborts on bad input)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-dict-'));
  const file = (name: string, body: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, body);
    return p;
  };
  const good = file('good.txt', '\ufeff渝西都市报 10 nt\n永川区 n\n\n乡村振兴\r\n');
  assert.equal(userDictionaryProblem(good), undefined);
  assert.match(userDictionaryProblem('dict.txt')!, /not an absolute path/);
  assert.match(userDictionaryProblem(path.join(dir, 'missing.txt'))!, /does not exist/);
  assert.match(userDictionaryProblem(dir)!, /not a regular file/);
  // A FIFO is refused at once instead of blocking the server until a writer comes.
  const fifo = path.join(dir, 'fifo.txt');
  execFileSync('mkfifo', [fifo]);
  assert.match(userDictionaryProblem(fifo)!, /not a regular file/);
  assert.match(userDictionaryProblem(file('empty.txt', ''))!, /no words/);
  const badLine = userDictionaryProblem(file('freq.txt', '永川区 many n\n'))!;
  assert.match(badLine, /line 1 .*word \[frequency\] \[tag\]/);
  // The line is named, never quoted: the setting may name a file the user never opened.
  assert.doesNotMatch(badLine, /many|永川区/);
  assert.match(userDictionaryProblem(file('gbk.txt', Buffer.from([0xd3, 0xc0, 0xb4, 0xa8, 0x0a])))!, /not UTF-8/);
  // A bad path falls back to jieba's own user dictionary instead of failing or aborting.
  assert.deepEqual(loadJieba({ userDictionary: path.join(dir, 'freq.txt') }).cut('稳就业'), ['稳', '就业']);
});
