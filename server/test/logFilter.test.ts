// What the in-editor runs print: the suite's own output and failures, never the workbench's own noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';

test('the workbench’s own stack traces are dropped; the extension host’s failures are kept', async () => {
  const { createLogFilter } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'vscode', 'logFilter.mjs')).href)) as {
    createLogFilter: () => (level: string, message: unknown) => string[];
  };
  const filter = createLogFilter();
  const workbench = 'Canceled: Canceled: Canceled\n    at new Nyi (http://127.0.0.1:37047/stable-53c2/static/out/vs/code/browser/workbench/workbench.js:5230:26985)\n    at s._remoteCall (x)';
  assert.deepEqual(filter('error', workbench), []);
  const failure = 'AssertionError: expected 1\n    at Context.<anonymous> (out/client/src/test/suite/wraps.test.js:10:5)';
  assert.deepEqual(filter('error', failure), failure.split('\n'));
  assert.deepEqual(filter('log', ['%s passed', '38']), ['38 passed']);
});
