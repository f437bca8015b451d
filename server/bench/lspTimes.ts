// The server as an editor meets it, through a real stdio client: the latency from a one-character
// edit to its diagnostics, a 10 MB file's review while other requests keep being answered, and
// the indexing time and peak memory with a large workspace open.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, type TestServer } from '../test/protocol/lspClient';
import { median, percentile } from './timing';
import { IndexingNotification, SegmenterNotification } from '../src/protocol';

interface Status {
  uri?: string;
  segmenter?: string;
  indexing?: boolean;
  files?: number;
}

interface Session {
  server: TestServer;
  dir: string;
  status(accept: (s: Status) => boolean): Promise<Status>;
}

/**
 * Runs `body` against a server started in a fresh folder (filled by `setup` first), then stops the
 * server and removes the folder. `status` waits for a segmenter or indexing notification, past or next.
 */
async function withServer<T>(body: (s: Session) => Promise<T>, setup: (dir: string) => void = () => {}): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-bench-'));
  setup(dir);
  const waiters: { accept: (s: Status) => boolean; resolve: (s: Status) => void }[] = [];
  const seen: Status[] = [];
  const server = await startServer(dir);
  const record = (s: Status) => {
    seen.push(s);
    for (const w of [...waiters]) {
      if (!w.accept(s)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(s);
    }
  };
  server.connection.onNotification(SegmenterNotification.method, (s: { state: Status['segmenter'] }) => record({ segmenter: s.state }));
  server.connection.onNotification(IndexingNotification.method, (s: { indexing: boolean; files?: number }) => record(s));
  const status = (accept: (s: Status) => boolean) =>
    new Promise<Status>((resolve) => {
      const already = seen.find(accept);
      if (already) resolve(already);
      else waiters.push({ accept, resolve });
    });
  try {
    return await body({ server, dir, status });
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens a document and waits for jieba and for the document's first diagnostics: what follows is measured warm. */
async function openReady({ server, status }: Session, uri: string, text: string): Promise<void> {
  const ready = status((s) => s.segmenter === 'ready');
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text } });
  await ready;
  await server.current(uri, () => true, 60_000);
}

const finalReview = (p: PublishDiagnosticsParams) => !p.diagnostics.some((d) => d.code === 'NP000' && String(d.message).startsWith('Reviewing this large file'));

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

const latency = (xs: number[]): Latency => ({ p50: median(xs), p95: percentile(xs, 95), max: Math.max(...xs), samples: xs.length });

/** didChange → publishDiagnostics for one-character edits (insert, then delete) in the middle of `text`, jieba loaded. */
export async function editLatency(text: string, edits: number, warmup = 10): Promise<Latency> {
  return withServer(async (session) => {
    const { server, dir } = session;
    const uri = uriOf(path.join(dir, 'page.txt'));
    await openReady(session, uri, text);
    const line = Math.floor(text.split('\n').length / 2);
    const samples: number[] = [];
    for (let v = 2; v < 2 + warmup + edits; v++) {
      const insert = v % 2 === 0;
      const range = { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } };
      const published = server.diagnostics(uri, (p) => p.version === v, 30_000);
      const t = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert ? '的' : '' }] });
      await published;
      if (v >= 2 + warmup) samples.push(performance.now() - t);
    }
    return latency(samples);
  });
}

export interface StartRun {
  /** From didOpen to the segmenter's `ready`. */
  readyMs: number;
  /** Symbol requests sent every REQUEST_EVERY_MS from the first didOpen until just after jieba is ready. */
  requests: Latency;
}

/**
 * A fresh server per run: opens `text` and, from that moment, asks for its symbols every
 * REQUEST_EVERY_MS until jieba has loaded and a few requests more. The slowest answer shows how
 * long a request can wait for the dictionary at server start.
 */
export async function startRuns(text: string, runs: number): Promise<StartRun[]> {
  const out: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(
      await withServer(async ({ server, dir, status }) => {
        const uri = uriOf(path.join(dir, 'page.txt'));
        let readyMs = 0;
        const t = performance.now();
        const ready = status((s) => s.segmenter === 'ready' || s.segmenter === 'failed').then(() => (readyMs = performance.now() - t));
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text } });
        const samples: number[] = [];
        let after = 0;
        // Until jieba is ready, and five more: a load that finishes between two requests still shows in the next one.
        while (!readyMs || after++ < 5) {
          const r = performance.now();
          await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
          const took = performance.now() - r;
          samples.push(took);
          if (took < REQUEST_EVERY_MS) await new Promise((resolve) => setTimeout(resolve, REQUEST_EVERY_MS - took));
        }
        await ready;
        return { readyMs, requests: latency(samples) };
      }),
    );
  }
  return out;
}

/** How often the large-file run asks for another file's symbols. */
export const REQUEST_EVERY_MS = 20;

export interface LargeFileRun {
  firstMs: number;
  finalMs: number;
  /** Latency of document-symbol requests about another file, sent one after another during the review. */
  requests: Latency;
}

/** Opens `big` (`runs` times, each under a new name) while asking for a small file's symbols in a loop. */
export async function largeFileRuns(big: string, small: string, runs: number): Promise<LargeFileRun[]> {
  return withServer(async (session) => {
    const { server, dir } = session;
    const smallUri = uriOf(path.join(dir, 'small.txt'));
    await openReady(session, smallUri, small);
    const out: LargeFileRun[] = [];
    for (let i = 0; i <= runs; i++) {
      const uri = uriOf(path.join(dir, `big-${i}.txt`));
      const first = server.diagnostics(uri, () => true, 300_000);
      const final = server.diagnostics(uri, finalReview, 300_000);
      const t = performance.now();
      let done = false;
      let firstMs = 0;
      let finalMs = 0;
      void first.then(() => (firstMs = performance.now() - t));
      void final.then(() => ((finalMs = performance.now() - t), (done = true)));
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: big } });
      const samples: number[] = [];
      // An editor asks now and then (a hover, the outline), not in a tight loop: one request every
      // REQUEST_EVERY_MS at most, so the asking does not compete with the review for the two cores.
      while (!done) {
        const r = performance.now();
        await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: smallUri } });
        const took = performance.now() - r;
        samples.push(took);
        if (!done && took < REQUEST_EVERY_MS) await new Promise((resolve) => setTimeout(resolve, REQUEST_EVERY_MS - took));
      }
      await final;
      await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      if (i > 0) out.push({ firstMs, finalMs, requests: latency(samples) }); // run 0 is the warm-up
    }
    return out;
  });
}

export interface WorkspaceRun {
  files: number;
  indexMs: number;
  /** Peak resident memory of the server process (VmHWM), after indexing and with jieba loaded. */
  peakBytes: number;
  residentBytes: number;
}

/** Starts a server on a folder holding `files` (under seeds/, the default selection), opens one of them and reads the server's memory. */
export async function workspaceRun(files: { uri: string; text: string }[]): Promise<WorkspaceRun> {
  let paths: string[] = [];
  let t = 0;
  return withServer(
    async (session) => {
      await session.status((s) => s.indexing === false);
      const indexMs = performance.now() - t;
      await openReady(session, uriOf(paths[0]), files[0].text);
      const proc = fs.readFileSync(`/proc/${session.server.process.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(proc)?.[1] ?? NaN) * 1024;
      return { files: files.length, indexMs, peakBytes: kb('VmHWM'), residentBytes: kb('VmRSS') };
    },
    (dir) => {
      fs.mkdirSync(path.join(dir, 'seeds'));
      paths = files.map((f, i) => {
        const p = path.join(dir, 'seeds', `${String(i).padStart(5, '0')}.txt`);
        fs.writeFileSync(p, f.text);
        return p;
      });
      t = performance.now(); // from the server's start to the end of its indexing
    },
  );
}
