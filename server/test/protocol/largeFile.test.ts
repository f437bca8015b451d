// A very large document over stdio: reviewed in steps, so other requests are answered while it
// runs, and an edit that overtakes the review cancels it (no diagnostics for the old version).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { concatenation } from '../../bench/corpus';
import { STEPPED_REVIEW_CHARS } from '../../src/lsp/steppedReview';
import { seed } from '../helpers';
import { pageOnly, RULES } from '../../src/engine';
import { startServer, uriOf, type TestServer } from './lspClient';

let server: TestServer;
let dir: string;
const big = concatenation(1.2 * 1024 * 1024);
const progressNotice = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'NP000' && String(d.message).startsWith('Reviewing this large file'));

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-large-'));
  // The worker whatever the machine: on two cores the server would keep the whole review on its thread.
  process.env.NEWSPRINT_PAGE_WORKER = 'always';
  server = await startServer(dir);
});
after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, text: string, version = 1): Promise<string> {
  const uri = uriOf(path.join(dir, name));
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version, text } });
  return uri;
}

test('the corpus is over the stepped-review threshold', () => {
  assert.ok(big.length > STEPPED_REVIEW_CHARS, `${big.length}`);
});

test('a request about a small file is answered while a large file is still being reviewed', async () => {
  const small = seed('003');
  const smallUri = await open('small.txt', small.text);
  await server.diagnostics(smallUri);
  const events: string[] = [];
  const bigUri = uriOf(path.join(dir, 'big.txt'));
  const bigDone = server.diagnostics(bigUri, (p) => !progressNotice(p), 120_000).then(() => events.push('large file reviewed'));
  await open('big.txt', big);
  const symbols = server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: smallUri } }).then((s) => {
    events.push('symbols answered');
    return s;
  });
  await Promise.all([bigDone, symbols]);
  assert.deepEqual(events, ['symbols answered', 'large file reviewed']);
  assert.ok(((await symbols) ?? []).length >= 3);
  const final = await server.current(bigUri);
  assert.ok(final.diagnostics.length > 0, 'the large file has findings');
});

test('the page-only rules of a large file run in the worker thread and their findings reach the diagnostics', async () => {
  const uri = await open('halves.txt', big);
  const final = await server.current(uri, (p) => !progressNotice(p), 120_000);
  const codes = new Set(final.diagnostics.map((d) => String(d.code)));
  const pageOnlyIds = RULES.filter(pageOnly).map((r) => r.id);
  const fromWorker = pageOnlyIds.filter((id) => codes.has(id));
  assert.ok(fromWorker.length >= 3, `page-only findings: ${fromWorker.join(' ')}`);
  assert.ok(codes.has('NP201') || codes.has('NP202'), 'and the workspace half ran too');
  assert.deepEqual(
    server.logs.filter((m) => m.includes('page half')),
    [],
    'the worker did the page half (no fallback to the server thread)',
  );
});

test("a large file reviewed on the server's thread alone (as on two cores) gets the same diagnostics as in two halves", async () => {
  const key = (d: PublishDiagnosticsParams['diagnostics'][number]) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
  // Two fresh servers, each with this one file open: the other files open above would be copies to compare with.
  const reviewWith = async (pageWorker: 'always' | 'never') => {
    const ownDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsprint-large-${pageWorker}-`));
    process.env.NEWSPRINT_PAGE_WORKER = pageWorker;
    const own = await startServer(ownDir);
    try {
      const uri = uriOf(path.join(ownDir, 'same.txt'));
      await own.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: big } });
      return (await own.current(uri, (p) => !progressNotice(p), 120_000)).diagnostics.map(key).sort();
    } finally {
      await own.stop();
      fs.rmSync(ownDir, { recursive: true, force: true });
    }
  };
  const halves = await reviewWith('always');
  const alone = await reviewWith('never');
  assert.ok(alone.length > 100, `${alone.length} diagnostics`);
  assert.deepEqual(alone, halves);
});

test('an edit that overtakes a large file review cancels it: nothing is published for the old version', async () => {
  const versions: (number | undefined)[] = [];
  const uri = uriOf(path.join(dir, 'edited.txt'));
  // Every publish for the uri passes through `accept`, so none is missed between waits.
  const final = server.diagnostics(
    uri,
    (p) => {
      versions.push(p.version);
      return p.version === 2 && !progressNotice(p);
    },
    120_000,
  );
  await open('edited.txt', big);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '本' }],
  });
  await final;
  assert.ok(!versions.includes(1), `published versions: ${versions.join(', ')}`);
});
