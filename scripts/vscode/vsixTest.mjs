// `npm run test:vsix`: the extension as users get it. Packages this machine's VSIX
// (scripts/package.mjs), installs it into a fresh code-server with `--install-extension`, opens a
// scratch copy of seed 004 and runs client/src/test/vsix/index.ts in the extension host: the
// installed extension must review the page with jieba ready. Nothing is written to the repository
// but artifacts/ (the VSIX); the state and the workspace are temporary and removed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExtensionTests } from './testRun.mjs';
import { ensureTools, ROOT } from './tools.mjs';

const SEED = '004_a8687385b6048fb3.txt';

function say(line) {
  process.stderr.write(`[vsix] ${line}\n`);
}

/** Runs `cmd`, and on failure prints its output and returns undefined; its stdout otherwise. */
function step(what, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0) return r.stdout;
  say(`${what} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return undefined;
}

async function main() {
  const packaged = step('npm run package', process.execPath, [path.join(ROOT, 'scripts', 'package.mjs')]);
  const vsix = /package: (\S+\.vsix)/.exec(packaged ?? '')?.[1];
  if (!vsix) return fail();
  say(`built ${vsix}`);

  const tools = await ensureTools();
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-vsix-state-'));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-vsix-workspace-'));
  try {
    // Pages anywhere in the folder, as a newsroom's would be: the setting names them.
    fs.copyFileSync(path.join(ROOT, 'seeds', SEED), path.join(workspace, SEED));
    fs.mkdirSync(path.join(workspace, '.vscode'));
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'newsprint.files': ['**/*.txt'] }, null, 2)}\n`);
    // The same folders startCodeServer() uses for a given state dir.
    const installed = step('code-server --install-extension', tools.node, [
      tools.codeServerEntry,
      '--user-data-dir',
      path.join(state, 'user-data'),
      '--extensions-dir',
      path.join(state, 'extensions'),
      '--install-extension',
      path.join(ROOT, vsix),
    ]);
    if (installed === undefined) return fail();
    say(installed.trim().split('\n').pop());
    const code = await runExtensionTests({
      workspace,
      stateDir: state,
      extensionDevelopmentPath: path.join(ROOT, 'client', 'src', 'test', 'vsix', 'probe'),
      extensionTestsPath: path.join(ROOT, 'out', 'client', 'src', 'test', 'vsix', 'index.js'),
      timeoutMs: 5 * 60_000,
      verbose: process.env.NEWSPRINT_VSCODE_VERBOSE === '1',
    });
    process.exitCode = code;
  } finally {
    fs.rmSync(state, { recursive: true, force: true, maxRetries: 3 });
    fs.rmSync(workspace, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A failure before the editor ran: the closing line the test runner reads, and a non-zero exit. */
function fail() {
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}

await main();
