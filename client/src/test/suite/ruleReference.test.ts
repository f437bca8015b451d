// The rule reference from a finding: the Problems panel's link names the file at the rule's
// heading line, and the hover's link opens the rule's section, rendered, in a panel of its own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, seedPath, waitFor } from './helpers';

suite('rule reference', () => {
  suiteSetup(activateExtension);

  test('a finding’s links open the reference at its rule: the file at the heading, the hover’s as the rule’s own panel', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('004_a8687385b6048fb3.txt')));
    const [finding] = (await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP203'))).filter((d) => codeOf(d) === 'NP203');
    const target = typeof finding.code === 'object' ? finding.code.target : undefined;
    assert.ok(target, 'the diagnostic links to the rule reference');
    const line = /^L(\d+)$/.exec(target.fragment)?.[1];
    assert.ok(line, `the link opens at a line: #${target.fragment}`);
    assert.match(fs.readFileSync(target.fsPath, 'utf8').split('\n')[Number(line) - 1], /^## NP203 doubled-text$/);

    const hovers = await waitFor(
      'a hover on the finding',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, finding.range.start),
      (h) => Array.isArray(h) && h.some((x) => x.contents.some((c) => c instanceof vscode.MarkdownString && c.value.includes('command:newsprint.showRule'))),
    );
    const link = hovers
      .flatMap((h) => h.contents)
      .map((c) => (c instanceof vscode.MarkdownString ? c.value : ''))
      .join('\n')
      .match(/\(command:newsprint\.showRule\?([^)]+)\)/);
    assert.ok(link, 'the hover links to the rule');
    const args = JSON.parse(decodeURIComponent(link[1])) as string[];
    assert.deepEqual(args, ['NP203']);

    assert.equal(await vscode.commands.executeCommand('newsprint.showRule', ...args), 'NP203 doubled-text');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('NP203'));
    assert.ok(tab, 'a panel shows the rule');
    assert.equal(tab.label, 'Rule reference: NP203 doubled-text');
    await vscode.window.tabGroups.close(tab);
  });
});
