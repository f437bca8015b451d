// newsprint: the engine on the command line, for batch jobs and CI.
//   newsprint review [paths…] [--format text|json|sarif|markdown] [--encoding utf-8|gb18030|…]
//   newsprint rules
// Exit code: 0 no error-severity finding, 1 at least one, 2 bad usage or unreadable paths.
import { digestOf, ENCODINGS, fallbackSegmenter, inspectText, review, rulesMarkdown, toJson, toMarkdown, toSarif, toText, Workspace, type Encoding, type FileReport, type Segmenter } from './engine';
import { loadJieba, startJieba } from './jieba';
import { expandPaths, readInput, type InputFile } from './cli/inputs';
import { version } from './version';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';

const USAGE = `Usage: newsprint review [paths…] [--format text|json|sarif|markdown] [--encoding ${ENCODINGS.join('|')}] [--hints] [--base DIR]
       newsprint rules      (prints the rule reference as Markdown)
       newsprint --version

Reviews newspaper text files (directories are searched for *.txt; default: seeds/). Text output
ends with a totals line; hints (each spot of a finding already listed) only with --hints.
A file that is binary or in another encoding is reported once (NP001) and not reviewed further.
SARIF names files relative to --base (default: the repository holding the current folder, or it).
Exit code: 0 when no finding has error severity, 1 otherwise, 2 on bad usage.`;

interface Args {
  paths: string[];
  format: 'text' | 'json' | 'sarif' | 'markdown';
  encoding?: Encoding;
  hints: boolean;
  /** SARIF's %SRCROOT%. */
  base?: string;
}

/** Parsed arguments, or the text to print instead: help (exit 0) or a usage error (exit 2). */
function parseArgs(argv: string[]): Args | { help: string } | { error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { help: USAGE };
  if (command === 'rules') return { help: rulesMarkdown() };
  if (command === '--version' || command === '-v') return { help: `newsprint ${version()}` };
  if (command !== 'review') return { error: `Unknown command "${command}".\n\n${USAGE}` };
  const args: Args = { paths: [], format: 'text', hints: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      if (a === '--format' || a.startsWith('--format=')) {
        const f = value('--format');
        if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'markdown') return { error: `--format must be text, json, sarif or markdown, not "${f}".` };
        args.format = f;
      } else if (a === '--encoding' || a.startsWith('--encoding=')) {
        const e = value('--encoding').toLowerCase();
        if (!(ENCODINGS as string[]).includes(e)) return { error: `--encoding must be one of ${ENCODINGS.join(', ')}, not "${e}".` };
        args.encoding = e as Encoding;
      } else if (a === '--base' || a.startsWith('--base=')) {
        args.base = path.resolve(value('--base'));
      } else if (a === '--hints') {
        args.hints = true;
      } else if (a === '--help' || a === '-h') {
        return { help: USAGE };
      } else if (a.startsWith('-')) {
        return { error: `Unknown option "${a}".\n\n${USAGE}` };
      } else {
        args.paths.push(a);
      }
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
  if (args.paths.length === 0) args.paths.push('seeds');
  return args;
}

/** `ownProcess`: the CLI is the whole process (not a library call), so process-wide tuning is its to set. */
export function main(argv: string[], options: { ownProcess?: boolean } = {}): number {
  const args = parseArgs(argv);
  if ('help' in args) {
    process.stdout.write(args.help + '\n');
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`newsprint: ${args.error}\n`);
    return 2;
  }
  const { files, missing } = expandPaths(args.paths);
  for (const m of missing) process.stderr.write(`newsprint: no such file or directory: ${m}\n`);
  if (missing.length) return 2;
  const inputs: InputFile[] = [];
  let refused = false;
  for (const file of files) {
    const input = readInput(file, args.encoding);
    if ('refused' in input) {
      process.stderr.write(`newsprint: ${input.refused}\n`);
      refused = true;
    } else inputs.push(input);
  }
  const characters = inputs.reduce((n, input) => n + input.decoded.text.length, 0);
  // A short run ends before optimized code pays for its compilation, and on two cores the
  // optimizing compiler's thread competes with the dictionary load: the seeds take 0.24 s instead
  // of 0.26 s without it, 512 KB 0.72 s instead of 0.76 s; from about 1 MB it pays. The flag is
  // process-wide: set only when the CLI is the process, never for a caller of main().
  if (options.ownProcess && characters < SHORT_RUN) v8.setFlagsFromString('--no-opt');
  // Enough text to ask for words: jieba starts loading now, beside the indexing and the first pages.
  const segmenter = lazySegmenter(characters >= WORDS_LIKELY);
  // Every file is in the workspace before any is reviewed, so duplicates are found across all of them.
  const workspace = new Workspace();
  // A file that is not readable text (binary, another encoding) is left out: its noise is no copy of anything.
  for (const input of inputs) if (!inspectText(input.decoded.text)?.stopsReview) workspace.set(input.path, input.decoded.text);
  const reports: FileReport[] = inputs.map((input) => {
    const file = input.path;
    const r = review(input.decoded.text, { uri: file, segmenter, workspace });
    return { path: file, encoding: input.decoded.binary ? 'binary' : input.decoded.encoding, digest: digestOf(r) };
  });
  const out =
    args.format === 'json'
      ? JSON.stringify(toJson(reports, version()), null, 2)
      : args.format === 'sarif'
        ? JSON.stringify(toSarif(reports, version(), { base: args.base ?? repositoryRoot(process.cwd()) }), null, 2)
        : args.format === 'markdown'
          ? toMarkdown(reports)
          : toText(reports, { hints: args.hints });
  process.stdout.write(out + '\n');
  if (refused) return 2;
  return reports.some((r) => r.digest.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** The repository holding `dir` (the folder with `.git`), else `dir`: what SARIF's paths are relative to by default. */
function repositoryRoot(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir);
  }
}

/** Characters (about 512 KB of Chinese text) under which a run is too short for V8's optimizing compiler to pay. */
const SHORT_RUN = 180_000;

/**
 * How much text a run has before jieba is loaded ahead of the first word question (about a
 * column): every real page asks one (a wrap to rate, a doubling to tag), while a run over a few
 * lines or an empty file should not pay a load it may not need, nor wait for it at exit.
 */
const WORDS_LIKELY = 1500;

/**
 * The segmenter of a batch run: jieba, loaded at the first word question a page asks (a split to
 * rate, a doubled stretch to tag), and never for a run that asks none (an empty file, a page
 * without wraps or doublings). With `early`, the load starts at once on libuv's thread pool and
 * the first question waits only for what is left of it. When jieba cannot load, the run says so
 * once and goes on with the character fallback.
 */
function lazySegmenter(early: boolean): Segmenter {
  let real: Segmenter | undefined;
  let started: (() => Segmenter) | undefined;
  const unavailable = (err: unknown): Segmenter => {
    process.stderr.write(`newsprint: word segmentation unavailable (${(err as Error).message}); using the character fallback.\n`);
    return fallbackSegmenter;
  };
  if (early) {
    try {
      started = startJieba();
    } catch (err) {
      real = unavailable(err);
    }
  }
  const resolve = (): Segmenter => {
    if (real) return real;
    try {
      real = started ? started() : loadJieba();
    } catch (err) {
      real = unavailable(err);
    }
    return real;
  };
  return {
    get kind() {
      return resolve().kind;
    },
    cut: (text) => resolve().cut(text),
    get cutKnown() {
      return resolve().cutKnown;
    },
    get tag() {
      return resolve().tag;
    },
  };
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as for any
  // Unix filter, instead of an unhandled EPIPE and its stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = main(process.argv.slice(2), { ownProcess: true });
}
