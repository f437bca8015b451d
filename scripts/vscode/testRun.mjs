// One extension test run in a real VS Code: code-server + headless Chromium, with the suite's
// console output (mocha's reporter) forwarded and the exit code the suite's runner reports.
import { ensureTools } from './tools.mjs';
import { startCodeServer } from './codeServer.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './workbench.mjs';
import { createLogFilter } from './logFilter.mjs';

/**
 * @param {object} o
 * @param {string} o.workspace folder to open
 * @param {string} o.extensionDevelopmentPath
 * @param {string} o.extensionTestsPath the compiled suite index (its run() is called)
 * @param {number} [o.timeoutMs] bounds the run from the workbench opening to the exit code
 * @param {boolean} [o.verbose] forward every workbench log line, unfiltered
 * @param {boolean} [o.restricted] open the folder untrusted (Restricted Mode)
 * @param {string} [o.stateDir] code-server's state (user data, extensions), kept: one with an extension installed; a fresh temporary one when absent
 * @param {(line: string) => void} [o.out] where the suite's output goes
 * @param {(line: string) => void} [o.note] where the launcher's own messages go
 * @returns {Promise<number>} the exit code
 */
export async function runExtensionTests({
  workspace,
  extensionDevelopmentPath,
  extensionTestsPath,
  timeoutMs = 7 * 60_000,
  verbose = false,
  restricted = false,
  stateDir,
  out = (line) => process.stdout.write(`${line}\n`),
  note = (line) => process.stderr.write(`${line}\n`),
}) {
  const started = Date.now();
  const cleanups = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
  };
  // Ctrl+C (test-electron forwards it as SIGINT) must still stop code-server's process group.
  const onSignal = (signal) => {
    void cleanup().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const filter = createLogFilter({ verbose });
  let sawClosingLine = false;
  const emit = (line) => {
    if (/^\d+ passed, \d+ failed$/.test(line)) sawClosingLine = true;
    out(line);
  };

  try {
    const tools = await ensureTools();
    // Auto-save off (the web workbench saves on its own by default): a test's edit to a seed must
    // stay in the editor, to be reverted or undone, never written to the repository's samples.
    const settings = { 'files.autoSave': 'off' };
    const server = await startCodeServer({ tools, workspace, restricted, stateDir, settings, onLog: (l) => verbose && note(`[code-server] ${l}`) });
    cleanups.push(server.stop);
    const browser = await launchBrowser(tools);
    cleanups.push(() => browser.close());

    let finished = false;
    const code = await new Promise((resolve) => {
      const done = (code) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        resolve(code);
      };
      const timer = setTimeout(() => {
        note(`[vscode] no exit code from VS Code within ${timeoutMs / 1000} s; code-server's log ends:\n${server.logTail()}`);
        done(1);
      }, timeoutMs);
      void server.exited.then((c) => {
        if (finished) return; // stopped by us, after the run
        note(`[vscode] code-server exited (${c}) during the run; its log ends:\n${server.logTail()}`);
        done(1);
      });
      const url = workbenchUrl({ origin: server.origin, workspace, extensionDevelopmentPath, extensionTestsPath });
      openWorkbench({
        browser,
        url,
        onLog: (level, message) => {
          if (finished) return; // shutdown chatter after the exit code
          for (const line of filter(level, message)) emit(line);
        },
        onExit: done,
      })
        .then((page) => {
          page.on('crash', () => {
            note('[vscode] the workbench page crashed');
            done(1);
          });
        })
        .catch((err) => {
          note(`[vscode] could not open the workbench: ${err.message}`);
          done(1);
        });
    });
    if (code !== 0 && !sawClosingLine) emit('0 passed, 1 failed'); // the run itself failed
    note(`[vscode] finished in ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${code}`);
    return code;
  } catch (err) {
    // Tools that would not install, a code-server or browser that would not start.
    note(`[vscode] ${err instanceof Error ? err.message : err}`);
    if (!sawClosingLine) emit('0 passed, 1 failed');
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}
