// Files a repository supplies, laid out as an attacker would: symlinks to devices and to files
// outside the workspace, FIFOs, loops, directories named like files, files too large. readSafely
// refuses each without blocking or reading much; writeSafely never writes outside the folder nor
// through a symlink. And the strict reading of the accepted list that the client rewrites.
// Each case works in a fresh temporary folder (`ws` is the workspace, `outside` is beside it), removed afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSafely, writeSafely } from '../../src/engine/io/safeFile';
import { parseAccepted, readAcceptedList } from '../../src/engine/accepted';

const posix = process.platform !== 'win32';
const MB = 1024 * 1024;

function withFolders(fn: (ws: string, outside: string) => void): void {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-safefile-'));
  try {
    const ws = path.join(base, 'ws');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(ws);
    fs.mkdirSync(outside);
    fn(ws, outside);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

/**
 * readSafely in a child process with a deadline: a read that blocks (a FIFO opened without
 * O_NONBLOCK) or runs away (/dev/zero) would hang this process, where no timer could end it.
 */
function readInChild(file: string, root?: string): { ok: boolean; reason?: string; ms: number } {
  const mod = path.join(__dirname, '..', '..', 'src', 'engine', 'io', 'safeFile.js');
  const script = `const s = require(process.argv[1]);
const r = s.readSafely(process.argv[2], { maxBytes: ${MB}, root: process.argv[3] || undefined });
process.stdout.write(JSON.stringify({ ok: r.ok, reason: r.reason }));`;
  const started = Date.now();
  const res = spawnSync(process.execPath, ['-e', script, mod, file, root ?? ''], { encoding: 'utf8', timeout: 10_000 });
  const ms = Date.now() - started;
  assert.equal(res.error, undefined, `the read finished (it took ${ms} ms): ${res.error}`);
  assert.equal(res.status, 0, `the child exited cleanly: ${res.stderr}`);
  return { ...JSON.parse(res.stdout), ms };
}

test('readSafely: a symlink to /dev/zero is refused at once, never read', { skip: !posix || !fs.existsSync('/dev/zero') }, () => {
  withFolders((ws) => {
    const link = path.join(ws, 'accepted.json');
    fs.symlinkSync('/dev/zero', link);
    const rooted = readInChild(link, ws);
    assert.equal(rooted.ok, false);
    assert.ok(rooted.reason === 'outside' || rooted.reason === 'not-a-file', `refused as ${rooted.reason}`);
    assert.ok(rooted.ms < 5000, `quickly (${rooted.ms} ms)`);
    // Without a root the symlink itself is refused (O_NOFOLLOW), and the device as such is not a file.
    assert.deepEqual({ ...readInChild(link), ms: 0 }, { ok: false, reason: 'symlink', ms: 0 });
    assert.deepEqual({ ...readInChild('/dev/zero'), ms: 0 }, { ok: false, reason: 'not-a-file', ms: 0 });
  });
});

test('readSafely: a FIFO is refused without waiting for a writer', { skip: !posix }, () => {
  withFolders((ws) => {
    const fifo = path.join(ws, 'accepted.json');
    execFileSync('mkfifo', [fifo]);
    for (const root of [ws, undefined]) {
      const r = readInChild(fifo, root);
      assert.equal(r.ok, false);
      assert.equal(r.reason, 'not-a-file', `root ${root}`);
      assert.ok(r.ms < 5000, `without blocking (${r.ms} ms)`);
    }
  });
});

test('readSafely: a symlink loop is refused', { skip: !posix }, () => {
  withFolders((ws) => {
    fs.symlinkSync('b', path.join(ws, 'a'));
    fs.symlinkSync('a', path.join(ws, 'b'));
    for (const root of [ws, undefined]) {
      const r = readSafely(path.join(ws, 'a'), { maxBytes: MB, root });
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.reason, 'symlink', `root ${root}`);
    }
  });
});

test('readSafely: a directory named x.txt is not a file', () => {
  withFolders((ws) => {
    fs.mkdirSync(path.join(ws, 'x.txt'));
    for (const root of [ws, undefined]) assert.deepEqual(readSafely(path.join(ws, 'x.txt'), { maxBytes: MB, root }), { ok: false, reason: 'not-a-file' });
  });
});

test('readSafely: a file over the cap is too large, or its first bytes with truncate', () => {
  withFolders((ws) => {
    const file = path.join(ws, 'big.txt');
    fs.writeFileSync(file, Buffer.alloc(3000, 'a'));
    assert.deepEqual(readSafely(file, { maxBytes: 1000, root: ws }), { ok: false, reason: 'too-large' });
    const cut = readSafely(file, { maxBytes: 1000, root: ws, truncate: true });
    assert.ok(cut.ok);
    if (cut.ok) {
      assert.equal(cut.bytes.length, 1000);
      assert.equal(cut.size, 3000);
      assert.equal(cut.truncated, true);
    }
    // Exactly at the cap is fine.
    const whole = readSafely(file, { maxBytes: 3000, root: ws });
    assert.ok(whole.ok && whole.bytes.length === 3000 && !whole.truncated);
  });
});

test('readSafely: a symlink out of the root is refused as outside; so is a path with ..', { skip: !posix }, () => {
  withFolders((ws, outside) => {
    const secret = path.join(outside, 'secret.txt');
    fs.writeFileSync(secret, 'secret');
    fs.symlinkSync(secret, path.join(ws, 'accepted.json'));
    assert.deepEqual(readSafely(path.join(ws, 'accepted.json'), { maxBytes: MB, root: ws }), { ok: false, reason: 'outside' });
    // A folder on the way that leads out counts as well.
    fs.symlinkSync(outside, path.join(ws, '.newsprint'));
    assert.deepEqual(readSafely(path.join(ws, '.newsprint', 'secret.txt'), { maxBytes: MB, root: ws }), { ok: false, reason: 'outside' });
    assert.deepEqual(readSafely(path.join('..', 'outside', 'secret.txt'), { maxBytes: MB, root: ws }), { ok: false, reason: 'outside' });
  });
});

test('readSafely: a symlink inside the root to a regular file inside is read; a missing file is missing', { skip: !posix }, () => {
  withFolders((ws) => {
    fs.mkdirSync(path.join(ws, 'real'));
    fs.writeFileSync(path.join(ws, 'real', 'list.json'), '{"accepted":[]}');
    fs.symlinkSync(path.join('real', 'list.json'), path.join(ws, 'accepted.json'));
    const r = readSafely(path.join(ws, 'accepted.json'), { maxBytes: MB, root: ws });
    assert.ok(r.ok, JSON.stringify(r));
    if (r.ok) assert.equal(r.bytes.toString('utf8'), '{"accepted":[]}');
    const gone = readSafely(path.join(ws, 'nothing.json'), { maxBytes: MB, root: ws });
    assert.equal(gone.ok, false);
    if (!gone.ok) assert.equal(gone.reason, 'missing');
  });
});

test('readSafely: a name that merely starts with two dots is inside the root', () => {
  withFolders((ws) => {
    fs.writeFileSync(path.join(ws, '..notes'), 'inside');
    const r = readSafely(path.join(ws, '..notes'), { maxBytes: MB, root: ws });
    assert.ok(r.ok && r.bytes.toString('utf8') === 'inside', JSON.stringify(r));
  });
});

test('writeSafely: a target that is a symlink to a file outside is refused; the outside file is untouched', { skip: !posix }, () => {
  withFolders((ws, outside) => {
    const bashrc = path.join(outside, '.bashrc');
    fs.writeFileSync(bashrc, 'export PATH=/usr/bin\n');
    fs.mkdirSync(path.join(ws, '.newsprint'));
    const link = path.join(ws, '.newsprint', 'accepted.json');
    fs.symlinkSync(bashrc, link);
    const r = writeSafely(ws, path.join('.newsprint', 'accepted.json'), '{"version":1,"accepted":[]}\n');
    assert.deepEqual(r, { ok: false, reason: 'symlink' });
    assert.equal(fs.readFileSync(bashrc, 'utf8'), 'export PATH=/usr/bin\n');
    assert.equal(fs.readlinkSync(link), bashrc, 'the link is left as it was');
    assert.deepEqual(fs.readdirSync(path.join(ws, '.newsprint')), ['accepted.json'], 'no temporary file left');
  });
});

test('writeSafely: .newsprint being a symlink to a folder outside is refused; nothing is written there', { skip: !posix }, () => {
  withFolders((ws, outside) => {
    fs.symlinkSync(outside, path.join(ws, '.newsprint'));
    const r = writeSafely(ws, path.join('.newsprint', 'accepted.json'), '{}');
    assert.deepEqual(r, { ok: false, reason: 'symlink' });
    assert.deepEqual(fs.readdirSync(outside), []);
  });
});

test('writeSafely: a path out of the root, or a target that is a directory or a FIFO, is refused', { skip: !posix }, () => {
  withFolders((ws, outside) => {
    assert.deepEqual(writeSafely(ws, path.join('..', 'outside', 'x.json'), '{}'), { ok: false, reason: 'outside' });
    assert.deepEqual(fs.readdirSync(outside), []);
    fs.mkdirSync(path.join(ws, 'dir.json'));
    assert.deepEqual(writeSafely(ws, 'dir.json', '{}'), { ok: false, reason: 'not-a-file' });
    execFileSync('mkfifo', [path.join(ws, 'fifo.json')]);
    assert.deepEqual(writeSafely(ws, 'fifo.json', '{}'), { ok: false, reason: 'not-a-file' });
    // A file where a folder must be.
    fs.writeFileSync(path.join(ws, '.newsprint'), '');
    assert.deepEqual(writeSafely(ws, path.join('.newsprint', 'accepted.json'), '{}'), { ok: false, reason: 'not-a-file' });
  });
});

test('writeSafely: creates .newsprint/accepted.json, replaces it, and leaves no temporary file', () => {
  withFolders((ws) => {
    const rel = path.join('.newsprint', 'accepted.json');
    const file = path.join(ws, rel);
    assert.deepEqual(writeSafely(ws, rel, 'first\n'), { ok: true });
    assert.equal(fs.readFileSync(file, 'utf8'), 'first\n');
    assert.deepEqual(writeSafely(ws, rel, Buffer.from('second, longer than the first\n')), { ok: true });
    assert.equal(fs.readFileSync(file, 'utf8'), 'second, longer than the first\n');
    assert.deepEqual(writeSafely(ws, rel, ''), { ok: true });
    assert.equal(fs.readFileSync(file, 'utf8'), '');
    assert.deepEqual(fs.readdirSync(path.join(ws, '.newsprint')), ['accepted.json']);
    assert.ok(fs.lstatSync(file).isFile());
  });
});

test('readAcceptedList: a malformed list is a problem named in plain words; a valid one is read whole', () => {
  const bad: [string, RegExp][] = [
    ['{"accepted":[null]}', /entry 1\b/],
    ['not json', /not valid JSON/],
    ['', /not valid JSON/],
    ['{"accepted":{}}', /"accepted".*not a list/],
    ['{"version":1}', /"accepted".*missing/],
    ['[]', /not a JSON object/],
    ['null', /not a JSON object/],
    ['{"version":2,"accepted":[]}', /version/],
    ['{"accepted":[{"file":"a.txt","key":"k"},{"file":"b.txt"}]}', /entry 2\b/],
    ['{"accepted":[{"file":1,"key":"k"}]}', /entry 1\b/],
    ['{"accepted":[["a.txt","k"]]}', /entry 1\b/],
  ];
  for (const [json, problem] of bad) {
    const r = readAcceptedList(json);
    assert.equal(r.ok, false, json);
    if (!r.ok) assert.match(r.problem, problem, json);
  }
  // The problem never quotes the file (which might hold anything).
  const secret = readAcceptedList('{"accepted": [TOKEN-12345]}');
  assert.ok(!secret.ok && !secret.problem.includes('TOKEN'), JSON.stringify(secret));
  // Bytes that are not UTF-8 are a problem too, not replacement characters written back later.
  const latin1 = readAcceptedList(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
  assert.ok(!latin1.ok && /UTF-8/.test(latin1.problem));

  const entries = [
    { file: '000.txt', rule: 'NP102', key: 'NP102:abc', text: '就业', acceptedAt: '2025-01-01T00:00:00.000Z' },
    { file: 'sub/001.txt', rule: 'NP401', key: 'NP401:def', text: ',', note: 'kept as written' },
  ];
  const json = JSON.stringify({ version: 1, accepted: entries }, null, 2);
  assert.deepEqual(readAcceptedList(json), { ok: true, entries });
  assert.deepEqual(readAcceptedList(new TextEncoder().encode(json)), { ok: true, entries });
  assert.deepEqual(readAcceptedList('\uFEFF' + json), { ok: true, entries }, 'a byte order mark is allowed');
  assert.deepEqual(readAcceptedList('{"accepted":[]}'), { ok: true, entries: [] });
});

test('parseAccepted stays lenient: bad entries are skipped, bad files are empty', () => {
  assert.deepEqual(parseAccepted('{"accepted":[null,{"file":"a.txt","key":"k","rule":"NP1","text":"x"}]}'), [{ file: 'a.txt', key: 'k', rule: 'NP1', text: 'x' }]);
  assert.deepEqual(parseAccepted('not json'), []);
  assert.deepEqual(parseAccepted('{"accepted":{}}'), []);
});
