// A stand-in for the `code` executable, for @vscode/test-electron's
// runTests({ vscodeExecutablePath }): it takes the arguments runTests passes and runs the suite
// in code-server + headless Chromium instead of the Electron VS Code this machine cannot download.
//   code [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [ignored flags...]
// Prints the suite's output (mocha's reporter, ending with "N passed, N failed") and exits with
// the code the suite reported.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runExtensionTests } from './testRun.mjs';
import { VERSIONS } from './tools.mjs';

const { devPaths, testsPath, folders } = parseArgs(process.argv.slice(2));

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  console.log(`${VERSIONS.vscode}\ncode-server ${VERSIONS.codeServer}\nx64`);
  process.exit(0);
}
if (!testsPath || devPaths.length === 0) {
  console.error('usage: code [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  console.error('(this launcher only runs extension tests; `npm start` opens the editor)');
  process.exit(2);
}
if (devPaths.length > 1) console.error(`[vscode] only the first extensionDevelopmentPath is loaded: ${devPaths[0]}`);

const code = await runExtensionTests({
  workspace: folders[0] ?? process.cwd(),
  extensionDevelopmentPath: devPaths[0],
  extensionTestsPath: testsPath,
  timeoutMs: (Number(process.env.NEWSPRINT_VSCODE_TIMEOUT_S) || 420) * 1000,
  verbose: process.env.NEWSPRINT_VSCODE_VERBOSE === '1',
  // The second run of `npm run test:vscode`: an untrusted workspace (Restricted Mode).
  restricted: process.env.NEWSPRINT_VSCODE_RESTRICTED === '1',
});
process.exit(code);

/**
 * Keeps what matters here and ignores the rest of `code`'s flags (--no-sandbox,
 * --disable-extensions, --user-data-dir=..., and so on: the launcher always starts code-server
 * with fresh private state and no other extensions).
 */
function parseArgs(argv) {
  const devPaths = [];
  let testsPath;
  const folders = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [undefined, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') devPaths.push(path.resolve(value()));
    else if (flag === '--extensionTestsPath') testsPath = path.resolve(value());
    else if (flag) continue;
    else if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) folders.push(path.resolve(arg));
  }
  return { devPaths, testsPath: testsPath && resolveModule(testsPath), folders };
}

function splitFlag(arg) {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** VS Code accepts a tests path without ".js" (or a folder with index.js); the URL needs the file. */
function resolveModule(p) {
  for (const candidate of [p, `${p}.js`, path.join(p, 'index.js')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return p;
}
