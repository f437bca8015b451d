// "Newsprint: Compare Duplicate Copies": asks the server for the article under the cursor and its
// copies, normalised so that only real differences show (wraps and split paragraphs undone, one
// sentence a line), and opens them in VS Code's diff editor with long lines wrapped.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DuplicateCopiesRequest, LANGUAGE_ID, type CopyText } from '../../server/src/protocol';
import { sendRequest } from './protocolClient';

const SCHEME = 'newsprint-compare';

/** Read-only virtual documents holding the normalised copies. */
class CopyProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  put(copy: CopyText, side: string): vscode.Uri {
    const file = path.basename(vscode.Uri.parse(copy.uri).path);
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${side}/${file} ${copy.firstLine + 1}-${copy.lastLine + 1}.txt` });
    this.texts.set(uri.toString(), copy.text);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

export function registerCompare(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const provider = new CopyProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand('newsprint.compareDuplicates', async (uriArg?: string | vscode.Uri, positionArg?: vscode.Position | { line: number; character: number }) => {
      const c = client();
      const editor = vscode.window.activeTextEditor;
      const uri = uriArg ? uriArg.toString() : editor?.document.uri.toString();
      const position = positionArg ?? editor?.selection.active;
      if (!c || !uri || !position) {
        void vscode.window.showInformationMessage('Open a newspaper file and place the cursor in an article to compare its copies.');
        return undefined;
      }
      const result = await sendRequest(c, DuplicateCopiesRequest, {
        uri,
        position: { line: position.line, character: position.character },
      });
      if (!result.article || result.copies.length === 0) {
        void vscode.window.showInformationMessage('This article has no duplicate copy in the workspace.');
        return undefined;
      }
      const other = result.copies[0];
      const left = provider.put(result.article, 'this');
      const right = provider.put(other, 'other');
      // As newspaper text, so the diff wraps long lines (`[newsprint]` turns editor.wordWrap on) and
      // a sentence is read whole on both sides. The server is not sent them (its selector takes files).
      for (const side of [left, right]) await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(side), LANGUAGE_ID);
      const pct = other.similarity !== undefined ? ` · ${Math.round(other.similarity * 100)}%` : '';
      await vscode.commands.executeCommand('vscode.diff', left, right, `${result.article.name} ↔ ${path.basename(vscode.Uri.parse(other.uri).path)}${pct}`);
      return { left: left.toString(), right: right.toString() };
    }),
  );
}
