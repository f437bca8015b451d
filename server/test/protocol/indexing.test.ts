// Workspace indexing as a client sees it: progress while the files are read, then workspace symbols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  WorkspaceSymbolRequest,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { SEEDS, seed } from '../helpers';
import { startServer, uriOf, type ProgressEvent } from './lspClient';
import { ArticleFindingsRequest, ArticlesRequest, FixEditsRequest, RuleFindingsRequest, RuleGroupsRequest } from '../../src/protocol';

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

test('the Review view’s data: findings by rule then file, and the edits for one fix, one rule in a file, one rule everywhere', async () => {
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const server = await startServer(SEEDS, {}, (e) => e.kind === 'end' && ended());
  try {
    await end;
    type Group = { ruleId: string; files: { uri: string; count: number; fixable: number }[] };
    type Found = { range: { start: { line: number; character: number } }; fix?: string; severity: string };
    const groups = (await server.connection.sendRequest(RuleGroupsRequest.method)) as Group[];
    assert.deepEqual(
      groups.map((g) => g.ruleId),
      [...groups.map((g) => g.ruleId)].sort(),
    );
    const wraps = groups.find((g) => g.ruleId === 'NP101')!;
    const file = wraps.files[0];
    // A file's findings of a rule come when the view opens that file's node; their number is the count.
    const findings = (await server.connection.sendRequest(RuleFindingsRequest.method, { ruleId: 'NP101', uri: file.uri })) as Found[];
    assert.equal(findings.length, file.count);
    assert.equal(findings.filter((f) => f.fix).length, file.fixable);
    assert.ok(
      findings.every((x) => x.severity !== 'hint'),
      'hints stay in the text',
    );
    // Each article's findings, asked for when the Articles view opens it, add up to the file's counts.
    type Article = { counts: Record<string, number> };
    const files = (await server.connection.sendRequest(ArticlesRequest.method)) as { uri: string; articles: Article[] }[];
    const articles = files.find((f) => f.uri === file.uri)!.articles;
    let inArticles = 0;
    for (const [k, a] of articles.entries()) {
      const listed = (await server.connection.sendRequest(ArticleFindingsRequest.method, { uri: file.uri, article: k })) as { ruleId: string }[];
      assert.equal(
        listed.length,
        Object.values(a.counts).reduce((n, c) => n + c, 0),
      );
      inArticles += listed.filter((f) => f.ruleId === 'NP101').length;
    }
    assert.ok(inArticles <= file.count, 'findings outside any article are counted for the file only');
    type Fix = { changes: Record<string, { newText: string }[]>; fixes: number };
    const one = (await server.connection.sendRequest(FixEditsRequest.method, { ruleId: 'NP101', uri: file.uri, position: findings[0].range.start })) as Fix;
    assert.equal(one.fixes, 1);
    assert.deepEqual(Object.keys(one.changes), [file.uri]);
    const inFile = (await server.connection.sendRequest(FixEditsRequest.method, { ruleId: 'NP101', uri: file.uri })) as Fix;
    // Fix-all runs until nothing is left, so a repair that uncovers another counts too.
    assert.ok(inFile.fixes >= file.count);
    // One edit per fix (one pass did it all here), in order and apart, so a preview can list each.
    type Pos = { line: number; character: number };
    const edits = (inFile.changes[file.uri] as unknown as { range: { start: Pos; end: Pos } }[]).map((e) => e.range);
    assert.ok(edits.length > 1, `${edits.length} edits`);
    const before = (p: Pos, q: Pos) => p.line < q.line || (p.line === q.line && p.character <= q.character);
    assert.ok(
      edits.every((r, i) => i === 0 || before(edits[i - 1].end, r.start)),
      'edits in order, not overlapping',
    );
    const everywhere = (await server.connection.sendRequest(FixEditsRequest.method, { ruleId: 'NP101' })) as Fix;
    assert.deepEqual(Object.keys(everywhere.changes).sort(), wraps.files.map((f) => f.uri).sort());
    assert.ok(everywhere.fixes >= wraps.files.reduce((n, f) => n + f.count, 0));
    const none = (await server.connection.sendRequest(FixEditsRequest.method, { ruleId: 'NP311' })) as Fix;
    assert.equal(none.fixes, 0, 'agreement findings have nothing to apply');
  } finally {
    await server.stop();
  }
});

test('run: onSave reviews on open and save, not on each change; maxFindings cuts the list with a notice', async () => {
  const server = await startServer(SEEDS, { run: 'onSave', maxFindings: 3 });
  try {
    const s = seed('004');
    const uri = uriOf(s.path);
    const first = server.diagnostics(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: s.text } });
    const opened = await first;
    assert.equal(opened.version, 1);
    assert.equal(opened.diagnostics[0].code, 'NP000');
    assert.match(String(opened.diagnostics[0].message), /first 3 of \d+ findings/);
    assert.equal(opened.diagnostics.filter((d) => d.severity !== 4 && d.code !== 'NP000').length, 3);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    // Requests are answered in order: had the change been reviewed, its diagnostics would already be out.
    await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.equal((await server.current(uri)).version, 1, 'no review on change');
    const saved = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.equal((await saved).version, 2);
  } finally {
    await server.stop();
  }
});
