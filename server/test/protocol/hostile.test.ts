// Hostile and odd workspaces as a client sees them: an accepted list that is a link to /dev/zero or
// a FIFO, symlink loops, a 200 MB file, a directory named like a page, a file deleted while the
// index is built. `initialize` must answer at once, the server must stay responsive and small, and
// malformed or cancelled requests get the protocol's own errors. Every hostile file is made here,
// in a temporary workspace, never in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  type CodeAction,
  type TextDocumentEdit,
  DidOpenTextDocumentNotification,
  FileChangeType,
  DocumentSymbolRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { seed, seedFiles } from '../helpers';
import { startServer, uriOf, type ProgressEvent, type TestServer } from './lspClient';
import { ArticleFindingsRequest, ArticlesRequest, DuplicateCopiesRequest, FixEditsRequest, ReportRequest, RuleFindingsRequest, RuleGroupsRequest } from '../../src/protocol';

/** A hung server fails its test instead of hanging the suite. */
const LIMIT = { timeout: 60_000 };

/** A workspace with the seeds in `seeds/`, laid out by `arrange`; removed by the caller. */
function workspace(arrange: (root: string, seeds: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-hostile-'));
  const seeds = path.join(root, 'seeds');
  fs.mkdirSync(seeds);
  for (const file of seedFiles()) fs.copyFileSync(file, path.join(seeds, path.basename(file)));
  arrange(root, seeds);
  return root;
}

/**
 * Runs `body` in a fresh workspace laid out by `arrange`; every server it starts through `track`
 * is stopped and the folder removed afterwards, whatever happened.
 */
async function inWorkspace(arrange: (root: string, seeds: string) => void, body: (root: string, track: (s: TestServer) => TestServer) => Promise<void>): Promise<void> {
  const root = workspace(arrange);
  const servers: TestServer[] = [];
  try {
    await body(root, (s) => (servers.push(s), s));
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Resident memory of a process, in MB (Linux). */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** Starts the server and resolves once indexing ended; `initializeMs` is how long `initialize` took. */
async function startIndexed(root: string): Promise<{ server: TestServer; initializeMs: number }> {
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const started = Date.now();
  // startServer resolves after `initialize` has been answered and `initialized` sent.
  const server = await startServer(root, {}, (e: ProgressEvent) => e.kind === 'end' && ended());
  const initializeMs = Date.now() - started;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([end, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('indexing never ended')), 30_000)))]);
  clearTimeout(timer);
  return { server, initializeMs };
}

/** The server answers a document request about an open seed: it is alive and not stuck. */
async function answersSymbols(server: TestServer, file: string): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  const uri = uriOf(file);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text } });
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as unknown[];
  assert.ok(symbols.length > 0, 'the open page has articles');
}

/** `touched`: paths (relative to the workspace) the client then says changed on disk, as a file watcher would. */
async function hostileCase(name: string, arrange: (root: string, seeds: string) => void, touched: string[] = []): Promise<void> {
  await inWorkspace(arrange, async (root, track) => {
    const started = await startIndexed(root);
    const server = track(started.server);
    assert.ok(started.initializeMs < 1000, `${name}: initialize answered in ${started.initializeMs} ms`);
    if (touched.length) {
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: touched.map((p) => ({ uri: uriOf(path.join(root, p)), type: FileChangeType.Changed as FileChangeType })),
      });
    }
    await answersSymbols(server, path.join(root, 'seeds', path.basename(seed('003').path)));
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '永川发力药品' })) as unknown[];
    assert.ok(symbols.length >= 2, `${name}: the seeds are still indexed`);
    const mb = residentMb(server.process.pid!);
    assert.ok(mb < 500, `${name}: the server peaked at ${mb.toFixed(0)} MB`);
  });
}

test('an accepted list linked to /dev/zero: initialize answers at once, nothing is read from the device', LIMIT, () =>
  hostileCase('/dev/zero', (root) => {
    fs.mkdirSync(path.join(root, '.newsprint'));
    fs.symlinkSync('/dev/zero', path.join(root, '.newsprint', 'accepted.json'));
  }),
);

test('an accepted list that is a FIFO: nobody waits for a writer', LIMIT, () =>
  hostileCase('FIFO', (root) => {
    fs.mkdirSync(path.join(root, '.newsprint'));
    execFileSync('mkfifo', [path.join(root, '.newsprint', 'accepted.json')]);
  }),
);

test('symlink loops, a directory named like a page, a FIFO page and a page linked to /dev/zero are passed over', LIMIT, () =>
  hostileCase(
    'loops and odd files',
    (_root, seeds) => {
      fs.symlinkSync(path.join(seeds, 'b'), path.join(seeds, 'a'));
      fs.symlinkSync(path.join(seeds, 'a'), path.join(seeds, 'b'));
      fs.symlinkSync(seeds, path.join(seeds, 'self'));
      fs.mkdirSync(path.join(seeds, 'x.txt'));
      execFileSync('mkfifo', [path.join(seeds, 'pipe.txt')]);
      fs.symlinkSync('/dev/zero', path.join(seeds, 'zero.txt'));
    },
    ['seeds/pipe.txt', 'seeds/zero.txt', 'seeds/x.txt', 'seeds/a', '.newsprint/accepted.json'],
  ),
);

test('a 200 MB page is indexed from its first part only, within the memory bar', LIMIT, () =>
  hostileCase('200 MB', (_root, seeds) => {
    const page = Buffer.from(seed('003').text);
    const fd = fs.openSync(path.join(seeds, 'huge.txt'), 'w');
    try {
      for (let written = 0; written < 200 * 1024 * 1024; written += page.length) fs.writeSync(fd, page);
    } finally {
      fs.closeSync(fd);
    }
  }),
);

test('a file deleted while the index is built leaves no entry and no error', LIMIT, () =>
  inWorkspace(
    (_root, seeds) => {
      const page = seed('004').text;
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(seeds, `page${String(i).padStart(3, '0')}.txt`), `${page}\n第${i}版\n`);
    },
    async (root, track) => {
      const doomed = path.join(root, 'seeds', 'page199.txt');
      let ended!: () => void;
      const end = new Promise<void>((resolve) => (ended = resolve));
      const server = track(
        await startServer(root, {}, (e) => {
          // Deleted as soon as the index starts reading: it was listed, and is gone when its turn comes.
          if (e.kind === 'begin') fs.rmSync(doomed, { force: true });
          if (e.kind === 'end') ended();
        }),
      );
      await end;
      await answersSymbols(server, path.join(root, 'seeds', 'page000.txt'));
      assert.ok(!server.logs.some((l) => /error|exception/i.test(l)), server.logs.join('\n'));
    },
  ),
);

test('malformed parameters of Newsprint requests are InvalidParams (-32602), not internal errors', LIMIT, async () => {
  await inWorkspace(
    () => undefined,
    async (root, track) => {
      const server = track((await startIndexed(root)).server);
      const bad: [string, unknown][] = [
        [ReportRequest.method, null],
        [ReportRequest.method, { format: 'pdf' }],
        [DuplicateCopiesRequest.method, null],
        [DuplicateCopiesRequest.method, { uri: 'file:///x.txt', position: { line: -1, character: 0 } }],
        [FixEditsRequest.method, { ruleId: 7 }],
        [ArticleFindingsRequest.method, { uri: 'file:///x.txt' }],
        [RuleFindingsRequest.method, { ruleId: 'NP101' }],
        [ArticlesRequest.method, { surprise: 1 }],
      ];
      for (const [method, params] of bad) {
        await assert.rejects(server.connection.sendRequest(method, params), (err: { code?: number }) => err.code === -32602, `${method} ${JSON.stringify(params)}`);
      }
      const report = (await server.connection.sendRequest(ReportRequest.method, { format: 'markdown' })) as string;
      assert.match(report, /^# Newsprint review report/);
    },
  );
});

test('a whole-workspace request cancelled before it finished answers RequestCancelled (-32800), and the server goes on', LIMIT, () =>
  inWorkspace(
    (_root, seeds) => {
      const pages = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));
      for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(seeds, `page${String(i).padStart(3, '0')}.txt`), `${pages[i % pages.length]}\n第${i}版\n`);
    },
    async (root, track) => {
      const server = track((await startIndexed(root)).server);
      const source = new CancellationTokenSource();
      const findings = server.connection.sendRequest(RuleGroupsRequest.method, undefined, source.token);
      // Cancelled at once: 300 pages take far longer than one slice of the walk.
      source.cancel();
      await assert.rejects(findings, (err: { code?: number }) => err.code === -32800);
      // The walk that was cut off kept what it had done; the next one finishes.
      const groups = (await server.connection.sendRequest(RuleGroupsRequest.method)) as { ruleId: string }[];
      assert.ok(groups.length > 0);
    },
  ),
);

test('a client that applies versioned edits gets its code actions as TextDocumentEdits naming the document version', LIMIT, async () => {
  await inWorkspace(
    () => undefined,
    async (root, track) => {
      const server = track(await startServer(root, {}, undefined, { workspace: { workspaceEdit: { documentChanges: true } } }));
      const file = path.join(root, 'seeds', path.basename(seed('004').path));
      const uri = uriOf(file);
      const published = server.diagnostics(uri, (p) => p.diagnostics.length > 0);
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 7, text: fs.readFileSync(file, 'utf8') } });
      const { diagnostics } = await published;
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } })) as CodeAction[];
      const edits = actions.filter((a) => a.edit);
      assert.ok(edits.length > 0, 'the finding has a fix');
      for (const a of edits) {
        assert.equal(a.edit!.changes, undefined, a.title);
        const [change] = a.edit!.documentChanges as TextDocumentEdit[];
        assert.deepEqual(change.textDocument, { uri, version: 7 }, a.title);
      }
    },
  );
});
