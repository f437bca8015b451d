// Restricted Mode (an untrusted workspace): files are still reviewed, but nothing from the
// workspace runs or is written: no accepted-list writes, and a user dictionary named in the
// workspace's settings is ignored (package.json restricts that setting). The status bar says so.
// Runs only in the second, untrusted editor that `npm run test:vscode` starts; skipped when trusted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { NewsprintApi } from '../../extension';
import { activateExtension, EXTENSION_ID, openSeed, seedPath, waitFor } from './helpers';

suite('restricted', function () {
  const settingsDir = path.join(path.dirname(seedPath('000_024af6bbebe0fcb3.txt')), '.vscode');
  const hadSettings = fs.existsSync(settingsDir);

  suiteSetup(async function () {
    if (vscode.workspace.isTrusted) this.skip();
    await activateExtension();
  });

  suiteTeardown(() => {
    if (!hadSettings) fs.rmSync(settingsDir, { recursive: true, force: true });
  });

  test('files are reviewed, and the status bar shows the shield of Restricted Mode', async () => {
    const doc = await openSeed('000_024af6bbebe0fcb3.txt');
    await vscode.window.showTextDocument(doc);
    await waitFor(
      'diagnostics on 000',
      async () => vscode.languages.getDiagnostics(doc.uri),
      (d) => d.length > 0,
    );
    const api = vscode.extensions.getExtension<NewsprintApi>(EXTENSION_ID)!.exports;
    await waitFor(
      'the status bar text',
      async () => api.statusText(),
      (text) => text.includes('$(shield)'),
    );
  });

  test('accepting a finding writes nothing', async () => {
    const doc = await openSeed('000_024af6bbebe0fcb3.txt');
    const list = path.join(path.dirname(doc.uri.fsPath), '.newsprint', 'accepted.json');
    // The trusted run before this one may have left a list: it must stay exactly as it is.
    const before = fs.existsSync(list) ? fs.readFileSync(list, 'utf8') : undefined;
    const accepted = await vscode.commands.executeCommand('newsprint.acceptFinding', { uri: doc.uri.toString(), rule: 'NP401', key: 'restricted-test', text: ',' });
    assert.equal(accepted, false);
    assert.equal(fs.existsSync(list) ? fs.readFileSync(list, 'utf8') : undefined, before, 'the accepted list is untouched');
  });

  test('a user dictionary named in the workspace settings is not used; the other workspace settings are', async () => {
    // Written on disk, as a cloned repository would bring it: VS Code reads the file itself.
    fs.mkdirSync(settingsDir, { recursive: true });
    fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify({ 'newsprint.maxFindings': 7, 'newsprint.segmenter.userDictionary': '/tmp/workspace-dictionary.txt' }));
    const config = () => vscode.workspace.getConfiguration('newsprint');
    await waitFor(
      'the workspace settings to be read',
      async () => config().get<number>('maxFindings'),
      (n) => n === 7,
    );
    assert.ok(!config().get<string>('segmenter.userDictionary'), `Restricted Mode applies no workspace dictionary: ${config().get<string>('segmenter.userDictionary')}`);
  });
});
