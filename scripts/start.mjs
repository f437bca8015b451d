// `npm start`: VS Code (code-server) on a fresh copy of seeds/ with this extension loaded from the
// working tree, served on this machine for a browser. Runs until Ctrl+C.
//   node scripts/start.mjs [--port N] [folder]     (or NEWSPRINT_PORT=N; default 8080)
// The port is bound on 127.0.0.1 only: the editor runs without a password. The samples are copied
// to .cache/demo/seeds/ at every start: the web workbench saves edits on its own (files.autoSave),
// and a demo's Fix All must not rewrite the repository's samples, which the tests read.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ROOT, ensureTools } from './vscode/tools.mjs';
import { startCodeServer } from './vscode/codeServer.mjs';
import { workbenchUrl } from './vscode/workbench.mjs';

const HOST = '127.0.0.1';
const { port: wanted, folder: asked } = parseArgs(process.argv.slice(2));
const demo = !asked;
const folder = asked ?? demoCopy();

const tools = await ensureTools();
const port = await freePort(wanted);
if (port !== wanted) console.log(`port ${wanted} is busy; using ${port}`);

// Kept between runs so that layout and settings survive a restart; never the user's own.
const stateDir = path.join(ROOT, '.cache', 'vscode-state');
const server = await startCodeServer({ tools, workspace: folder, host: HOST, port, stateDir });

// Without the payload a browser opens a plain editor: the dev extension is loaded only when the
// URL names it (extensionDevelopmentPath), so this is the URL to open.
const url = workbenchUrl({ origin: server.origin, workspace: folder, extensionDevelopmentPath: ROOT });
console.log(`
Newsprint Review in VS Code (code-server) is running. Open this URL in a browser:

  ${url}

Folder: ${folder}${demo ? ' (a fresh copy of seeds/ made for this session: edits land here, never in the repository)' : ''}
After rebuilding (npm run build), reload the browser tab. Ctrl+C stops the editor.`);

let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(code);
};
// A requested stop is a success: npm would otherwise report Ctrl+C as a failed script.
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
const exitCode = await server.exited;
if (!stopping) {
  console.error(`code-server stopped by itself (exit ${exitCode}); its log ends:\n${server.logTail()}`);
  await stop(1);
}

function parseArgs(argv) {
  let port = Number(process.env.NEWSPRINT_PORT) || 8080;
  let folder;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) port = Number(arg.slice('--port='.length));
    else if (!arg.startsWith('-')) folder = path.resolve(arg);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port: ${port}`);
  if (folder && !fs.existsSync(folder)) throw new Error(`no such folder: ${folder}`);
  return { port, folder };
}

/** seeds/ copied afresh to .cache/demo/seeds/ (the folder keeps the name, so `newsprint.files`' default takes it in). */
function demoCopy() {
  const copy = path.join(ROOT, '.cache', 'demo', 'seeds');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.mkdirSync(copy, { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'seeds'))) {
    if (name.endsWith('.txt')) fs.copyFileSync(path.join(ROOT, 'seeds', name), path.join(copy, name));
  }
  return copy;
}

/** `port` if nothing listens there, else the next free one of the following 20, else any. */
async function freePort(port) {
  if (port === 0) return 0;
  for (let p = port; p < port + 20 && p <= 65535; p++) if (await canListen(p)) return p;
  return 0;
}

function canListen(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}
