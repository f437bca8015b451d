// The peers, run as whole processes in check-only mode (never --fix), with their findings counted from
// their own output: zhlint (spacing and punctuation of Chinese Markdown; plain text parses as
// Markdown paragraphs) and AutoCorrect (its Node package: a native linter for CJK spacing and
// punctuation width). Both are started as `node <package CLI script>`, not through the .bin shims.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../test/helpers';

export interface PeerRun {
  tool: string;
  findings: number | undefined;
  ms: number;
  note?: string;
  timedOut?: boolean;
}

/**
 * A run longer than this is stopped and reported as skipped: zhlint's report step is worse than
 * quadratic in the file size (about 10 minutes on 1 MB here), so without a limit 1 MB and 10 MB never end.
 */
export const PEER_TIMEOUT_MS = 60_000;

/** A package's CLI script, from the "bin" field of its package.json as installed in the repository. */
function cliOf(pkg: string): string {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const bin = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> }).bin;
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : Object.values(bin)[0]);
}

/**
 * A folder made for these runs (it holds only their output files): AutoCorrect skips, without a
 * word, files that the .gitignore of its working folder ignores (the repository ignores .cache/ and
 * artifacts/), and both tools read a config file (.autocorrectrc, .zhlintrc) from there. Both run
 * with their defaults from this folder.
 */
let emptyDir: string | undefined;
function empty(): string {
  if (!emptyDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-peers-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    emptyDir = dir;
  }
  return emptyDir;
}

/**
 * One timed run, its output sent to files in the empty folder and read afterwards: zhlint ends with
 * process.exit(1) right after printing, which drops whatever a full pipe has not taken yet (the
 * summary line was lost in a third of the runs on the seeds); writes to a file are synchronous.
 * `failure` is set when the run itself failed; `failed` makes a failure for output that is wrong.
 */
function spawn(tool: string, script: string, args: string[], cwd: string, timeoutMs: number) {
  const out = path.join(empty(), 'stdout');
  const err = path.join(empty(), 'stderr');
  const fds = [fs.openSync(out, 'w'), fs.openSync(err, 'w')];
  const t = performance.now();
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd,
    stdio: ['ignore', fds[0], fds[1]],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, // plain text to count, whatever the terminal
  });
  const ms = performance.now() - t;
  fds.forEach((fd) => fs.closeSync(fd));
  const stdout = fs.readFileSync(out, 'utf8');
  const stderr = fs.readFileSync(err, 'utf8');
  const failed = (note: string): PeerRun => ({ tool, findings: undefined, ms, note });
  let failure: PeerRun | undefined;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') failure = { ...failed(`stopped after ${Math.round(timeoutMs / 1000)} s`), timedOut: true };
  // Both exit 1 when they find something (AutoCorrect only in its diff format): that is success.
  else if (r.error || r.status === null || r.status > 1) failure = failed(`failed (${r.error?.message ?? r.signal ?? `exit ${r.status}`}): ${stderr.slice(0, 160)}`);
  return { stdout, stderr, ms, failed, failure };
}

/**
 * zhlint lints ONE glob per run (further file arguments are silently dropped), and its ignore filter
 * throws on absolute paths (the CLI then prints the error and exits 0). So the files go as one brace
 * pattern `{a,b}` relative to their common folder, which is the working folder (it must not be the
 * filesystem root: glob answers absolute paths there); `--dir` points config lookup at an empty folder.
 */
export function runZhlint(files: string[], timeoutMs = PEER_TIMEOUT_MS): PeerRun {
  const tool = 'zhlint';
  const abs = files.map((f) => path.resolve(f));
  let cwd = path.dirname(abs[0]);
  while (path.dirname(cwd) !== cwd && !abs.every((f) => f.startsWith(cwd + path.sep))) cwd = path.dirname(cwd);
  if (path.dirname(cwd) === cwd) return { tool, findings: undefined, ms: 0, note: 'no common folder below the filesystem root' };
  const rel = abs.map((f) =>
    path
      .relative(cwd, f)
      .split(path.sep)
      .join('/')
      .replace(/[\\*?[\](){}!,+@]/g, '\\$&'),
  );
  const pattern = rel.length === 1 ? rel[0] : `{${rel.join(',')}}`;
  const { stdout, stderr, ms, failure, failed } = spawn(tool, cliOf('zhlint'), [pattern, '--dir', empty()], cwd, timeoutMs);
  if (failure) return failure;
  // stdout has `[start] <file>` per file linted and `No error found.`; stderr has one
  // `file:line:col - message` block per finding and ends with `Found N error(s).`
  const started = stdout.match(/^\[start\] /gm)?.length ?? 0;
  if (started !== new Set(abs).size) return failed(`linted ${started} of ${abs.length} files: ${stderr.slice(0, 160)}`);
  const found = /^Found (\d+) errors?\.$/m.exec(stderr);
  if (found) return { tool, findings: Number(found[1]), ms };
  return /^No error found\.$/m.test(stdout) ? { tool, findings: 0, ms } : failed(`no summary: ${stderr.slice(0, 160)}`);
}

/**
 * AutoCorrect takes many files in one run. Its JSON lists, per file, one entry per LINE it would
 * change (a line may hold several problems), so counts are lower than zhlint's per-spot ones.
 * The JSON format exits 0 even with findings. An unreadable file only prints `ERROR: …` or
 * `Failed to read: …` on stdout before the JSON and is left out of it, so such a run is a failure.
 */
export function runAutocorrect(files: string[], timeoutMs = PEER_TIMEOUT_MS): PeerRun {
  const tool = 'AutoCorrect';
  const args = ['--lint', '--format', 'json', '--quiet', ...files.map((f) => path.resolve(f))];
  const { stdout, stderr, ms, failure, failed } = spawn(tool, cliOf('autocorrect-node'), args, empty(), timeoutMs);
  if (failure) return failure;
  const start = stdout.indexOf('{"count"');
  if (start < 0) return failed(`no JSON: ${(stdout + stderr).slice(0, 160)}`);
  const before = stdout.slice(0, start).trim();
  if (before) return failed(before.slice(0, 160));
  const json = JSON.parse(stdout.slice(start)) as { messages: { lines: unknown[]; error: string }[] };
  const errors = json.messages.filter((m) => m.error).map((m) => m.error);
  if (errors.length) return failed(errors.join('; ').slice(0, 160));
  return { tool, findings: json.messages.reduce((n, m) => n + m.lines.length, 0), ms };
}
