// Workspace indexing as a client sees it: progress while the files are read, then workspace symbols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceSymbolRequest, type WorkspaceSymbol } from 'vscode-languageserver-protocol/node';
import { SEEDS } from '../helpers';
import { startServer, type ProgressEvent } from './lspClient';

test('indexing reports window/workDoneProgress begin, per-file reports and end', async () => {
  const events: ProgressEvent[] = [];
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const server = await startServer(SEEDS, {}, (e) => {
    events.push(e);
    if (e.kind === 'end') ended();
  });
  try {
    // The end of the progress is the signal that the index is complete.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([end, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no progress end; saw ${JSON.stringify(events)}`)), 15_000)))]);
    clearTimeout(timer);
    assert.equal(events[0].kind, 'begin');
    assert.match(events[0].title ?? '', /indexing/);
    const reports = events.filter((e) => e.kind === 'report');
    assert.equal(reports.length, 5, 'one report per seed file');
    assert.equal(reports[reports.length - 1].percentage, 100);
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '涪陵' })) as WorkspaceSymbol[];
    assert.ok(symbols.some((s) => s.name.startsWith('涪陵：汇聚治网合力')));
  } finally {
    await server.stop();
  }
});
