// The Review view and what is around it: its tree data for the seed workspace (rules with counts,
// then files), applying a fix from it, fixing a whole rule in a file, the palette commands, and
// the findings limit with its visible notice.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, EXTENSION_ID, seedPath, waitFor } from './helpers';
import { FixEditsRequest } from '../../../../server/src/protocol';

interface ReviewApi {
  review: () => Promise<{ rule: string; findings: number; files: { file: string; findings: number; fixable: number }[] }[]>;
  reviewNodes: () => unknown[] | Thenable<unknown[]>;
  reviewChildren: (node?: unknown) => unknown[] | Thenable<unknown[]>;
  statusText: () => string;
  client: () => { sendRequest<R>(method: string, params: unknown): Promise<R> } | undefined;
}

const api = async () => (await vscode.extensions.getExtension<ReviewApi>(EXTENSION_ID)!.activate()) as ReviewApi;

async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('review view', () => {
  suiteSetup(activateExtension);

  test('groups the workspace’s findings by rule, with counts, then by file', async () => {
    const a = await api();
    const tree = await waitFor(
      'the review tree',
      () => a.review(),
      (t) => t.some((g) => g.rule === 'NP201 duplicate-article') && t.some((g) => g.rule === 'NP311 headline-body-figure'),
    );
    // Other suites leave untitled copies of seeds open; they are reviewed too. Look at the seed files.
    const seedsOf = (g: (typeof tree)[number]) => g.files.filter((f) => f.file.endsWith('.txt'));
    const wraps = tree.find((g) => g.rule === 'NP101 column-wrap')!;
    assert.deepEqual(
      seedsOf(wraps)
        .map((f) => f.file)
        .sort(),
      ['003_feb2debdf300b655.txt', '004_a8687385b6048fb3.txt'],
    );
    assert.equal(
      wraps.findings,
      wraps.files.reduce((n, f) => n + f.findings, 0),
    );
    assert.ok(
      wraps.files.every((f) => f.fixable === f.findings),
      'every column wrap has a fix',
    );
    const dup = tree.find((g) => g.rule === 'NP201 duplicate-article')!;
    // At least one copy each (more while untitled copies of these seeds are open).
    assert.deepEqual(
      seedsOf(dup).map((f) => f.file),
      ['000_024af6bbebe0fcb3.txt', '003_feb2debdf300b655.txt'],
    );
    assert.ok(seedsOf(dup).every((f) => f.findings >= 1));
    const figures = tree.find((g) => g.rule === 'NP311 headline-body-figure')!;
    assert.deepEqual(seedsOf(figures), [{ file: '000_024af6bbebe0fcb3.txt', findings: 2, fixable: 0 }]);
    assert.deepEqual(
      tree.map((g) => g.rule),
      [...tree.map((g) => g.rule)].sort(),
      'rules in id order',
    );
  });

  test('a finding’s inline fix and “fix all of this rule in this file” change the document', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('001_16c8e0726a5590fb.txt')));
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP401'));
    const a = await api();
    try {
      await waitFor(
        'NP401 in the review tree',
        () => a.review(),
        (t) => t.some((g) => g.rule.startsWith('NP401') && g.files.some((f) => f.file.startsWith('001'))),
      );
      type Node = { kind: string; group: { ruleId: string }; file: { uri: string }; finding?: { range: { start: { line: number } } } };
      const rule = ((await a.reviewNodes()) as Node[]).find((n) => n.group.ruleId === 'NP401')!;
      const file = ((await a.reviewChildren(rule)) as Node[]).find((n) => n.file.uri === doc.uri.toString())!;
      // A file's findings are asked of the server when its node opens.
      const [first] = (await a.reviewChildren(file)) as Node[];
      const line = first.finding!.range.start.line;
      const before = doc.lineAt(line).text;
      assert.match(before, /[,:;()]/u);
      assert.equal(await vscode.commands.executeCommand('newsprint.review.applyFix', first), true);
      const after = doc.lineAt(line).text;
      assert.notEqual(after, before);
      assert.equal(after.replace(/[，：；（）]/gu, ''), before.replace(/[,:;()]/gu, ''), 'only the marks changed');

      assert.equal(await vscode.commands.executeCommand('newsprint.review.fixRuleInFile', file, { preview: false }), true);
      await diagnosticsWhen(doc.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'NP401'));
    } finally {
      await revert(doc);
    }
  });

  test('“fix all of this rule in this file” is one edit per fix, so the refactor preview lists each change', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('003_feb2debdf300b655.txt')));
    const wraps = (await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP101'))).filter((x) => codeOf(x) === 'NP101');
    const a = await api();
    type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    const result = await a.client()!.sendRequest<{ changes: Record<string, Edit[]>; fixes: number }>(FixEditsRequest.method, { ruleId: 'NP101', uri: doc.uri.toString() });
    const edits = result.changes[doc.uri.toString()];
    assert.ok(edits.length > 1 && edits.length >= Math.min(wraps.length, result.fixes), `${edits.length} edits for ${result.fixes} fixes of ${wraps.length} findings`);
    for (let i = 1; i < edits.length; i++) {
      const [p, q] = [edits[i - 1].range.end, edits[i].range.start];
      assert.ok(p.line < q.line || (p.line === q.line && p.character <= q.character), 'edits in order, apart');
    }
    assert.ok(
      edits.every((e) => e.range.end.line - e.range.start.line <= 2),
      'each edit is one join, not a run to the end of the file',
    );
  });

  test('palette: “Fix All in File” repairs the active file; the findings limit is visible, never silent', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('004_a8687385b6048fb3.txt')));
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP101'));
    const config = vscode.workspace.getConfiguration('newsprint');
    await config.update('maxFindings', 5, vscode.ConfigurationTarget.Global);
    try {
      const capped = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP000'));
      assert.ok(capped.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).length <= 6);
      assert.match(capped.find((x) => codeOf(x) === 'NP000')!.message, /Showing the first 5 of \d+ findings/);
      const a = await api();
      await waitFor(
        'the status bar to say the limit was reached',
        async () => a.statusText(),
        (t) => /5 of \d+ findings \(limit reached\)/.test(t),
      );
    } finally {
      await config.update('maxFindings', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhen(doc.uri, (d) => !d.some((x) => codeOf(x) === 'NP000') && d.some((x) => codeOf(x) === 'NP101'));
    try {
      assert.equal(await vscode.commands.executeCommand('newsprint.fixAllInFile'), true);
      await diagnosticsWhen(doc.uri, (d) => !d.some((x) => codeOf(x) === 'NP101'));
    } finally {
      await revert(doc);
    }
  });
});
