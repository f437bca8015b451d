// The built server over stdio, as any LSP client (VS Code, Neovim, Helix) sees it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import iconv from 'iconv-lite';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type DocumentSymbol,
  type SymbolInformation,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { ROOT, seed } from '../helpers';
import { startServer, uriOf, type TestServer } from './lspClient';
import { CLIENT_COMMANDS, IndexingNotification } from '../../src/protocol';

let server: TestServer;

before(async () => {
  // As VS Code's client starts it: with the commands it runs.
  server = await startServer(ROOT, { clientCommands: Object.values(CLIENT_COMMANDS) });
});
after(async () => {
  await server.stop();
});

async function open(file: string, text: string, languageId = 'newsprint'): Promise<string> {
  const uri = uriOf(file);
  const published = server.diagnostics(uri);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  await published;
  return uri;
}

test('document symbols: one per article, hierarchical, with subheads as children', async () => {
  const s = seed('003');
  const uri = await open(s.path, s.text);
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((x) => x.name).slice(1), ['永川发力药品“永川造”', '重庆：以干部敢为善为拼出发展新活力', '涪陵：汇聚治网合力助推“三高地三示范区”建设']);
  assert.match(symbols[0].name, /^连日来/);
  assert.match(symbols[0].detail ?? '', /□本报记者 何春阳/);
  assert.match(symbols[1].detail ?? '', /headline after body/);
  const drug = symbols[1];
  assert.deepEqual(drug.range.start, { line: 177, character: 0 });
  assert.deepEqual(drug.selectionRange, { start: { line: 244, character: 0 }, end: { line: 244, character: 11 } });
  assert.deepEqual(
    symbols[2].children?.map((c) => c.name),
    ['出真招 见行动见效果', '在状态 时刻鼓起精气神', '建机制 有保障管长远'],
  );
});

test('folding ranges: each article and each column-wrapped paragraph', async () => {
  const s = seed('003');
  const uri = uriOf(s.path);
  const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(ranges);
  assert.ok(ranges.some((r) => r.startLine === 177 && r.endLine === 244 && r.kind === 'region'));
  assert.ok(ranges.some((r) => r.startLine === 2 && r.endLine === 15 && r.kind === undefined));
});

test('workspace symbols find an article by headline in two files, including files never opened', async () => {
  // Files never opened are in the index once the first indexing is done (slow on a loaded machine).
  await server.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
  const result = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '永川发力药品' })) as (SymbolInformation | WorkspaceSymbol)[];
  const files = new Set(result.map((r) => path.basename(new URL(r.location.uri).pathname)));
  assert.ok(files.has('000_024af6bbebe0fcb3.txt'), [...files].join());
  assert.ok(files.has('003_feb2debdf300b655.txt'), [...files].join());
  assert.ok(result.every((r) => r.name.includes('永川发力药品')));
});

test('edits are reflected: a new headline shows in symbols after didChange', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-'));
  const file = path.join(dir, 'page.txt');
  const uri = await open(file, '## 潼南油菜花节开幕\n\n本报讯(记者 田野)3月5日,潼南油菜花节开幕。\n');
  const changed = server.diagnostics(uri);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, text: '铜梁' }],
  });
  await changed;
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['铜梁油菜花节开幕'],
  );
});

test('a file decoded with the wrong encoding gets one clear diagnostic; empty and binary text do not crash', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-'));
  const bad = uriOf(path.join(dir, 'gbk-as-utf8.txt'));
  const published = server.diagnostics(bad);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: bad, languageId: 'newsprint', version: 1, text: '\ufffd\ufffd\ufffd\ufffd(\ufffd\ufffd \ufffd\ufffd)12\ufffd\ufffd19\ufffd\ufffd' },
  });
  const d = await published;
  assert.equal(d.diagnostics.length, 1);
  assert.equal(d.diagnostics[0].code, 'NP001');
  assert.match(String(d.diagnostics[0].message), /Reopen with Encoding/);
  assert.deepEqual(d.diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: bad },
    range: d.diagnostics[0].range,
    context: { diagnostics: d.diagnostics },
  })) as CodeAction[];
  const reopen = actions.find((a) => a.command?.command === 'newsprint.reopenWithEncoding');
  assert.ok(reopen?.isPreferred, 'the preferred quick fix reopens the file with another encoding');
  assert.deepEqual(reopen.command?.arguments, [bad]);
  // The bytes on disk are GB18030: one click reopens the file in it; the picker stays second.
  const gbFile = path.join(dir, 'gb.txt');
  fs.writeFileSync(gbFile, iconv.encode('本报讯 记者从永川区获悉。\n', 'gb18030'));
  const gb = uriOf(gbFile);
  const gbDiag = server.diagnostics(gb);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: gb, languageId: 'newsprint', version: 1, text: new TextDecoder().decode(fs.readFileSync(gbFile)) },
  });
  const g = await gbDiag;
  const gbActions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: gb },
    range: g.diagnostics[0].range,
    context: { diagnostics: g.diagnostics },
  })) as CodeAction[];
  assert.deepEqual(
    gbActions.filter((a) => a.command?.command === 'newsprint.reopenWithEncoding').map((a) => [a.title, a.isPreferred, a.command?.arguments]),
    [
      ["Reopen as GB18030 (the file's bytes read cleanly so)", true, [gb, 'gb18030']],
      ['Reopen with Encoding… (GB18030 is common)', false, [gb]],
    ],
  );
  // An untitled buffer has no bytes to decode again: NP001 stays, the reopen does not.
  const untitled = 'untitled:Untitled-9';
  const untitledDiag = server.diagnostics(untitled);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: untitled, languageId: 'newsprint', version: 1, text: '\ufffd\ufffd(\ufffd\ufffd)12\ufffd\ufffd' },
  });
  const u = await untitledDiag;
  assert.equal(u.diagnostics[0].code, 'NP001');
  const untitledActions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: untitled },
    range: u.diagnostics[0].range,
    context: { diagnostics: u.diagnostics },
  })) as CodeAction[];
  assert.ok(!untitledActions.some((a) => a.command?.command === 'newsprint.reopenWithEncoding'), 'no reopen for an untitled buffer');

  const empty = await open(path.join(dir, 'empty.txt'), '');
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: empty } });
  assert.deepEqual(symbols, []);
  const binUri = uriOf(path.join(dir, 'bin.txt'));
  const binDiag = server.diagnostics(binUri);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: binUri, languageId: 'newsprint', version: 1, text: 'PK\u0003\u0004\u0000\u0000\u0008\u0000' },
  });
  const binary = await binDiag;
  assert.match(String(binary.diagnostics[0].message), /binary/);
  const binActions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: binUri },
    range: binary.diagnostics[0].range,
    context: { diagnostics: binary.diagnostics },
  })) as CodeAction[];
  assert.ok(!binActions.some((a) => a.command?.command === 'newsprint.reopenWithEncoding'), 'no encoding makes a binary file text');
  assert.equal(server.process.exitCode, null, 'server still running');
});
