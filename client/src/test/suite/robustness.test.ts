// Faults as the editor meets them: the language server killed under it, the restart command, and a
// file decoded with the wrong encoding. The server must come back by itself, index the workspace
// again and answer as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codeOf, openSeed, waitFor } from './helpers';

/** The language server processes this extension host started (its children running server.js), read from /proc. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses; the parent pid is the second field after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(path.join('server', 'dist', 'server.js'))) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

const SEED_000 = '000_024af6bbebe0fcb3.txt';

/** The workspace is indexed again once a headline printed on two pages is found in both files. */
async function indexedAgain(): Promise<void> {
  await waitFor(
    'workspace symbols for 永川发力药品 in two files',
    () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '永川发力药品'),
    (found) => new Set((found ?? []).map((s) => s.location.uri.fsPath)).size >= 2,
  );
}

/** Diagnostics of `uri` published after now (the server's, not the ones kept from before). */
function nextDiagnostics(uri: vscode.Uri): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const found = vscode.languages.getDiagnostics(uri);
      if (found.length === 0) return; // cleared when the old server went away
      sub.dispose();
      resolve(found);
    });
  });
}

suite('faults', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.window.showTextDocument(await openSeed(SEED_000));
    await indexedAgain();
  });

  test('a killed language server is restarted by the client, indexes the workspace again and reviews the open file', async function () {
    const [before] = serverPids();
    assert.ok(before, 'the language server runs as a child of the extension host');
    const doc = await openSeed(SEED_000);
    const published = nextDiagnostics(doc.uri);
    process.kill(before, 'SIGKILL');
    const after = await waitFor(
      'a new language server',
      async () => serverPids(),
      (pids) => pids.length === 1 && pids[0] !== before,
    );
    await published;
    // The first review may come before the other seeds are indexed again; the reprint follows.
    await waitFor(
      'NP201 on 000 again',
      async () => vscode.languages.getDiagnostics(doc.uri),
      (found) => found.some((d) => codeOf(d) === 'NP201'),
    );
    await indexedAgain();
    assert.notEqual(after[0], before);
  });

  test('“Restart Language Server” starts one new server, which indexes the workspace again', async () => {
    const [before] = serverPids();
    const doc = await openSeed(SEED_000);
    const published = nextDiagnostics(doc.uri);
    await vscode.commands.executeCommand('newsprint.restartServer');
    await waitFor(
      'one new language server',
      async () => serverPids(),
      (pids) => pids.length === 1 && pids[0] !== before,
    );
    await published;
    await indexedAgain();
  });

  test('a GB18030 file opened as UTF-8 gets NP001, and its preferred quick fix reopens it as GB18030 in one click', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-faults-')), 'gb18030.txt');
    // 本报讯 记者从永川区获悉。 in GB18030 (written as bytes: the test has no encoder at hand).
    fs.writeFileSync(file, Buffer.from('b1beb1a8d1b620bcc7d5dfb4d3d3c0b4a8c7f8bbf1cfa4a1a30a', 'hex'));
    const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.file(file)), 'newsprint');
    assert.ok(doc.getText().includes('\ufffd'), 'VS Code decoded the bytes as UTF-8');
    const diagnostics = await waitFor(
      'NP001 on the GB18030 file',
      async () => vscode.languages.getDiagnostics(doc.uri),
      (found) => found.some((d) => codeOf(d) === 'NP001'),
    );
    const np001 = diagnostics.find((d) => codeOf(d) === 'NP001')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, np001.range, vscode.CodeActionKind.QuickFix.value);
    const reopen = actions.find((a) => a.isPreferred && a.command?.command === 'newsprint.reopenWithEncoding');
    assert.ok(reopen?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(reopen.title, "Reopen as GB18030 (the file's bytes read cleanly so)");
    // Run it as the lightbulb does: the document is decoded again, and NP001 goes.
    const cleared = new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === doc.uri.toString())) return;
        if (vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'NP001')) return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand(reopen.command.command, ...(reopen.command.arguments ?? []));
    const reopened = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
    assert.equal(reopened?.encoding, 'gb18030');
    assert.equal(reopened?.getText(), '本报讯 记者从永川区获悉。\n');
    await cleared;
  });
});
