// Faults as a client meets them: files deleted or renamed on disk while indexed leave no stale
// findings in the files still open, and a server killed outright is replaced by one that indexes
// the workspace again (what the client's restart does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  WorkspaceSymbolRequest,
  type PublishDiagnosticsParams,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { seed } from '../helpers';
import { startServer, uriOf, type ProgressEvent, type TestServer } from './lspClient';

/** A server on `dir`, returned once its first indexing has ended. */
async function indexedServer(dir: string): Promise<TestServer> {
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const server = await startServer(dir, {}, (e: ProgressEvent) => e.kind === 'end' && ended());
  await end;
  return server;
}

const copiesIn = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'NP201').flatMap((d) => (d.relatedInformation ?? []).map((r) => path.basename(r.location.uri)));

test('a copy deleted or renamed on disk: the open file’s duplicate findings follow at once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-faults-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  const text = seed('001').text;
  const a = path.join(dir, 'seeds', 'a.txt');
  const b = path.join(dir, 'seeds', 'b.txt');
  const c = path.join(dir, 'seeds', 'c.txt');
  fs.writeFileSync(a, text);
  fs.writeFileSync(b, text);
  const server = await indexedServer(dir);
  try {
    const aUri = uriOf(a);
    const first = server.diagnostics(aUri, (p) => copiesIn(p).includes('b.txt'));
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: aUri, languageId: 'newsprint', version: 1, text } });
    await first;

    fs.renameSync(b, c);
    const renamed = server.diagnostics(aUri, (p) => copiesIn(p).includes('c.txt'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: uriOf(b), type: FileChangeType.Deleted },
        { uri: uriOf(c), type: FileChangeType.Created },
      ],
    });
    assert.ok(!copiesIn(await renamed).includes('b.txt'), 'nothing points at the old name');

    fs.rmSync(c);
    const deleted = server.diagnostics(aUri, (p) => copiesIn(p).length === 0);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(c), type: FileChangeType.Deleted }] });
    await deleted;
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as WorkspaceSymbol[];
    assert.ok(
      symbols.every((s) => path.basename(s.location.uri) === 'a.txt'),
      'the index holds only the file that is left',
    );
  } finally {
    await server.stop();
  }

  // Killed outright (a crash, an OOM kill): the next server indexes the workspace again from disk.
  const killed = await indexedServer(dir);
  const exited = new Promise((resolve) => killed.process.once('exit', resolve));
  killed.process.kill('SIGKILL');
  await exited;
  const again = await indexedServer(dir);
  try {
    const symbols = (await again.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as WorkspaceSymbol[];
    assert.ok(
      symbols.some((s) => path.basename(s.location.uri) === 'a.txt'),
      're-indexed after the restart',
    );
  } finally {
    await again.stop();
  }
});
