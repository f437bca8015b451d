// `npm run test:editors`: the language server in editors other than VS Code, as their users set it
// up. Debian's Neovim 0.7.2 (headless, scripts/editors/nvim/) and Emacs 28 with Debian's eglot 1.9
// (batch, scripts/editors/emacs/) each load the configuration the README quotes, open seed 003 in a
// scratch copy of seeds/, and check: diagnostics appear, a quick fix applies on a CJK line (Neovim
// 0.7 echoes byte columns), fix-all applies, the 000/003 reprint carries its related location, and
// nothing offered names a command the client cannot run. Missing Debian packages are installed
// (root or sudo -n). Nothing is written to the repository. Ends with "N passed, N failed".
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDebianPackages, ROOT } from '../vscode/tools.mjs';

const HERE = path.join(ROOT, 'scripts', 'editors');
const SERVER = path.join(ROOT, 'server', 'dist', 'server.js');
// One editor's whole run; a hang is reported as a failure, never waited out by CI.
const EDITOR_MS = 180_000;

const EDITORS = [
  { name: 'Neovim', cmd: 'nvim', args: ['--headless', '-n', '-i', 'NONE', '-u', path.join(HERE, 'nvim', 'check.lua')] },
  { name: 'Emacs (eglot)', cmd: 'emacs', args: ['-Q', '--batch', '-l', path.join(HERE, 'emacs', 'check.el')] },
];

/** Runs one editor's check, echoing its lines; resolves with its pass/fail counts. */
function runEditor(editor, env) {
  return new Promise((resolve) => {
    process.stdout.write(`${editor.name}\n`);
    const child = spawn(editor.cmd, editor.args, { cwd: env.NEWSPRINT_WORKSPACE, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      process.stdout.write(c);
    });
    child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
    const timer = setTimeout(() => {
      err += `\n(killed after ${EDITOR_MS / 1000} s)`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, EDITOR_MS);
    const done = (code) => {
      clearTimeout(timer);
      const passed = (out.match(/^\s*✔/gm) ?? []).length;
      let failed = (out.match(/^\s*✖/gm) ?? []).length;
      // An editor that died or printed nothing is a failure even without a ✖ line.
      if (code !== 0 && failed === 0) failed = 1;
      if (passed + failed === 0) failed = 1;
      if (code !== 0) process.stdout.write(`  ${editor.name} exited with ${code}${err.trim() ? `:\n${indent(err.trim())}` : ''}\n`);
      resolve({ passed, failed });
    };
    child.once('error', (e) => {
      err += String(e);
      done(127);
    });
    child.once('close', (code) => done(code ?? 1));
  });
}

const indent = (text) =>
  text
    .split('\n')
    .slice(-20)
    .map((l) => `    ${l}`)
    .join('\n');

async function main() {
  if (!fs.existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing: npm run build first`);
  await ensureDebianPackages(['neovim', 'emacs-nox', 'elpa-eglot'], (line) => process.stderr.write(`${line}\n`));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-editors-'));
  let passed = 0;
  let failed = 0;
  try {
    for (const editor of EDITORS) {
      // A fresh copy for each editor: the checks edit the buffer (never saving), and one editor's
      // crash must not leave the other a changed file.
      const ws = path.join(workspace, editor.cmd);
      fs.mkdirSync(path.join(ws, 'seeds'), { recursive: true });
      for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) {
        if (f.endsWith('.txt')) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(ws, 'seeds', f));
      }
      const env = { ...process.env, NEWSPRINT_NODE: process.execPath, NEWSPRINT_SERVER: SERVER, NEWSPRINT_WORKSPACE: ws, HOME: ws };
      const r = await runEditor(editor, env);
      passed += r.passed;
      failed += r.failed;
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.log(`  ✖ ${e instanceof Error ? e.message : e}\n0 passed, 1 failed`);
  process.exitCode = 1;
});
