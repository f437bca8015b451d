// Entry point VS Code's extension test runner loads in the extension host (`extensionTestsPath`).
// Runs every *.test.js beside this file with mocha and ends with the one line the project's
// runners read: "N passed, N failed". The returned promise rejects, which makes VS Code exit
// non-zero, on any failure, on setup errors, on the whole-run timeout and when no test ran.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Bounds the whole suite; a hung language server must not hang CI. */
const RUN_TIMEOUT_MS = Number(process.env.NEWSPRINT_TEST_RUN_TIMEOUT_MS) || 5 * 60_000;
/** One test may wait for the language server to start (jieba's dictionaries load first). */
const TEST_TIMEOUT_MS = Number(process.env.NEWSPRINT_TEST_TIMEOUT_MS) || 60_000;

function closingLine(passed: number, failed: number): void {
  // console.log, not process.stdout: in the extension host only the console reaches the runner.
  console.log(`${passed} passed, ${failed} failed`);
}

export function run(): Promise<void> {
  // color: false because the log is read by scripts, and no TTY is anywhere near it.
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: TEST_TIMEOUT_MS });
  const grep = process.env.NEWSPRINT_TEST_GREP;
  if (grep) mocha.grep(grep);

  return new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner | undefined;
    let finished = false; // after a timeout, mocha's own end must not print a second line
    const finish = (passed: number, failed: number, error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      closingLine(passed, failed);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      runner?.abort();
      console.error(`test run timed out after ${RUN_TIMEOUT_MS / 1000} s`);
      // The test that was running counts as failed.
      finish(runner?.stats?.passes ?? 0, (runner?.stats?.failures ?? 0) + 1, new Error('test run timed out'));
    }, RUN_TIMEOUT_MS);
    try {
      const files = fs
        .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.test.js'))
        .sort();
      for (const f of files) mocha.addFile(path.join(__dirname, f));
      runner = mocha.run((failures) => {
        const { passes = 0, tests = 0 } = runner?.stats ?? {};
        if (failures > 0) finish(passes, failures, new Error(`${failures} test(s) failed`));
        else if (tests === 0) finish(0, 0, new Error('no test ran'));
        else finish(passes, 0);
      });
    } catch (err) {
      // A test file that throws while loading (a bad import, say) lands here.
      console.error('test setup failed:', err);
      finish(0, 1, err instanceof Error ? err : new Error(String(err)));
    }
  });
}
