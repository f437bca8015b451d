// Figures inside VS Code: the headline/body disagreement in 000 at both places, related to each
// other, with a hover that shows the numbers; and a figure form repaired from the lightbulb.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, seedPath, waitFor } from './helpers';

suite('figures', () => {
  suiteSetup(activateExtension);

  test('000: headline “2.6万余人” and body “2.6万人” are flagged at both places; the hover shows the numbers', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: fs.readFileSync(seedPath('000_024af6bbebe0fcb3.txt'), 'utf8') });
    const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.filter((x) => codeOf(x) === 'NP311').length === 2);
    const found = diagnostics.filter((x) => codeOf(x) === 'NP311');
    assert.deepEqual(
      found.map((d) => doc.getText(d.range)),
      ['2.6万余人', '2.6万人'],
    );
    assert.deepEqual(
      found[0].relatedInformation?.map((r) => doc.getText(r.location.range)),
      ['2.6万人'],
    );
    const hovers = await waitFor(
      'a hover on the headline figure',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, found[0].range.start.translate(0, 1)),
      (h) => Array.isArray(h) && h.some((x) => x.contents.some((c) => String((c as vscode.MarkdownString).value ?? c).includes('The numbers'))),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => String((c as vscode.MarkdownString).value ?? c))).join('\n');
    assert.match(text, /“2\.6万余人” says more than 26,000/);
  });

  test('a hyphen in a time span becomes a dash from the lightbulb', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: '数字经济\n\n本报讯（记者 张三）1月-10月，全区数字经济核心产业营收46.80亿元。\n' });
    const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP302'));
    const d = diagnostics.find((x) => codeOf(x) === 'NP302')!;
    assert.equal(doc.getText(d.range), '1月-10月');
    const actions = await waitFor(
      'quick fixes for NP302',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value),
      (a) => Array.isArray(a) && a.some((x) => x.title.includes('“—”')),
    );
    const fix = actions.find((x) => x.title.includes('“—”'))!;
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(doc.getText(), /1月—10月，全区/);
    await diagnosticsWhen(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'NP302'));
  });
});
