// jieba on its own thread (jiebaThread.ts): the same words and tags as jieba loaded in place, for
// every line of the seeds and for a text larger than the first shared buffer; a dictionary that
// cannot load says why; a stopped thread refuses calls instead of hanging the caller.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadJieba } from '../../src/jieba';
import { jiebaThreadAvailable, startJiebaThread } from '../../src/jiebaThread';
import { seedFiles } from '../helpers';

const direct = loadJieba();

test('the thread’s file is beside the compiled code, as it is beside the bundle', () => {
  assert.ok(jiebaThreadAvailable());
});

test('cut, cutKnown and tag on the thread equal jieba in place, on every seed line and on a text past the first buffer', async () => {
  const thread = startJiebaThread();
  try {
    const seg = await thread.ready;
    let lines = 0;
    for (const file of seedFiles()) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        assert.deepEqual(seg.cut(line), direct.cut(line), line);
        assert.deepEqual(seg.cutKnown!(line), direct.cutKnown!(line), line);
        assert.deepEqual(seg.tag!(line), direct.tag!(line), line);
        lines++;
      }
    }
    assert.ok(lines > 1000);
    // 200,000 code units: the buffer grows (65,536 at first) and astral characters cross it whole.
    const big = fs.readFileSync(seedFiles()[3], 'utf8').replace(/企业/gu, '企𠮷业').repeat(30).slice(0, 200_000);
    assert.deepEqual(seg.cut(big), direct.cut(big));
    assert.deepEqual(seg.tag!(big), direct.tag!(big));
    assert.deepEqual(seg.cut(''), direct.cut(''));
  } finally {
    await thread.stop();
  }
});

test('calls at every spacing, on a crowded machine, are all answered (no wake-up is lost)', async () => {
  // A request landing while the thread was between reading the state and going to sleep used to be
  // slept through, and its caller waited for ever: about one call in a thousand in a CLI run. Two
  // threads that only burn CPU crowd the two cores, so the thread is descheduled at any instruction
  // (that made the old code hang in one round of 3,000 calls in two); pauses from 0 to 300 µs put
  // the requests at every point of its spin-then-sleep. Each call may take at most 5 s.
  const busy = [0, 1].map(() => new Worker('for (;;) {}', { eval: true }));
  const thread = startJiebaThread({}, 5000);
  try {
    const seg = await thread.ready;
    const words = ['稳就业', '促进消费', '记者采访了市民', '技术企业36家'];
    let seed = 7;
    for (let i = 0; i < 9000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const until = performance.now() + (seed % 3000) / 10_000;
      while (performance.now() < until) {
        // busy: the thread spins or sleeps meanwhile
      }
      const text = words[i % words.length];
      assert.equal(seg.cut(text).join(''), text);
    }
  } finally {
    await thread.stop();
    await Promise.all(busy.map((w) => w.terminate()));
  }
});

test('a dictionary that cannot be read: ready rejects and waitReady throws, with the reason', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-thread-'));
  try {
    const thread = startJiebaThread({ dictionary: path.join(dir, 'missing.dict.utf8') });
    await assert.rejects(thread.ready, (err: Error) => err.message.length > 0);
    assert.throws(() => thread.waitReady(), Error);
    await thread.stop();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a stopped thread refuses calls at once', async () => {
  const thread = startJiebaThread();
  const seg = await thread.ready;
  await thread.stop();
  assert.throws(() => seg.cut('稳就业'), /stopped/);
});
