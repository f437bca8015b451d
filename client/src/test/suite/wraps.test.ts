// Broken line wraps inside VS Code: the diagnostics, a quick fix applied through the editor, and
// source.fixAll.newsprint (what editor.codeActionsOnSave runs). Edits go to untitled copies of the
// seed pages so the workspace files stay as they are.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, documentSymbols, seedPath, waitFor } from './helpers';

async function untitledCopy(seed: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: fs.readFileSync(seedPath(seed), 'utf8') });
  await vscode.window.showTextDocument(doc);
  return doc;
}

const strip = (s: string) => s.replace(/\s+/g, '');

suite('wraps', () => {
  suiteSetup(activateExtension);

  test('a paragraph split mid-word is reported, then joined by its preferred quick fix', async () => {
    const doc = await untitledCopy('000_024af6bbebe0fcb3.txt');
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.message.includes('cuts “就业”')));
    const split = diags.find((x) => x.message.includes('cuts “就业”'))!;
    assert.equal(codeOf(split), 'NP102');
    assert.equal(doc.getText(split.range), '就\n\n业');
    const actions = await waitFor(
      'quick fixes for the split',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, split.range, vscode.CodeActionKind.QuickFix.value),
      (a) => Array.isArray(a) && a.some((x) => x.title === 'Join the two parts'),
    );
    // Other findings (the paragraph's punctuation) share the range, and the command's actions carry no
    // diagnostics: find the split's preferred fix by its title.
    const join = actions.find((a) => a.isPreferred && a.title === 'Join the two parts');
    assert.ok(join, `preferred join among: ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(join.edit!));
    assert.ok(doc.getText().includes('负责人道出稳就业促就业“答卷”优秀的秘诀'));
    assert.equal(strip(doc.getText()), strip(before));
    await diagnosticsWhen(doc.uri, (d) => !d.some((x) => x.message.includes('cuts “就业”')));
  });

  test('source.fixAll.newsprint reflows 003: paragraphs become lines, titles keep theirs, no text is lost', async () => {
    const doc = await untitledCopy('003_feb2debdf300b655.txt');
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP101'));
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await waitFor(
      'source.fixAll.newsprint',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.newsprint'),
      (a) => Array.isArray(a) && a.length > 0,
    );
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    const after = doc.getText();
    const lines = after.split('\n').map((l) => l.trim());
    assert.ok(lines.some((l) => l.startsWith('连日来，市委宣讲团成员分赴各区县、市级有关部门') && l.endsWith('中华民族伟大复兴而团结奋斗。')));
    for (const title of ['重庆：以干部敢为善为拼出发展新活力', '涪陵：汇聚治网合力助推“三高地三示范区”建设', '□本报记者 陈国栋', '出真招', '见行动见效果', '敢闯敢干 唯实争先', '刘玉珮 黄伟 马建保']) {
      assert.ok(lines.includes(title), `“${title}” keeps its own line`);
    }
    // Besides whitespace, only the figure forms fix-all also repairs: the range hyphen of 1月-10月 and 003's minority `＋`.
    const figureForms = (s: string) => s.replace('1月—10月', '1月-10月').replace(/＋/gu, '+');
    assert.equal(figureForms(strip(after)).replace('CDMO', 'CD-MO'), figureForms(strip(before).replace(/\s/g, '')), 'only whitespace (and the wrap hyphen of CD-MO) changed');
    // Fix-all is idempotent: asked again, it has nothing left to do.
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.newsprint');
    assert.equal(again?.length ?? 0, 0);
  });
});

suite('settings', () => {
  suiteSetup(activateExtension);

  test('a rule turned off in the settings stops reporting, and comes back when reset', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: '## 标题\n\n本报讯(记者 李华)负责人道出稳就业促就\n\n业“答卷”优秀的秘诀。\n' });
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP102'));
    const config = vscode.workspace.getConfiguration('newsprint');
    await config.update('rules.split-paragraph', 'off', vscode.ConfigurationTarget.Global);
    try {
      await diagnosticsWhen(doc.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'NP102'));
    } finally {
      await config.update('rules.split-paragraph', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP102'));
  });
});

suite('status bar', () => {
  test('one count everywhere: the status bar, the code lenses and the diagnostics agree on problems and notes', async () => {
    const ext = vscode.extensions.getExtension<{ statusText: () => string }>('newsprint.newsprint-review')!;
    const api = await ext.activate();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('004_a8687385b6048fb3.txt')));
    await vscode.window.showTextDocument(doc);
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP203'));
    const tally = (ds: vscode.Diagnostic[]) => {
      const problems = ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
      const notes = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length;
      return `${problems} problem${problems === 1 ? '' : 's'}${notes ? ` · ${notes} note${notes === 1 ? '' : 's'}` : ''}`;
    };
    const text = await waitFor(
      'status text',
      async () => api.statusText(),
      (t) => t.includes(`Newsprint: ${tally(diags)}`),
    );
    assert.match(text, /Newsprint: \d+ problems?/);
    // Each article's lens counts the diagnostics that start in it, the same way.
    const symbols = (await documentSymbols(doc.uri)) as vscode.DocumentSymbol[];
    const lenses = await waitFor(
      'code lenses',
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri),
      (l) => Array.isArray(l) && l.length >= symbols.length,
    );
    for (const s of symbols) {
      const lens = lenses.find((l) => l.range.start.line === s.selectionRange.start.line && /problem/.test(l.command?.title ?? ''));
      assert.ok(lens, `a count above ${s.name}`);
      const inside = diags.filter((d) => d.range.start.line >= s.range.start.line && d.range.start.line <= s.range.end.line);
      assert.equal(lens.command!.title, tally(inside), s.name);
    }
  });
});

suite('accepting a finding', () => {
  test('an accepted finding disappears, survives an edit elsewhere, and comes back when undone', async () => {
    // Accepting writes seeds/.newsprint/accepted.json; the test leaves seeds/ as it found it.
    const listDir = path.join(path.dirname(seedPath('000_024af6bbebe0fcb3.txt')), '.newsprint');
    const hadList = fs.existsSync(listDir);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath('000_024af6bbebe0fcb3.txt')));
    await vscode.window.showTextDocument(doc);
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.message.includes('cuts “就业”')));
    const split = diags.find((x) => x.message.includes('cuts “就业”'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, split.range, vscode.CodeActionKind.QuickFix.value);
    // The paragraph's punctuation finding shares the range: accept the split's own finding.
    const accept = actions.find((a) => a.title.startsWith('Accept') && (a.command?.arguments?.[0] as { rule?: string })?.rule === 'NP102')!;
    assert.ok(accept?.command, 'an accept action is offered');
    assert.equal(await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? [])), true);
    try {
      await diagnosticsWhen(doc.uri, (d) => d.length > 0 && !d.some((x) => x.message.includes('cuts “就业”')));
      // An edit elsewhere in the file (the first line) does not bring it back.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), '\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.range.start.line === split.range.start.line + 1) && !d.some((x) => x.message.includes('cuts “就业”')));
      await vscode.commands.executeCommand('undo');
    } finally {
      const [arg] = accept.command.arguments as { key: string }[];
      assert.equal(await vscode.commands.executeCommand('newsprint.unacceptFinding', '000_024af6bbebe0fcb3.txt', arg.key), true);
    }
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.message.includes('cuts “就业”')));
    if (!hadList) fs.rmSync(listDir, { recursive: true, force: true });
  });
});

suite('review report', () => {
  test('“Export Review Report” gives per-file articles, findings by rule and the rate per 10,000 characters', async () => {
    await activateExtension();
    const markdown = await waitFor(
      'a report covering the seed files',
      () => vscode.commands.executeCommand<string>('newsprint.exportReport', 'markdown'),
      // File names are escaped for Markdown (`003\_feb…` renders as `003_feb…`).
      (r) => typeof r === 'string' && r.includes('## 003\\_feb2debdf300b655.txt'),
    );
    assert.match(markdown, /per 10,000 characters/);
    assert.match(markdown, /\| NP201 duplicate-article \| \d+ \|/);
    const sarif = JSON.parse((await vscode.commands.executeCommand<string>('newsprint.exportReport', 'sarif'))!);
    assert.equal(sarif.version, '2.1.0');
  });
});

suite('articles view', () => {
  test('lists every seed file with its articles, finding counts and duplicate links', async () => {
    const ext = vscode.extensions.getExtension<{ articles: () => Promise<{ file: string; articles: { name: string; findings: number; duplicates: number }[] }[]> }>('newsprint.newsprint-review')!;
    const api = await ext.activate();
    const tree = await waitFor(
      'the articles tree',
      () => api.articles(),
      (t) => t.some((f) => f.file === '003_feb2debdf300b655.txt'),
    );
    const f003 = tree.find((f) => f.file === '003_feb2debdf300b655.txt')!;
    assert.equal(f003.articles.length, 4);
    const drug = f003.articles.find((a) => a.name === '永川发力药品“永川造”')!;
    assert.equal(drug.duplicates, 1);
    assert.ok(drug.findings > 0);
    const f002 = tree.find((f) => f.file === '002_d963ced39f8d96c4.txt')!;
    assert.equal(f002.articles.length, 8);
  });
});
