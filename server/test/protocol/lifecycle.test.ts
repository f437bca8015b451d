// A document's life as a client sees it over stdio: opened, edited, closed, with the views that
// depend on it (the Articles view, Compare Duplicate Copies) and "Reflow this article" at each step.
// An open buffer stands for its file; once closed, the file on disk does again and its diagnostics
// are cleared, since a client keeps showing whatever was published last.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, uriOf, type TestServer } from './lspClient';
import { ArticlesRequest, DuplicateCopiesRequest, REFLOW_ARTICLE_KIND, type DuplicateCopies, type FileNode } from '../../src/protocol';

const HEADLINE = '永川区新增就业岗位两万个';
const PARAGRAPHS = [
  '本报讯(记者 李华)今年以来，永川区多措并举稳就业，全区新增就业岗位两万个，城镇登记失业率控制在百分之三以内。',
  '区人社局负责人介绍，该区全年开展了多场招聘会，帮助高校毕业生和农民工实现就业，还为困难群众开发了公益岗位。',
];
/** The story set in a column of twelve characters a line, as extraction leaves a printed page. */
const COLUMN = `${HEADLINE}\n\n${PARAGRAPHS.map((p) => p.match(/.{1,12}/gu)!.join('\n')).join('\n\n')}\n`;
/** The same story reflowed, in another file. */
const REFLOWED = `${HEADLINE}\n\n${PARAGRAPHS.join('\n\n')}\n`;
/** Another story altogether. */
const OTHER = '合川区春耕生产有序推进\n\n本报讯(记者 赵强)连日来，合川区抢抓农时，组织农机手下田翻耕，全区已完成春耕面积十万亩，各项工作有序推进。\n';

let dir: string;
let server: TestServer;
let pageUri: string;
let copyUri: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-life-'));
  // Where the server looks for newspaper files without settings (`**/seeds/**/*.txt`).
  const pages = path.join(dir, 'seeds');
  fs.mkdirSync(pages);
  fs.writeFileSync(path.join(pages, 'page.txt'), COLUMN);
  fs.writeFileSync(path.join(pages, 'copy.txt'), REFLOWED);
  pageUri = uriOf(path.join(pages, 'page.txt'));
  copyUri = uriOf(path.join(pages, 'copy.txt'));
  let indexed!: () => void;
  const done = new Promise<void>((resolve) => (indexed = resolve));
  server = await startServer(dir, {}, (e) => e.kind === 'end' && indexed());
  await done;
});

after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const codes = (p: PublishDiagnosticsParams) => new Set(p.diagnostics.map((d) => String(d.code)));
const articlesOf = async (uri: string) => ((await server.connection.sendRequest(ArticlesRequest.method)) as FileNode[]).find((f) => f.uri === uri)?.articles ?? [];
const copiesAt = (uri: string, line: number) => server.connection.sendRequest(DuplicateCopiesRequest.method, { uri, position: { line, character: 0 } }) as Promise<DuplicateCopies>;

async function reflowActions(uri: string, wraps: Diagnostic[]): Promise<CodeAction[]> {
  return (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: wraps[0].range,
    context: { diagnostics: wraps, only: [REFLOW_ARTICLE_KIND] },
  })) as CodeAction[];
}

test('open, change, close: diagnostics, the Articles view, the copies to compare and Reflow this article follow the buffer, then the file again', async () => {
  // Opened as it is on disk: the column wraps, and the copy in the other file.
  const opened = server.diagnostics(pageUri);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pageUri, languageId: 'newsprint', version: 1, text: COLUMN } });
  const first = await opened;
  assert.ok(codes(first).has('NP101'), `column wraps: ${[...codes(first)]}`);
  assert.ok(codes(first).has('NP201'), `the copy in copy.txt: ${[...codes(first)]}`);
  const reprint = first.diagnostics.find((d) => d.code === 'NP201')!;
  assert.ok(
    reprint.relatedInformation?.some((r) => r.location.uri === copyUri),
    'the finding points at the other copy',
  );

  const [article] = await articlesOf(pageUri);
  assert.equal(article.name, HEADLINE);
  assert.deepEqual(
    article.duplicates.map((d) => d.uri),
    [copyUri],
  );
  const compared = await copiesAt(pageUri, 2);
  assert.equal(compared.article?.uri, pageUri);
  assert.deepEqual(
    compared.copies.map((c) => c.uri),
    [copyUri],
  );
  // Normalised for the diff editor, the two layouts of one story read the same.
  assert.equal(compared.copies[0].text, compared.article!.text);

  // Reflow this article joins every wrap of the article, and nothing else.
  const wraps = first.diagnostics.filter((d) => d.code === 'NP101');
  const [reflow, ...more] = await reflowActions(pageUri, wraps);
  assert.deepEqual(more, []);
  assert.equal(reflow.kind, REFLOW_ARTICLE_KIND);
  const edits = reflow.edit?.changes?.[pageUri] ?? [];
  assert.ok(edits.length > 0);
  assert.equal(TextDocument.applyEdits(TextDocument.create(pageUri, 'newsprint', 1, COLUMN), edits), REFLOWED);

  // Edited into another story: the reprint and its link are gone, the view names the new headline.
  const changed = server.diagnostics(pageUri, (p) => p.version === 2);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: pageUri, version: 2 }, contentChanges: [{ text: OTHER }] });
  const second = await changed;
  assert.ok(!codes(second).has('NP201'), `no copy of the new story: ${[...codes(second)]}`);
  const [edited] = await articlesOf(pageUri);
  assert.equal(edited.name, '合川区春耕生产有序推进');
  assert.deepEqual(edited.duplicates, []);
  assert.deepEqual((await copiesAt(pageUri, 2)).copies, []);
  assert.deepEqual((await articlesOf(copyUri))[0].duplicates, [], 'the other file no longer links to the edited buffer');

  // Closed: its diagnostics are cleared, and the file on disk stands for it again.
  const cleared = server.diagnostics(pageUri);
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: pageUri } });
  assert.deepEqual((await cleared).diagnostics, []);
  const [fromDisk] = await articlesOf(pageUri);
  assert.equal(fromDisk.name, HEADLINE);
  assert.deepEqual(
    fromDisk.duplicates.map((d) => d.uri),
    [copyUri],
  );
  assert.deepEqual(
    (await copiesAt(copyUri, 2)).copies.map((c) => c.uri),
    [pageUri],
  );
});
