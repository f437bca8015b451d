// The accepted-findings list as a hostile or damaged repository leaves it: Accept never writes
// through a symlink out of the workspace, and never replaces a list it cannot read (which would drop
// every earlier acceptance); Manage Accepted Findings says so instead of throwing. Runs in the
// trusted editor (in Restricted Mode nothing is written anyway). The workspace is the seeds folder
// itself: whatever `.newsprint/` held before is put back exactly, and removed if it was not there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, setup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, seedPath } from './helpers';

const SEED = '000_024af6bbebe0fcb3.txt';

type Saved = { kind: 'none' } | { kind: 'file'; bytes: Buffer; mode: number } | { kind: 'link'; target: string };

function snapshot(file: string): Saved | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return { kind: 'none' };
  }
  if (st.isSymbolicLink()) return { kind: 'link', target: fs.readlinkSync(file) };
  if (st.isFile()) return { kind: 'file', bytes: fs.readFileSync(file), mode: st.mode & 0o7777 };
  return undefined; // something this suite would not know how to put back
}

function restore(file: string, saved: Saved): void {
  fs.rmSync(file, { force: true });
  if (saved.kind === 'file') {
    fs.writeFileSync(file, saved.bytes);
    fs.chmodSync(file, saved.mode);
  } else if (saved.kind === 'link') fs.symlinkSync(saved.target, file);
}

/** Fails instead of hanging when a command waits on something (a QuickPick left open, say). */
async function within<T>(what: string, ms: number, work: Thenable<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([Promise.resolve(work), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

suite('accepted list on disk', function () {
  let folder = '';
  let dir = '';
  let list = '';
  let hadDir = false;
  let saved: Saved | undefined;
  let outside = '';
  const uri = () => vscode.Uri.file(seedPath(SEED));
  const accept = (key: string) => vscode.commands.executeCommand('newsprint.acceptFinding', { uri: uri().toString(), rule: 'NP401', key, text: ',' });

  suiteSetup(async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    await activateExtension();
    const ws = vscode.workspace.getWorkspaceFolder(uri());
    assert.ok(ws, 'the seed is in the workspace folder');
    folder = ws.uri.fsPath;
    dir = path.join(folder, '.newsprint');
    list = path.join(dir, 'accepted.json');
    hadDir = fs.existsSync(dir);
    if (hadDir && !fs.lstatSync(dir).isDirectory()) this.skip(); // not ours to move aside
    saved = snapshot(list);
    if (!saved) this.skip();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-outside-'));
  });

  setup(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(list, { force: true });
  });

  suiteTeardown(() => {
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
    if (!dir || !saved) return;
    if (!hadDir) fs.rmSync(dir, { recursive: true, force: true });
    else restore(list, saved);
  });

  test('accepted.json as a symlink to a file outside the workspace: Accept returns false, the file is untouched', async () => {
    const bashrc = path.join(outside, '.bashrc');
    const content = Buffer.from('# a file outside the workspace\nexport PATH="$HOME/bin:$PATH"\n');
    fs.writeFileSync(bashrc, content);
    fs.symlinkSync(bashrc, list);
    assert.equal(await within('Accept', 10_000, accept('symlink-test')), false);
    assert.deepEqual(fs.readFileSync(bashrc), content, 'the outside file is byte-identical');
    assert.ok(fs.lstatSync(list).isSymbolicLink(), 'the link was not replaced');
    assert.equal(fs.readlinkSync(list), bashrc);
    assert.deepEqual(fs.readdirSync(dir), ['accepted.json'], 'no temporary file left in .newsprint');
    assert.deepEqual(fs.readdirSync(outside), ['.bashrc'], 'nothing else written outside');
  });

  test('.newsprint as a symlink to a folder outside: Accept returns false and writes nothing there', async function () {
    if (hadDir) this.skip(); // the folder that exists stays where it is
    fs.rmSync(dir, { recursive: true, force: true });
    const target = path.join(outside, 'newsprint');
    fs.mkdirSync(target);
    fs.symlinkSync(target, dir);
    try {
      assert.equal(await within('Accept', 10_000, accept('folder-link-test')), false);
      assert.deepEqual(fs.readdirSync(target), [], 'nothing written through the link');
    } finally {
      fs.rmSync(dir, { force: true });
    }
  });

  for (const malformed of ['{"accepted":[null]}', 'not json']) {
    test(`a malformed list (${malformed}): Accept and Undo return false, and the file stays byte-identical`, async () => {
      fs.writeFileSync(list, malformed);
      assert.equal(await within('Accept', 10_000, accept('malformed-test')), false);
      assert.equal(fs.readFileSync(list, 'utf8'), malformed);
      assert.equal(await within('Undo', 10_000, vscode.commands.executeCommand('newsprint.unacceptFinding', SEED, 'malformed-test')), false);
      assert.equal(fs.readFileSync(list, 'utf8'), malformed);
      assert.deepEqual(fs.readdirSync(dir), ['accepted.json'], 'no temporary file left in .newsprint');
    });
  }

  test('Manage Accepted Findings on a malformed list does not throw, and leaves the file as it is', async () => {
    for (const malformed of ['{"accepted":[null]}', 'not json', '{"accepted":{}}']) {
      fs.writeFileSync(list, malformed);
      await within('Manage Accepted Findings', 10_000, vscode.commands.executeCommand('newsprint.manageAccepted'));
      assert.equal(fs.readFileSync(list, 'utf8'), malformed);
    }
  });
});
