// npm test: every test the project has, in order of cost, with one closing line
// "N passed, N failed" over all of them. Exits non-zero when anything failed or nothing ran.
//   node scripts/test.mjs [--skip-vscode]   (--skip-vscode: leave out the in-editor suites, the VSIX's too)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipVscode = process.argv.includes('--skip-vscode') || process.env.NEWSPRINT_SKIP_VSCODE === '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(label, cmd, args, { tee = true } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    process.stdout.write(`\n=== ${label}\n`);
    const child = spawn(cmd, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk, stream) => {
      out += chunk;
      if (tee) stream.write(chunk);
    };
    child.stdout.on('data', (c) => onData(c, process.stdout));
    child.stderr.on('data', (c) => onData(c, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }));
  });
}

function testFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.test.js')) found.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found.sort();
}

const results = [];
const record = (name, passed, failed, code, seconds) => results.push({ name, passed, failed, code, seconds });

// 1. Build and type-check (tsc emits the tests to out/).
for (const [label, script] of [
  ['build', 'build'],
  ['type-check and compile tests', 'compile-tests'],
]) {
  const r = await run(label, npm, ['run', '--silent', script]);
  if (r.code !== 0) {
    record(label, 0, 1, r.code, r.seconds);
    finish();
  }
}

// 1b. Lint (ESLint with type information) and formatting (Prettier): `npm run format` repairs what it can.
{
  const r = await run('lint and formatting (eslint, prettier)', npm, ['run', '--silent', 'lint']);
  record('lint', r.code === 0 ? 1 : 0, r.code === 0 ? 0 : 1, r.code, r.seconds);
}

// 2. Engine, protocol and CLI tests with node:test.
{
  const tap = path.join(os.tmpdir(), `newsprint-tap-${process.pid}.txt`);
  const files = testFiles(path.join(root, 'out', 'server', 'test'));
  const r = await run('engine, protocol and CLI tests (node:test)', process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  // A cancelled test (one that never finished) counts as failed.
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? (r.code === 0 ? 0 : 1)) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
  record('node:test', pass, fail, r.code, r.seconds);
}

// 3. Grammar tests.
{
  const r = await run('grammar tests (vscode-tmgrammar-test)', npm, ['run', '--silent', 'test:grammar']);
  const counts = grammarCounts(r.out);
  record('grammar', counts.passed, counts.failed || (r.code === 0 ? 0 : 1), r.code, r.seconds);
}

// 3b. The language server in Neovim and Emacs (eglot), as their users configure it.
{
  const r = await run('other editors (Neovim, Emacs with eglot)', process.execPath, [path.join(root, 'scripts', 'editors', 'run.mjs')]);
  // The last closing line is the runner's; each editor prints its own before it.
  const m = [...r.out.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  record('editors', Number(m?.[1] ?? 0), m ? Number(m[2]) || (r.code === 0 ? 0 : 1) : 1, r.code, r.seconds);
}

// 4. The extension inside a real VS Code.
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
if (!skipVscode && pkg.scripts['test:vscode']) {
  const r = await run('in-editor tests (real VS Code)', npm, ['run', '--silent', 'test:vscode']);
  // One closing line per editor run (trusted, then Restricted Mode): add them up.
  const runs = [...r.out.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)];
  const passed = runs.reduce((n, m) => n + Number(m[1]), 0);
  const failed = runs.reduce((n, m) => n + Number(m[2]), 0);
  record('vscode', passed, runs.length ? failed || (r.code === 0 ? 0 : 1) : r.code === 0 ? 0 : 1, r.code, r.seconds);
}

// 5. The packaged extension (VSIX) installed into VS Code, as users get it; 6. a scripted `npm start`
// session that applies Fix All and leaves the repository as it was.
for (const [name, label, script] of [
  ['vsix', 'packaged extension (VSIX installed in real VS Code)', 'test:vsix'],
  ['npm start', 'a scripted npm start session (Fix All, then git status)', 'test:start'],
]) {
  if (skipVscode || !pkg.scripts[script]) continue;
  const r = await run(label, npm, ['run', '--silent', script]);
  const m = /^(\d+) passed, (\d+) failed/m.exec(r.out);
  record(name, Number(m?.[1] ?? 0), m ? Number(m[2]) || (r.code === 0 ? 0 : 1) : 1, r.code, r.seconds);
}

finish();

function grammarCounts(out) {
  // vscode-tmgrammar-test prints one line per test file: "✓ file" or "✖ file" followed by failures.
  const passed = (out.match(/^\s*✓/gm) ?? []).length;
  const failed = (out.match(/^\s*✖/gm) ?? []).length;
  return { passed, failed };
}

function finish() {
  console.log('\n=== summary');
  for (const r of results) console.log(`${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  exit ${r.code}  ${r.seconds.toFixed(1)} s`);
  const passed = results.reduce((a, r) => a + r.passed, 0);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  const bad = failed > 0 || passed === 0 || results.some((r) => r.code !== 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(bad ? 1 : 0);
}
