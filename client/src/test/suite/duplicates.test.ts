// Duplicated articles inside VS Code: diagnostics that point at the other file, the comparison in
// the diff editor, and "remove this copy" leaving the page well-formed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, documentSymbols, openSeed, seedPath, waitFor } from './helpers';

suite('duplicates', () => {
  suiteSetup(activateExtension);

  test('both copies of 永川发力药品 are flagged, each related to the other file', async () => {
    const doc000 = await openSeed('000_024af6bbebe0fcb3.txt');
    const doc003 = await openSeed('003_feb2debdf300b655.txt');
    const [d000] = (await diagnosticsWhen(doc000.uri, (d) => d.some((x) => codeOf(x) === 'NP201'))).filter((x) => codeOf(x) === 'NP201');
    const [d003] = (await diagnosticsWhen(doc003.uri, (d) => d.some((x) => codeOf(x) === 'NP201'))).filter((x) => codeOf(x) === 'NP201');
    assert.equal(path.basename(d000.relatedInformation![0].location.uri.fsPath), '003_feb2debdf300b655.txt');
    assert.equal(path.basename(d003.relatedInformation![0].location.uri.fsPath), '000_024af6bbebe0fcb3.txt');
    assert.equal(doc000.getText(d000.range), '永川发力药品“永川造”');
    assert.match(d000.relatedInformation![0].message, /\d+% similar/);
  });

  test('“Compare duplicate copies” opens both copies, normalised, in the diff editor', async () => {
    const doc = await openSeed('000_024af6bbebe0fcb3.txt');
    const [d] = (await diagnosticsWhen(doc.uri, (x) => x.some((y) => codeOf(y) === 'NP201'))).filter((x) => codeOf(x) === 'NP201');
    const opened = await vscode.commands.executeCommand<{ left: string; right: string }>('newsprint.compareDuplicates', doc.uri.toString(), d.range.start);
    assert.ok(opened, 'the command found a copy');
    const left = await vscode.workspace.openTextDocument(vscode.Uri.parse(opened.left));
    const right = await vscode.workspace.openTextDocument(vscode.Uri.parse(opened.right));
    assert.ok(left.getText().includes('永川即将拥有'));
    assert.ok(right.getText().includes('永川即将拥有'));
    assert.ok(!/[\u3000 ]\n|\n\n\n/.test(right.getText()), 'no wrap residue in the normalised copy');
    // Split paragraphs and wraps undone, one sentence a line: only sentences that really differ differ.
    const theirs = new Set(right.getText().split('\n'));
    const ours = left.getText().split('\n').filter(Boolean);
    const differing = ours.filter((l) => !theirs.has(l));
    assert.ok(differing.length * 3 <= ours.length, `${differing.length} of ${ours.length} sentences differ:\n${differing.join('\n')}`);
    for (const side of [left, right]) {
      assert.equal(side.languageId, 'newsprint');
      assert.equal(vscode.workspace.getConfiguration('editor', side).get('wordWrap'), 'on', 'long lines wrap in the diff');
    }
  });

  test('“Remove this copy” takes the article out and leaves the other articles', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: fs.readFileSync(seedPath('003_feb2debdf300b655.txt'), 'utf8') });
    const dups = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP201' && doc.getText(x.range) === '永川发力药品“永川造”'));
    const target = dups.find((x) => codeOf(x) === 'NP201' && doc.getText(x.range) === '永川发力药品“永川造”')!;
    const actions = await waitFor(
      'remove-this-copy action',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value),
      (a) => Array.isArray(a) && a.some((x) => x.title.startsWith('Remove this copy')),
    );
    const remove = actions.find((x) => x.title.startsWith('Remove this copy'))!;
    assert.ok(await vscode.workspace.applyEdit(remove.edit!));
    const names = await waitFor(
      'outline without the removed copy',
      async () => (await documentSymbols(doc.uri)).map((s) => s.name),
      (n) => n.length === 3,
    );
    assert.ok(!names.includes('永川发力药品“永川造”'));
    assert.ok(names.includes('重庆：以干部敢为善为拼出发展新活力') && names.includes('涪陵：汇聚治网合力助推“三高地三示范区”建设'));
  });
});
