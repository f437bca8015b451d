// `npm run mutate`: Stryker over the engine and the protocol mapping (stryker.config.mjs), then the
// mutation score per folder written to docs/testing.md.
//
//   npm run mutate                      every file; incremental, so only what changed since the last run is tested again
//   npm run mutate -- --changed [BASE]  only the files changed since BASE (default: HEAD, i.e. uncommitted changes)
//   npm run mutate -- --mutate GLOB     what Stryker's own option names
//   npm run mutate -- --scores          only rewrite the table from the results kept so far
//
// Results are kept per file in .cache/stryker/scores.json, so a run over a few files updates their
// rows and leaves the others as last measured (each row says at which commit).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.cache', 'stryker');
const REPORT = path.join(CACHE, 'mutation.json');
const SCORES = path.join(CACHE, 'scores.json');
const DOC = path.join(ROOT, 'docs', 'testing.md');
const START = '<!-- mutation-scores:start -->';
const END = '<!-- mutation-scores:end -->';
/** Folders held to the issue's bar (≥ 80%), and the rest of what is mutated. */
const BARRED = ['server/src/engine/rules', 'server/src/engine/parse', 'server/src/engine/figures', 'server/src/lsp/edits.ts'];
const MUTATED = /^server\/src\/(engine|lsp)\/.*\.ts$/;
const NOT_MUTATED = new Set(['server/src/engine/index.ts', 'server/src/engine/rules/registry.ts', 'server/src/engine/rules/capNotice.ts']);

const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

function changedFiles(base) {
  const names = new Set([...git('diff', '--name-only', base).split('\n'), ...git('ls-files', '--others', '--exclude-standard').split('\n')]);
  return [...names].filter((f) => MUTATED.test(f) && !NOT_MUTATED.has(f) && fs.existsSync(path.join(ROOT, f)));
}

function runStryker(args) {
  const shared = process.env.NEWSPRINT_SHARED ?? path.resolve(ROOT, '..', 'shared');
  if (!fs.existsSync(path.join(shared, 'corpus'))) {
    console.error(`mutate: the shared corpus is not at ${shared} (set NEWSPRINT_SHARED): some tests read it.`);
    process.exit(2);
  }
  fs.mkdirSync(CACHE, { recursive: true });
  // The compiled tests in out/ are what an incremental run compares with the last one's.
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // Stryker copies the repository into .stryker-tmp/: the tests find ../shared through the environment.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEWSPRINT_SHARED: shared },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const CAUGHT = new Set(['Killed', 'Timeout']);
const MISSED = new Set(['Survived', 'NoCoverage']);

/** This run's counts per file, laid over the ones kept from earlier runs. */
const keptScores = () => (fs.existsSync(SCORES) ? JSON.parse(fs.readFileSync(SCORES, 'utf8')) : {});

function mergeScores(commit) {
  const kept = keptScores();
  if (!fs.existsSync(REPORT)) return kept;
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const rel = path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/');
    const counts = { caught: 0, missed: 0, survivors: [] };
    for (const m of mutants) {
      if (CAUGHT.has(m.status)) counts.caught++;
      else if (MISSED.has(m.status)) {
        counts.missed++;
        counts.survivors.push(`${m.location.start.line}:${m.location.start.column} ${m.mutatorName}`);
      }
    }
    kept[rel] = { ...counts, commit };
  }
  fs.writeFileSync(SCORES, JSON.stringify(kept, null, 1));
  return kept;
}

const pct = (caught, missed) => (caught + missed ? `${((100 * caught) / (caught + missed)).toFixed(1)}%` : '–');

/** The files Stryker mutates under `dir` (a folder or one file), as paths from the repository root. */
function mutableFiles(dir) {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [dir];
  return fs
    .readdirSync(abs, { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join('/')}`)
    .filter((f) => MUTATED.test(f) && !NOT_MUTATED.has(f));
}

function table(scores) {
  const files = Object.keys(scores).sort();
  const groupOf = (f) => BARRED.find((b) => f === b || f.startsWith(b + '/')) ?? path.posix.dirname(f);
  const groups = new Map();
  for (const f of files) {
    const g = groupOf(f);
    const row = groups.get(g) ?? { caught: 0, missed: 0, files: 0, commits: new Set() };
    row.caught += scores[f].caught;
    row.missed += scores[f].missed;
    row.files++;
    row.commits.add(scores[f].commit);
    groups.set(g, row);
  }
  const lines = ['| folder or file | files measured | caught | missed | score | bar | measured at |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const [g, row] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const barred = BARRED.includes(g);
    const score = row.caught / Math.max(1, row.caught + row.missed);
    // A folder meets its bar only once every file of it is measured.
    const all = barred ? mutableFiles(g).length : row.files;
    const verdict = !barred ? '' : row.files < all ? `≥ 80%: not all measured (${row.files} of ${all} files)` : score >= 0.8 ? '≥ 80%: met' : '≥ 80%: **not met**';
    lines.push(`| \`${g}\` | ${row.files} of ${all} | ${row.caught} | ${row.missed} | ${pct(row.caught, row.missed)} | ${verdict} | ${[...row.commits].join(', ')} |`);
  }
  const unmeasured = BARRED.filter((b) => !groups.has(b));
  if (unmeasured.length) lines.push('', `Not measured yet: ${unmeasured.map((b) => `\`${b}\``).join(', ')}.`);
  return lines.join('\n');
}

function writeDoc(scores) {
  const doc = fs.readFileSync(DOC, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC} has no ${START} … ${END} block`);
  fs.writeFileSync(DOC, `${doc.slice(0, a + START.length)}\n${table(scores)}\n${doc.slice(b)}`);
  console.log(`mutate: scores written to ${path.relative(ROOT, DOC)}`);
}

// The commit the mutated sources came from: taken before the run, as commits made during an hour's
// run do not describe what was measured ('+': with uncommitted changes to the server).
const measuredAt = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'server') ? '+' : '');
const argv = process.argv.slice(2);
if (!argv.includes('--scores')) {
  const at = argv.indexOf('--changed');
  if (at >= 0) {
    const base = argv[at + 1] && !argv[at + 1].startsWith('--') ? argv.splice(at + 1, 1)[0] : 'HEAD';
    argv.splice(at, 1);
    const files = changedFiles(base);
    if (!files.length) {
      console.log(`mutate: no engine or protocol source changed since ${base}.`);
      process.exit(0);
    }
    argv.push('--mutate', files.join(','));
  }
  // Stryker keeps the results of the files it was given only: a run over some files keeps its own
  // file, one per set of files, so that it drops neither what the last whole run knows nor what a
  // run over another folder found.
  if (argv.includes('--mutate') && !argv.includes('--incrementalFile')) {
    const key = createHash('sha1')
      .update(argv[argv.indexOf('--mutate') + 1])
      .digest('hex')
      .slice(0, 10);
    argv.push('--incrementalFile', `.cache/stryker/incremental-${key}.json`);
  }
  runStryker(argv);
}
// `--scores` rewrites the table from what is kept: the last report was merged when its run ended.
writeDoc(argv.includes('--scores') ? keptScores() : mergeScores(measuredAt));
