// Mutation testing of the engine and the protocol mapping (issue 26): `npm run mutate`.
// Stryker plants one small bug at a time (a condition negated, a boundary moved, a string emptied)
// and runs the node:test files that reach it; a bug no test notices is a test the suite lacks.
// Not part of `npm test`: a full run takes hours on two cores. It is incremental: a run after a
// change re-tests only the mutants of the changed files and those the changed tests reach, from
// the results kept in .cache/stryker/ (see docs/testing.md).
import * as fs from 'node:fs';

const TESTS = ['out/server/test/engine', 'out/server/test/lsp'];
// A mutant runs the test files that reach it one after another, in this order, until one fails; a
// mutant no file catches runs them all. So the files that catch the most in the least time go
// first (every rule's examples, the unit cases), and the slow ones (jieba's real dictionary, the
// worker thread, the corpus sweeps) last. Files not named here run in between.
const FIRST = [
  'docs',
  'examples',
  'caps',
  'punctuation',
  'punctuation.edges',
  'figures.rules',
  'figures.rules.edges',
  'figures.extract',
  'parse.patterns',
  'parse.roles',
  'parse.units.edges',
  'parse.articles.edges',
  'parse.cases',
  'structure.cases',
  'layout.cases',
  'wraps.fixtures',
  'wraps.edges',
  'duplicates',
  'duplicates.edges',
  'doubled',
  'reduplication',
  'reduplication.words',
  'fixAll',
  'astral.property',
  'edits',
];
const LAST = ['fuzz.property', 'parts', 'jieba', 'halves', 'steps'];
const rank = (file) => {
  const name = file.replace(/^.*\//u, '').replace(/\.test\.js$/u, '');
  return FIRST.includes(name) ? FIRST.indexOf(name) - FIRST.length : LAST.includes(name) ? 1 + LAST.indexOf(name) : 0;
};
const testFiles = TESTS.flatMap((dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.test.js'))
        .map((f) => `${dir}/${f}`)
    : [],
).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: [
    'server/src/engine/**/*.ts',
    'server/src/lsp/**/*.ts',
    // Re-exports and type declarations: no behaviour to mutate.
    '!server/src/engine/index.ts',
    '!server/src/engine/rules/registry.ts',
    // A constant (the cap notice's id and name): Stryker finds nothing in it to mutate.
    '!server/src/engine/rules/capNotice.ts',
  ],
  // The tests reach the compiled code in out/: the sandbox's sources, mutants switched in, are
  // compiled there once, and each mutant is turned on by the environment of the test process.
  buildCommand: 'npx tsc -p tsconfig.test.json',
  testRunner: 'tap',
  tap: {
    // The engine and protocol-mapping tests load out/ directly. The protocol, CLI and VS Code
    // suites run the bundles in server/dist, which a mutant never reaches. The megabyte cases
    // (out/server/test/stress, 12 s) are left out: what only they would catch, a cap, is also
    // tested on small text (engine/caps.test.ts).
    testFiles,
    // One failing file kills the mutant: the rest of its files need not run.
    forceBail: true,
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.test.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  // The sandbox is a copy of the repository: not the editor builds, the packaged extension or the
  // tools' cache. out/ stays: the incremental run tells a test file it knows from a new one by it.
  ignorePatterns: ['.cache', 'artifacts', 'client/dist', 'server/dist', '*.vsix', '.vscode-test'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // One process checks types while one runs tests; once every mutant is checked, two run tests.
  concurrency: 2,
  // A mutant that makes a loop endless is stopped and counted as caught (Timeout).
  timeoutMS: 20_000,
  reporters: ['progress', 'clear-text', 'json'],
  jsonReporter: { fileName: '.cache/stryker/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  // No mutant is ignored here. One that no test can be asked to catch is disabled where it stands,
  // with its reason: `// Stryker disable next-line <mutator>: <reason>`.
};
