// `npm run test:vscode`: the standard @vscode/test-electron entry point.
//
// By default (here and in CI) VS Code is code-server driven by headless Chromium through
// scripts/vscode/code, a launcher that takes the arguments test-electron passes to `code`: the
// machines reach only the npm registry and Debian, not VS Code's download servers.
// On a desktop with internet, NEWSPRINT_DESKTOP_VSCODE=1 (or a version such as "stable" or
// "1.139.1") makes test-electron download and run the Electron VS Code instead.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // out/client/src/test -> repository root
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  const workspace = path.join(root, 'seeds');
  const desktop = process.env.NEWSPRINT_DESKTOP_VSCODE;

  const run = (extensionTestsEnv?: Record<string, string>) =>
    runTests({
      ...(desktop ? { version: desktop === '1' || desktop === 'true' ? undefined : desktop } : { vscodeExecutablePath: path.join(root, 'scripts', 'vscode', 'code') }),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      // Other installed extensions must not take part (the launcher starts with none anyway).
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv,
    });
  const trusted = await run();
  // A second editor with the folder untrusted, for the Restricted Mode suite alone (code-server only:
  // test-electron's desktop run always disables workspace trust, and the suite skips itself there).
  const restricted = desktop ? 0 : await run({ NEWSPRINT_VSCODE_RESTRICTED: '1', NEWSPRINT_TEST_GREP: '^restricted ' });
  process.exit(trusted || restricted);
}

main().catch((err: unknown) => {
  // test-electron rejects on a non-zero exit; the suite already printed its closing line.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
