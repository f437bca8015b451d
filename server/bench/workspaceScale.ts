// Benchmark (not a test): the language server on huge workspaces, as an editor meets it. For each
// size it writes N newspaper pages to a temporary folder, starts the built server on it through a
// stdio client and measures initialize, indexing time, peak memory, the first diagnostics of a file
// opened while indexing, the latency of other requests while indexing, and the workspace-wide
// requests afterwards. Prints Markdown and writes artifacts/workspace-bench.md.
//   npm run bench:workspace [-- --files 20000,100000] [--timeout <minutes per size>]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { ChildProcess } from 'node:child_process';
import { CancellationTokenSource, DidOpenTextDocumentNotification, DocumentSymbolRequest, WorkspaceSymbolRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { ROOT, seedFiles } from '../test/helpers';
import { startServer, uriOf, type ProgressEvent, type TestServer } from '../test/protocol/lspClient';
import { table, verdict } from './table';
import { percentile } from './timing';
import { writeSection } from './docSections';
import { mulberry32 } from '../test/random';
import { ArticlesRequest, IndexingNotification, RuleGroupsRequest } from '../src/protocol';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'peoples-daily-2019-02.jsonl.gz');
const SERVER = path.join(ROOT, 'server', 'dist', 'server.js');
const OUTPUT = path.join(ROOT, 'artifacts', 'workspace-bench.md');
const INDEXING_TITLE = 'Newsprint: indexing newspaper files';

/** A folder of a real archive rarely holds more than this many pages; huge flat folders are another benchmark. */
const FILES_PER_FOLDER = 1000;
/** Every this many pages, one is a copy of a repository seed (real extracted text with real damage). */
const SEED_EVERY = 50;
/** An editor asks now and then (outline, symbol search) while the index builds: one request per interval at most. */
const REQUEST_EVERY_MS = 50;
const REQUEST_TIMEOUT_MS = 120_000;
const FIRST_DIAGNOSTICS_TIMEOUT_MS = 120_000;
const EXIT_GRACE_MS = 10_000;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  sizes: number[];
  timeoutMs: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--files') ?? '20000,100000').split(',').map((s) => Number(s.replace(/_/g, '').trim()));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--files wants sizes like 20000,100000, not ${value('--files')}`);
  const minutes = Number(value('--timeout') ?? 15);
  if (!(minutes > 0)) throw new Error(`--timeout wants minutes, not ${value('--timeout')}`);
  return { sizes, timeoutMs: minutes * 60_000 };
}

// ---------------------------------------------------------------------------------------------
// Generating the workspace

interface CorpusArticle {
  title_lines: string[];
  paragraphs: string[];
}

interface Corpus {
  articles: CorpusArticle[];
  /** Every whole sentence of the corpus bodies, datelines left out. */
  sentences: string[];
}

const OPENING = '“‘（《「『〔【';
const CLOSING = '”’）》」』〕】';
const SENTENCE_END = '。！？';
/** `新华社北京1月31日电  `, `本报北京1月31日电 （记者王迪）`: kept at the head of a first paragraph, never drawn as a sentence. */
const DATELINE = /^(?:新华社|本报|人民日报)[^，。；\s]{0,24}电\s*(?:（[^）]{0,40}）)?\s*/;
/** Paragraphs shorter than this are not indexed as duplicates (the server's MIN_PARAGRAPH): subheads are kept as printed. */
const SHORT_PARAGRAPH = 24;

/** Splits at sentence ends outside quotes and brackets, so a drawn sentence never leaves a mark unpaired. */
function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.includes(c)) {
      out.push(paragraph.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out.filter((s) => s.length >= 8 && !DATELINE.test(s));
}

function loadCorpus(): Corpus {
  if (!fs.existsSync(CORPUS)) throw new Error(`the corpus is missing: ${CORPUS} (see /work/shared/corpus/README.md)`);
  const lines = zlib.gunzipSync(fs.readFileSync(CORPUS)).toString('utf8').split('\n');
  const articles = lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusArticle);
  const sentences = articles.flatMap((a) => a.paragraphs.flatMap(sentencesOf));
  return { articles, sentences };
}

/**
 * Makes newspaper pages of 3–8 articles, each with a real title block and the shape of a real body
 * (its subheads, dateline and paragraph lengths), but with body sentences drawn from the whole
 * corpus. Copies of whole corpus articles would make each story appear hundreds of times in a
 * 100,000-page workspace, an archive of duplicates that measures the duplicate rules, not scale;
 * drawn sentences keep pages distinct while the text stays real edited copy.
 */
class PageMaker {
  private readonly rnd = mulberry32(20190201);
  constructor(private readonly corpus: Corpus) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  /** A body paragraph in the template's shape: a short one (subhead) as printed, a long one redrawn. */
  private paragraph(template: string, first: boolean): string {
    if (template.length < SHORT_PARAGRAPH) return template;
    // At least two sentences: one drawn sentence alone would be the same paragraph in hundreds of files.
    const count = Math.min(6, Math.max(2, sentencesOf(template).length));
    const dateline = first ? (DATELINE.exec(template)?.[0] ?? '') : '';
    const parts = [dateline];
    for (let i = 0; i < count; i++) parts.push(this.pick(this.corpus.sentences));
    return parts.join('');
  }

  /** One article of 300–1,200 characters of body, so that a page is typically 5–20 KB. */
  private article(): string {
    const template = this.pick(this.corpus.articles);
    const budget = 300 + this.rnd() * 900;
    const body: string[] = [];
    let length = 0;
    for (const p of template.paragraphs) {
      if (length >= budget) break;
      const made = this.paragraph(p, body.length === 0);
      body.push(made);
      length += made.length;
    }
    return [...template.title_lines, '', ...body].join('\n');
  }

  page(): string {
    const articles = 3 + Math.floor(this.rnd() * 6);
    return Array.from({ length: articles }, () => this.article()).join('\n\n') + '\n';
  }
}

interface GeneratedWorkspace {
  files: number;
  bytes: number;
  ms: number;
  /** The page opened in the editor while the server indexes. */
  probe: { path: string; text: string };
}

/** Writes `count` pages under `<dir>/seeds/pNNNN/` (the server's default selection), synchronously: fast enough for 100,000. */
function generateWorkspace(dir: string, count: number, corpus: Corpus, seeds: { name: string; text: string }[]): GeneratedWorkspace {
  const t = performance.now();
  const maker = new PageMaker(corpus);
  const probeIndex = Math.floor(count / 2) % SEED_EVERY === SEED_EVERY - 1 ? Math.floor(count / 2) - 1 : Math.floor(count / 2);
  let bytes = 0;
  let probe: GeneratedWorkspace['probe'] | undefined;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, 'seeds', `p${String(Math.floor(i / FILES_PER_FOLDER)).padStart(4, '0')}`);
    if (i % FILES_PER_FOLDER === 0) fs.mkdirSync(folder, { recursive: true });
    const seed = i % SEED_EVERY === SEED_EVERY - 1 ? seeds[Math.floor(i / SEED_EVERY) % seeds.length] : undefined;
    const text = seed ? seed.text : maker.page();
    const file = path.join(folder, seed ? `${String(i).padStart(6, '0')}-${seed.name}` : `${String(i).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    if (i === probeIndex) probe = { path: file, text };
  }
  return { files: count, bytes, ms: performance.now() - t, probe: probe! };
}

// ---------------------------------------------------------------------------------------------
// Waiting without hanging

const TIMEOUT = Symbol('timeout');

/** `promise`, or TIMEOUT after `ms`; the timer is cleared either way, so nothing keeps the process alive. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, ms))));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

// ---------------------------------------------------------------------------------------------
// Watching the server

/** Follows the indexing progress ($/progress with the indexing title): when it first reports and when it ends. */
class IndexWatch {
  private token: string | number | undefined;
  private readonly reported = deferred();
  private readonly finished = deferred();
  firstReportAt: number | undefined;
  endedAt: number | undefined;
  readonly firstReport = this.reported.promise;
  readonly ended = this.finished.promise;

  get done(): boolean {
    return this.endedAt !== undefined;
  }

  readonly onProgress = (e: ProgressEvent): void => {
    if (e.kind === 'begin' && e.title === INDEXING_TITLE) this.token = e.token;
    if (this.token === undefined || e.token !== this.token) return;
    if (e.kind === 'report' && this.firstReportAt === undefined) {
      this.firstReportAt = performance.now();
      this.reported.resolve();
    }
    if (e.kind === 'end' && this.endedAt === undefined) {
      this.endedAt = performance.now();
      this.finished.resolve();
    }
  };
}

interface Status {
  indexing?: boolean;
  files?: number;
}

/** Records the indexing notification that says indexing is over, `{ indexing: false, files }`. */
function watchStatus(connection: ProtocolConnection): { at?: number; files?: number } {
  const seen: { at?: number; files?: number } = {};
  connection.onNotification(IndexingNotification.method, (s: Status) => {
    if (s.indexing === false && seen.at === undefined) Object.assign(seen, { at: performance.now(), files: s.files });
  });
  return seen;
}

interface MemoryPeaks {
  hwmBytes: number;
  rssBytes: number;
}

/** Polls /proc/<pid>/status every 200 ms. VmHWM is the kernel's own high-water mark, so peaks between polls count too. */
function pollMemory(pid: number): { read(): MemoryPeaks; stop(): void } {
  const peaks: MemoryPeaks = { hwmBytes: 0, rssBytes: 0 };
  const read = (): MemoryPeaks => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
      peaks.hwmBytes = Math.max(peaks.hwmBytes, kb('VmHWM'));
      peaks.rssBytes = Math.max(peaks.rssBytes, kb('VmRSS'));
    } catch {
      // the process is gone: the peaks so far stand
    }
    return { ...peaks };
  };
  read();
  const timer = setInterval(read, 200);
  return { read, stop: () => clearInterval(timer) };
}

type Outcome = { ms: number; timedOut: boolean; error?: string };

/** A running server as the requests need it: its connection, and when it exits (nothing it was asked will be answered then). */
interface Live {
  connection: ProtocolConnection;
  exited: Promise<void>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Sends a request; a closed connection throws at once, which is reported like any failed request. */
function send(connection: ProtocolConnection, method: string, params: unknown, source: CancellationTokenSource): Promise<unknown> {
  try {
    return params === undefined ? connection.sendRequest(method, source.token) : connection.sendRequest(method, params, source.token);
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * One request, timed as the client sees it (answer received and parsed). At `limitMs` the request
 * is cancelled ($/cancelRequest through the token) and reported as timed out; the client does not
 * wait for the server to honour the cancellation.
 */
async function timedRequest({ connection, exited }: Live, method: string, params: unknown, limitMs: number): Promise<Outcome> {
  const source = new CancellationTokenSource();
  const t = performance.now();
  // A late answer or a rejection after the connection is disposed must not surface as an unhandled rejection.
  const answer = send(connection, method, params, source).then(() => undefined, message);
  const result = await within(Promise.race([answer, exited.then(() => 'the server exited')]), limitMs);
  const ms = performance.now() - t;
  try {
    if (result === TIMEOUT) source.cancel();
    source.dispose();
  } catch {
    // the connection closed meanwhile: there is nothing left to cancel
  }
  return result === TIMEOUT ? { ms, timedOut: true } : { ms, timedOut: false, error: result };
}

interface Sample {
  sentAt: number;
  ms: number;
}

/** Alternates document symbols of the open file and a workspace symbol search, one at a time, until indexing ends. */
async function requestsWhileIndexing(live: Live, uri: string, watch: IndexWatch, stop: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; !watch.done && !stop(); i++) {
    const sentAt = performance.now();
    const r =
      i % 2 === 0
        ? await timedRequest(live, DocumentSymbolRequest.method, { textDocument: { uri } }, REQUEST_TIMEOUT_MS)
        : await timedRequest(live, WorkspaceSymbolRequest.method, { query: '发展' }, REQUEST_TIMEOUT_MS);
    samples.push({ sentAt, ms: r.ms });
    await sleep(REQUEST_EVERY_MS - (performance.now() - sentAt));
  }
  return samples;
}

/** Asks for shutdown and exit; a server that has not exited EXIT_GRACE_MS later (busy, or hung) is killed. */
async function stopServer(server: TestServer): Promise<void> {
  const child = server.process;
  const exited = exitOf(child);
  const stopping = (async () => {
    const shutdown = await timedRequest({ connection: server.connection, exited }, 'shutdown', undefined, EXIT_GRACE_MS);
    if (!shutdown.timedOut && !shutdown.error) await server.connection.sendNotification('exit').catch(() => undefined);
  })();
  if ((await within(Promise.all([stopping, exited]), EXIT_GRACE_MS)) === TIMEOUT) child.kill('SIGKILL');
  await exited;
  server.connection.dispose();
}

// ---------------------------------------------------------------------------------------------
// One size

interface Latencies {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

interface Row {
  files: number;
  bytes: number;
  generationMs: number;
  initializeMs: number;
  /** Undefined when indexing did not end before the timeout (or the server died: see `failure`). */
  indexMs?: number;
  failure?: string;
  status: { ms?: number; files?: number };
  peak: MemoryPeaks;
  peakAtIndexEnd?: MemoryPeaks;
  firstDiagnosticsMs?: number;
  openedWhileIndexing: boolean;
  requests?: Latencies;
  workspaceSymbol?: Outcome;
  articles?: Outcome;
  findings?: Outcome;
}

function latencies(samples: Sample[]): Latencies | undefined {
  if (!samples.length) return undefined;
  const xs = samples.map((s) => s.ms);
  return { count: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) };
}

/** What the process must clean up if it is interrupted (Ctrl-C) in the middle of a size. */
const active: { dir?: string; child?: ChildProcess } = {};

/** Opens the probe page once indexing is under way and keeps asking until indexing ends: what a user meets meanwhile. */
async function whileIndexing(server: TestServer, live: Live, watch: IndexWatch, probe: GeneratedWorkspace['probe'], deadline: number, stop: () => boolean) {
  // Opened at the first indexing report, as a user opens a page right after the window opens.
  await within(Promise.race([watch.firstReport, watch.ended, live.exited]), deadline - performance.now());
  const uri = uriOf(probe.path);
  const openedAt = performance.now();
  const firstDiagnostics = server
    .diagnostics(uri, () => true, FIRST_DIAGNOSTICS_TIMEOUT_MS)
    .then(
      () => performance.now() - openedAt,
      () => undefined,
    );
  const openedWhileIndexing = !watch.done;
  try {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: probe.text } });
  } catch {
    // the server is gone (the connection throws once closed): the row says so
  }
  const samples = await requestsWhileIndexing(live, uri, watch, stop);
  await within(Promise.race([watch.ended, live.exited]), deadline - performance.now());
  return { firstDiagnosticsMs: await firstDiagnostics, openedWhileIndexing, samples };
}

async function measureServer(dir: string, gen: GeneratedWorkspace, timeoutMs: number): Promise<Omit<Row, 'files' | 'bytes' | 'generationMs'>> {
  const watch = new IndexWatch();
  // startServer sends `initialize` as soon as it has spawned the server and resolves once the answer
  // has come and `initialized` is sent: the request waits in the pipe while the server boots, as in an editor.
  const t0 = performance.now();
  const server = await startServer(dir, {}, watch.onProgress);
  const initializedAt = performance.now();
  active.child = server.process;
  const memory = pollMemory(server.process.pid!);
  const status = watchStatus(server.connection);
  let died = false;
  const live: Live = { connection: server.connection, exited: exitOf(server.process).then(() => void (died = true)) };
  const deadline = initializedAt + timeoutMs;
  try {
    const { samples, ...opened } = await whileIndexing(server, live, watch, gen.probe, deadline, () => died || performance.now() > deadline);
    const peakAtIndexEnd = watch.done ? memory.read() : undefined;
    const indexMs = watch.endedAt === undefined ? undefined : watch.endedAt - initializedAt;
    const after = indexMs !== undefined && !died ? await workspaceRequests(live) : {};
    return {
      initializeMs: initializedAt - t0,
      indexMs,
      failure: died ? 'server exited' : indexMs === undefined ? `not finished (> ${timeoutMs / 60_000} min)` : undefined,
      status: { ms: status.at === undefined ? undefined : status.at - initializedAt, files: status.files },
      peak: memory.read(),
      peakAtIndexEnd,
      ...opened,
      requests: latencies(samples.filter((s) => watch.endedAt === undefined || s.sentAt < watch.endedAt)),
      ...after,
    };
  } finally {
    memory.stop();
    await stopServer(server);
    active.child = undefined;
  }
}

/** The requests that cover the whole workspace, once it is indexed: one after another, each with its own timeout. */
async function workspaceRequests(live: Live): Promise<Pick<Row, 'workspaceSymbol' | 'articles' | 'findings'>> {
  const workspaceSymbol = await timedRequest(live, WorkspaceSymbolRequest.method, { query: '发展' }, REQUEST_TIMEOUT_MS);
  const articles = await timedRequest(live, ArticlesRequest.method, undefined, REQUEST_TIMEOUT_MS);
  const findings = await timedRequest(live, RuleGroupsRequest.method, undefined, REQUEST_TIMEOUT_MS);
  return { workspaceSymbol, articles, findings };
}

async function runSize(count: number, corpus: Corpus, seeds: { name: string; text: string }[], options: Options): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-scale-'));
  active.dir = dir;
  try {
    const gen = generateWorkspace(dir, count, corpus, seeds);
    log(`${count} files, ${(gen.bytes / MB).toFixed(0)} MB written in ${(gen.ms / 1000).toFixed(1)} s; starting the server`);
    const measured = await measureServer(dir, gen, options.timeoutMs);
    return { files: count, bytes: gen.bytes, generationMs: gen.ms, ...measured };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    active.dir = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const seconds = (x: number) => (x / 1000).toFixed(1);
const megabytes = (bytes: number) => int(bytes / MB);

function outcome(o: Outcome | undefined, row: Row): string {
  if (!o) return row.failure ? 'skipped' : '—';
  if (o.timedOut) return `timed out (cancelled) at ${seconds(o.ms)} s`;
  return o.error ? `error after ${int(o.ms)} ms: ${o.error.replace(/\|/g, '\\|').slice(0, 80)}` : int(o.ms);
}

function cells(row: Row): string[] {
  const r = row.requests;
  return [
    int(row.files),
    megabytes(row.bytes),
    seconds(row.generationMs),
    int(row.initializeMs),
    row.indexMs === undefined ? (row.failure ?? 'not finished') : seconds(row.indexMs),
    `${megabytes(row.peak.hwmBytes)}${row.peakAtIndexEnd ? ` (${megabytes(row.peakAtIndexEnd.hwmBytes)} at index end)` : ''}`,
    row.firstDiagnosticsMs === undefined ? 'none' : `${int(row.firstDiagnosticsMs)}${row.openedWhileIndexing ? '' : ' (opened after indexing)'}`,
    r ? `${r.count} / ${int(r.p50)} / ${int(r.p95)} / ${int(r.max)}` : 'none sent',
    outcome(row.workspaceSymbol, row),
    outcome(row.articles, row),
    outcome(row.findings, row),
  ];
}

/** The issue's bars, judged on the 20,000-file workspace only. */
function bars(rows: Row[]): string {
  const row = rows.find((r) => r.files === 20_000);
  if (!row) return 'Bars (from the issue) apply to 20,000 files, which this run did not measure.';
  const cores = os.availableParallelism();
  const p95 = row.requests?.p95;
  const lines: [string, string, boolean][] = [
    [
      `indexed < 60 s on 2 cores (this machine: ${cores})`,
      row.indexMs === undefined ? (row.failure ?? 'not finished') : `${seconds(row.indexMs)} s`,
      row.indexMs !== undefined && row.indexMs < 60_000,
    ],
    ['server < 1500 MB (peak VmHWM)', `${megabytes(row.peak.hwmBytes)} MB`, row.peak.hwmBytes < 1500 * MB],
    [
      'first diagnostics < 1000 ms',
      row.firstDiagnosticsMs === undefined ? 'none' : `${int(row.firstDiagnosticsMs)} ms`,
      row.firstDiagnosticsMs !== undefined && row.firstDiagnosticsMs < 1000 && row.openedWhileIndexing,
    ],
    ['requests p95 < 300 ms while indexing', p95 === undefined ? 'none sent' : `${int(p95)} ms`, p95 !== undefined && p95 < 300],
  ];
  return [
    'Bars (from the issue) at 20,000 files; 100,000 files is measured only:',
    '',
    table(
      ['bar', 'measured', 'verdict'],
      lines.map(([bar, value, met]) => [bar, value, verdict(met)]),
    ),
  ].join('\n');
}

function details(row: Row): string {
  const status =
    row.status.ms === undefined
      ? `no \`${IndexingNotification.method} {indexing: false}\` received`
      : `\`${IndexingNotification.method} {indexing: false, files: ${row.status.files}}\` at ${seconds(row.status.ms)} s`;
  const rss = `peak VmRSS polled ${megabytes(row.peak.rssBytes)} MB`;
  return `- ${int(row.files)} files: ${status}; ${rss}.`;
}

function report(rows: Row[], options: Options): string {
  const headers = [
    'files',
    'total MB',
    'generation s',
    'initialize ms',
    'index s',
    'peak MB',
    'first diagnostics ms',
    'requests during indexing n / p50 / p95 / max ms',
    'workspace symbol ms',
    'articles ms',
    'findings ms',
  ];
  return [
    '# Workspace scale benchmark',
    '',
    `\`npm run bench:workspace -- --files ${options.sizes.join(',')}\`: the built server (\`server/dist/server.js --stdio\`) on generated workspaces ` +
      `(pages of 3–8 articles from People's Daily 2019-02 with body sentences redrawn, a seed copy every ${SEED_EVERY} files, ${FILES_PER_FOLDER} files per folder). ` +
      `Node ${process.version}, ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    table(headers, rows.map(cells)),
    '',
    bars(rows),
    '',
    ...rows.map(details),
    '',
    'Initialize: from the request sent (right after spawning the server) to its answer. Index: from `initialized` to the end of the indexing progress. ' +
      'First diagnostics: a page opened at the first indexing progress report, until its first publishDiagnostics. ' +
      `Requests: documentSymbol of that page and workspace/symbol "发展", alternately, one at a time, at most one per ${REQUEST_EVERY_MS} ms, counted while indexing. ` +
      `After indexing: one workspace/symbol, ${ArticlesRequest.method} and ${RuleGroupsRequest.method}, ${REQUEST_TIMEOUT_MS / 1000} s each at most (cancelled at the timeout). ` +
      'Peak MB: VmHWM of the server process over the whole run (and when indexing ended).',
    '',
  ].join('\n');
}

function writeReport(markdown: string): void {
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, markdown);
  // The same, one heading down, as the huge-workspace section of docs/benchmarks.md.
  writeSection('workspace', markdown.replace(/^# /m, '## '));
}

const log = (message: string) => console.error(`[bench:workspace] ${message}`);

// ---------------------------------------------------------------------------------------------
// Main

/** On Ctrl-C, a running server and a temporary folder of 100,000 files must not be left behind. */
function cleanUpOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      active.child?.kill('SIGKILL');
      if (active.dir) fs.rmSync(active.dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(SERVER)) throw new Error(`no built server at ${SERVER}: run npm run build`);
  cleanUpOnSignal();
  const corpus = loadCorpus();
  const seeds = seedFiles().map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const rows: Row[] = [];
  for (const count of options.sizes) {
    rows.push(await runSize(count, corpus, seeds, options));
    // Written after each size: a long run that fails later keeps what it measured.
    writeReport(report(rows, options));
  }
  console.log(report(rows, options));
  log(`written to ${path.relative(ROOT, OUTPUT)}`);
}

/** `--generate-only DIR N`: writes the workspace and stops (for profiling the server by hand). */
function generateOnly(argv: string[]): boolean {
  const i = argv.indexOf('--generate-only');
  if (i < 0) return false;
  const [dir, count] = [argv[i + 1], Number(argv[i + 2])];
  if (!dir || !(count > 0)) throw new Error('--generate-only wants a folder and a number of files');
  const seeds = seedFiles().map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const gen = generateWorkspace(path.resolve(dir), count, loadCorpus(), seeds);
  log(`${gen.files} files, ${(gen.bytes / MB).toFixed(0)} MB in ${path.resolve(dir)}`);
  return true;
}

if (!generateOnly(process.argv.slice(2))) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
