// Quick fixes and fix-all as an LSP client sees them, and jieba arriving after the first diagnostics.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, CodeLensRequest, DidOpenTextDocumentNotification, HoverRequest, type CodeAction, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, TokenCorpus } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { ROOT, seed, seedFiles } from '../helpers';
import { startServer, uriOf, type TestServer } from './lspClient';
import * as fs from 'node:fs';
import { CLIENT_COMMANDS } from '../../src/protocol';

let server: TestServer;
before(async () => {
  // As VS Code's client starts it: with the commands it runs.
  server = await startServer(ROOT, { clientCommands: Object.values(CLIENT_COMMANDS) });
});
after(async () => {
  await server.stop();
});

const applyLsp = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'newsprint', 1, text), edits);

test('first diagnostics come without the dictionary; sharper ones follow when jieba is ready', async () => {
  const s = seed('000');
  const uri = uriOf(s.path);
  const first = server.diagnostics(uri);
  const sharper = server.diagnostics(uri, (p) => p.diagnostics.some((d) => String(d.message).includes('cuts “就业”')), 20_000);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: s.text } });
  const d1 = await first;
  const split = d1.diagnostics.find((d) => String(d.message).includes('促就|业'));
  assert.ok(split, 'the split is reported at once');
  assert.match(String(split.message), /mid-sentence/);
  const d2 = await sharper;
  const again = d2.diagnostics.find((d) => String(d.message).includes('促就|业'))!;
  assert.equal(again.code, 'NP102');
  assert.equal(again.source, 'newsprint(split-paragraph)');
  assert.deepEqual(again.range, { start: { line: 8, character: 84 }, end: { line: 10, character: 1 } });
});

test('a quick fix joins the two parts; the preferred one comes first; fix-all actions are offered', async () => {
  const s = seed('000');
  const uri = uriOf(s.path);
  const all = (await server.current(uri, (p) => p.diagnostics.some((d) => String(d.message).includes('cuts “就业”')))).diagnostics;
  const split = all.find((d) => String(d.message).includes('促就|业'))!;
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: split.range,
    context: { diagnostics: [split] },
  })) as CodeAction[];
  assert.equal(actions[0].title, 'Join the two parts');
  assert.equal(actions[0].isPreferred, true);
  const fixed = applyLsp(s.text, actions[0].edit!.changes![uri]);
  assert.ok(fixed.includes('负责人道出稳就业促就业“答卷”优秀的秘诀'));
  assert.equal(fixed.replace(/\s/g, ''), s.text.replace(/\s/g, ''));
  assert.ok(actions.some((a) => /^Fix all NP102 split-paragraph in this file/.test(a.title)));
  assert.ok(actions.some((a) => /^Fix all wraps in this file/.test(a.title)));
});

test('source.fixAll.newsprint returns the engine’s fix-all as one edit', async () => {
  const s = seed('003');
  const uri = uriOf(s.path);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: s.text } });
  await server.current(uri);
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.newsprint'] },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.newsprint');
  const corpus = new TokenCorpus();
  for (const f of seedFiles()) corpus.set(uriOf(f), fs.readFileSync(f, 'utf8'));
  const expected = fixAll(s.text, { segmenter: loadJieba(), corpus, families: ['wraps', 'figures', 'punctuation'] }).text;
  assert.equal(applyLsp(s.text, actions[0].edit!.changes![uri]), expected);
  assert.ok(expected.includes('临床CRO、CDMO以及MAH'), 'the workspace confirms CDMO');
  assert.ok(expected.includes('1月—10月'), 'the range hyphen becomes a dash');
});

test('a hover on a figure finding shows the numbers it used', async () => {
  const s = seed('000');
  const uri = uriOf(s.path);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text: s.text } });
  const published = await server.current(uri, (p) => p.diagnostics.some((d) => d.code === 'NP311'));
  const d = published.diagnostics.find((x) => x.code === 'NP311')!;
  assert.equal(d.relatedInformation?.length, 1);
  const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
  const value = (hover?.contents as { value: string }).value;
  assert.match(value, /NP311 headline-body-figure/);
  assert.match(value, /The numbers: `“2\.6万余人” says more than 26,000 \(“余”\); “2\.6万人” says 26,000`/);
  assert.match(value, /Both count 人 with the words “新增就业”/, 'and why the two figures were taken to belong together');
  assert.match(String(d.message), /Both count 人 with the words “新增就业”/);
});

test('a hover on a finding explains its rule, names the standard and links to the rule reference', async () => {
  const s = seed('003');
  const uri = uriOf(s.path);
  const diags = (await server.current(uri)).diagnostics;
  const space = diags.find((d) => d.code === 'NP106')!;
  const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: space.range.start });
  const value = (hover?.contents as MarkupContent).value;
  assert.match(value, /\*\*NP106 stray-space\*\*/);
  assert.match(value, /Standard: GB\/T 15835-2011/);
  // The link opens the reference at the rule's heading (#L<line>), in VS Code and any editor that reads line fragments.
  const link = /\[Rule reference\]\((file:\/\/[^)#]*docs\/rules\.md)#L(\d+)\)/.exec(value.slice(value.indexOf('**NP106')));
  assert.ok(link, value);
  assert.equal(fs.readFileSync(new URL(link[1]), 'utf8').split('\n')[Number(link[2]) - 1], '## NP106 stray-space');
  assert.equal(space.codeDescription?.href, `${link[1]}#L${link[2]}`, 'the Problems panel links to the same place');
  const none = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.equal(none, null);
});

test('code lenses above each article: its finding count, and "duplicate of …" for a copy', async () => {
  const s = seed('003');
  const uri = uriOf(s.path);
  await server.current(uri, (p) => p.diagnostics.some((d) => d.code === 'NP201'));
  const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  const titles = (lenses ?? []).map((l) => l.command?.title ?? '');
  assert.equal(titles.filter((t) => /^\d+ problems?( · \d+ notes?)?$/.test(t)).length, 4, 'one count per article');
  const dup = (lenses ?? []).find((l) => l.command?.command === 'newsprint.compareDuplicates');
  assert.match(dup?.command?.title ?? '', /^duplicate of 000_024af6bbebe0fcb3\.txt \(\d+%\)$/);
  assert.equal(dup?.range.start.line, 244);
});
