// `npm run planted-bugs`: the bugs issue 26 planted by hand that no test caught then, planted again
// one at a time in a copy of the repository; each must make one of the named tests fail. Stryker
// (`npm run mutate`) plants thousands of small changes; these are larger, plausible ones, each a
// sentence of the rules' documentation broken. The repository itself is never touched.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A bug: in `file`, `from` (found exactly once) becomes `to`; `tests` (compiled, under out/) must fail. `bundle`: the tests run the built server. */
const PLANTS = [
  {
    bug: 'NP404 no longer reports an opening mark at a line end',
    file: 'server/src/engine/rules/punctuation/lineEdgeMarks.ts',
    from: 'if (line < p.lastLine && NO_LINE_END.test(t))',
    to: 'if (false && NO_LINE_END.test(t))',
    tests: ['out/server/test/engine/punctuation.test.js', 'out/server/test/engine/examples.test.js'],
  },
  {
    bug: 'NP315 checks February spans that have no year',
    file: 'server/src/engine/rules/figures/dateSpan.ts',
    from: 'return common === days(2003) && common === days(2004) ? common : undefined;',
    to: 'return common;',
    tests: ['out/server/test/engine/examples.test.js'],
  },
  {
    bug: 'an LSP edit splits a surrogate pair (diffEdit’s guard removed)',
    file: 'server/src/lsp/edits.ts',
    from: 'if (isHigh(before.charCodeAt(start - 1))) start--;',
    to: '',
    tests: ['out/server/test/lsp/edits.test.js'],
  },
  {
    bug: 'a finding range starts inside 𠮷 before a line break',
    file: 'server/src/engine/rules/wraps/breaks.ts',
    from: 'const before = text.codePointAt(br.leftEnd - 2)! > 0xffff ? 2 : 1;',
    to: 'const before = 1;',
    tests: ['out/server/test/engine/astral.property.test.js', 'out/server/test/engine/fuzz.property.test.js'],
  },
  {
    bug: 'NP203 flags doubled runs of three characters',
    file: 'server/src/engine/rules/duplicates/doubledText.ts',
    from: 'len >= 4; len--',
    to: 'len >= 3; len--',
    tests: ['out/server/test/engine/doubled.test.js'],
  },
  {
    bug: 'the parser takes a three-character subhead (`抓品牌`) for a layout fragment',
    file: 'server/src/engine/parse/roles.ts',
    from: 'return t.length <= 2 &&',
    to: 'return t.length <= 3 &&',
    tests: ['out/server/test/engine/structure.cases.test.js'],
  },
  {
    bug: 'closing a document no longer clears its diagnostics',
    file: 'server/src/server.ts',
    from: 'void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });',
    to: '',
    tests: ['out/server/test/protocol/lifecycle.test.js'],
    bundle: true,
  },
];

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-planted-'));
try {
  // The tracked files as they are now (uncommitted changes included), beside the same ../shared.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(ROOT, f))) continue;
    fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(copy, f));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  const env = { ...process.env, NEWSPRINT_SHARED: process.env.NEWSPRINT_SHARED ?? path.resolve(ROOT, '..', 'shared') };
  const run = (args) => spawnSync(process.execPath, args, { cwd: copy, env, encoding: 'utf8' });
  const build = (bundle) => {
    const tsc = run([path.join(copy, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json']);
    if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
    if (bundle && run(['scripts/build.mjs']).status !== 0) throw new Error('the build failed');
  };
  // Unplanted, every named test passes: a test that fails anyway proves nothing.
  build(true);
  const named = [...new Set(PLANTS.flatMap((p) => p.tests))];
  const clean = run(['--test', ...named]);
  if (clean.status !== 0) throw new Error(`the named tests fail without any bug planted:\n${clean.stdout.slice(-3000)}`);
  let missed = 0;
  for (const plant of PLANTS) {
    const file = path.join(copy, plant.file);
    const original = fs.readFileSync(file, 'utf8');
    if (original.split(plant.from).length !== 2) throw new Error(`${plant.file}: “${plant.from}” is not there exactly once; update the plant`);
    fs.writeFileSync(file, original.replace(plant.from, plant.to));
    try {
      build(plant.bundle);
      const r = run(['--test', ...plant.tests]);
      const caught = r.status !== 0;
      if (!caught) missed++;
      console.log(`${caught ? 'caught' : 'MISSED'}  ${plant.bug}`);
    } finally {
      fs.writeFileSync(file, original);
    }
  }
  console.log(`${PLANTS.length - missed} of ${PLANTS.length} planted bugs caught`);
  process.exitCode = missed ? 1 : 0;
} finally {
  fs.rmSync(copy, { recursive: true, force: true });
}
