// The packaged-extension check, run in the extension host of a code-server into which the VSIX
// was installed (scripts/vscode/vsixTest.mjs): the installed extension, not the repository, opens
// a seed from a scratch workspace, loads jieba and reviews it. Ends with "N passed, N failed".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsprintApi } from '../../extension';
import { codeOf, diagnosticsWhen, EXTENSION_ID, waitFor } from '../suite/helpers';

type Check = [name: string, run: () => Promise<void>];

export async function run(): Promise<void> {
  let api: NewsprintApi | undefined;
  let doc: vscode.TextDocument | undefined;
  const checks: Check[] = [
    [
      'the extension is the one installed from the VSIX',
      async () => {
        const ext = vscode.extensions.getExtension<NewsprintApi>(EXTENSION_ID);
        assert.ok(ext, `${EXTENSION_ID} is not installed`);
        // An installed extension lives in the extensions folder as publisher.name-version[-target].
        assert.match(ext.extensionPath, /newsprint\.newsprint-review-\d+\.\d+\.\d+/, ext.extensionPath);
        api = await ext.activate();
      },
    ],
    [
      'a seed in a scratch workspace gets findings',
      async () => {
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder, 'no workspace folder');
        const [file] = await vscode.workspace.findFiles('*.txt');
        assert.ok(file, `no .txt file in ${folder.uri.fsPath}`);
        doc = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(doc);
        assert.equal(doc.languageId, 'newsprint');
        await diagnosticsWhen(doc.uri, (found) => found.some((d) => d.source?.startsWith('newsprint')));
      },
    ],
    [
      'word segmentation is ready (the jieba binding and its dictionaries shipped)',
      async () => {
        assert.ok(api, 'the extension did not activate');
        const state = await waitFor(
          'the segmenter to load',
          async () => api!.segmenter(),
          (s) => s.segmenter === 'ready' || s.segmenter === 'failed',
          60_000,
        );
        assert.equal(state.segmenter, 'ready', `segmentation ${state.segmenter}: ${state.detail ?? ''}`);
      },
    ],
    [
      'the doubled headline of 004 is flagged (NP203)',
      async () => {
        await diagnosticsWhen(doc!.uri, (found) => found.some((d) => codeOf(d) === 'NP203'));
      },
    ],
  ];
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (err) {
      failed++;
      console.log(`  ✖ ${name}\n    ${err instanceof Error ? err.message : err}`);
      break; // the later checks stand on the earlier ones
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} check(s) failed`);
}
