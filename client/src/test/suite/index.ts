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
    let runner: Mocha.Runner;
    try {
      const files = fs
        .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.test.js'))
        .sort();
      for (const f of files) mocha.addFile(path.join(__dirname, f));
      runner = mocha.run((failures) => {
        clearTimeout(timer);
        const { passes = 0, tests = 0 } = runner.stats ?? {};
        closingLine(passes, failures);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else if (tests === 0) reject(new Error('no test ran'));
        else resolve();
      });
    } catch (err) {
      // A test file that throws while loading (a bad import, say) lands here.
      console.error('test setup failed:', err);
      closingLine(0, 1);
      reject(err);
      return;
    }
    const timer = setTimeout(() => {
      runner.abort();
      const { passes = 0, failures = 0 } = runner.stats ?? {};
      console.error(`test run timed out after ${RUN_TIMEOUT_MS / 1000} s`);
      closingLine(passes, failures + 1); // the test that was running counts as failed
      reject(new Error('test run timed out'));
    }, RUN_TIMEOUT_MS);
  });
}
