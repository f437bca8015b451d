import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openSeed } from './helpers';

suite('language', () => {
  let tmp: string;

  suiteSetup(async () => {
    await activateExtension();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-lang-'));
  });

  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a text file under seeds/ is newsprint', async () => {
    const doc = await openSeed('000_024af6bbebe0fcb3.txt');
    assert.equal(doc.languageId, 'newsprint');
  });

  test('a text file outside seeds/ stays plaintext', async () => {
    const file = path.join(tmp, 'notes', 'page.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '本报讯 这不是报纸版面。\n');
    const uri = vscode.Uri.file(file);
    await vscode.workspace.openTextDocument(uri);
    // The client may re-assign the language right after opening; a round trip through the
    // workbench lets such a change land before we look.
    await vscode.window.showTextDocument(uri, { preview: true });
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.equal(doc?.languageId, 'plaintext');
  });
});
