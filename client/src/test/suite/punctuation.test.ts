// Punctuation inside VS Code: source.fixAll.newsprint converts 000's half-width marks and leaves
// the punctuation of 003 (already full-width) exactly as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, seedPath, waitFor } from './helpers';

async function fixAllOn(seed: string, ready: (d: vscode.Diagnostic[]) => boolean): Promise<{ before: string; after: string }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: fs.readFileSync(seedPath(seed), 'utf8') });
  await diagnosticsWhen(doc.uri, ready);
  const actions = await waitFor(
    'source.fixAll.newsprint',
    () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.newsprint'),
    (a) => Array.isArray(a) && a.length > 0,
  );
  const before = doc.getText();
  assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
  return { before, after: doc.getText() };
}

const marks = (s: string) => [...s].filter((c) => /[，。、；：？！（）“”‘’《》,;:?!()]/u.test(c)).join('');

suite('punctuation', () => {
  suiteSetup(activateExtension);

  test('000: half-width marks in Chinese text become full-width, nothing else changes but whitespace', async () => {
    const { before, after } = await fixAllOn('000_024af6bbebe0fcb3.txt', (d) => d.some((x) => codeOf(x) === 'NP401'));
    assert.ok(after.includes('本报讯（渝西都市报记者 钟梅）12月19日，记者从永川区人力社保局获悉'));
    assert.ok(!/[,;:()](?=\p{Script=Han})/u.test(after), 'no half-width mark left before a Chinese character');
    const strip = (s: string) => s.replace(/\s/g, '').replace(/[，；：（）？！]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '？': '?', '！': '!' })[c]!);
    assert.equal(strip(after).replace('〔十八届〕', '[十八届]'), strip(before));
  });

  test('000: a paragraph’s NP401 warning squiggles its first mark, not the paragraph; each mark has a hint', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsprint', content: fs.readFileSync(seedPath('000_024af6bbebe0fcb3.txt'), 'utf8') });
    const found = (await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'NP401'))).filter((d) => codeOf(d) === 'NP401');
    const warnings = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    const hints = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    assert.ok(warnings.length > 0 && hints.length > warnings.length, `${warnings.length} warnings, ${hints.length} hints`);
    for (const w of warnings) {
      const text = doc.getText(w.range);
      assert.ok(w.range.isSingleLine && text.length === 1 && /[,;:?!()."'[\]「」『』]/u.test(text), `a warning spans ${JSON.stringify(text)}`);
      assert.ok(
        hints.some((h) => h.range.isEqual(w.range)),
        'the first mark also has its hint',
      );
    }
  });

  test('003: fix-all reflows the wraps but leaves every punctuation mark as it was', async () => {
    const { before, after } = await fixAllOn('003_feb2debdf300b655.txt', (d) => d.some((x) => codeOf(x) === 'NP101'));
    assert.notEqual(after, before, 'the wraps were repaired');
    assert.equal(marks(after), marks(before));
  });
});
