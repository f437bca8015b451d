// Palette commands that act on the active newspaper file through the server's code actions, so a
// command and the lightbulb always do the same thing: fix all, and reflow the article at the cursor.
import * as vscode from 'vscode';
import { FIX_ALL_KIND, REFLOW_ARTICLE_KIND } from '../../server/src/protocol';
import { takeCancelled } from './cancelledActions';

async function actionsFor(uri: vscode.Uri, range: vscode.Range, kind: string, log: Log): Promise<vscode.CodeAction[]> {
  // VS Code cancels a code-action request when the document or its review changes under it (seen
  // when the word dictionary finishes loading just after a file opens): the cancellation comes back
  // as an error, or as no answer at all (cancelledActions.ts). Asking again gets the actions for the
  // text as it is now. A few tries, then the cancellation is the answer.
  for (let attempt = 1; ; attempt++) {
    takeCancelled(uri.toString());
    try {
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
      if (actions.length || !takeCancelled(uri.toString()) || attempt >= 3) return actions;
    } catch (err) {
      if (attempt >= 3 || !(err instanceof Error) || err.name !== 'Canceled') throw err;
    }
    log(`${kind}: the request was cancelled under the server's answer; asking again`);
  }
}

/** The article (top-level document symbol) that contains the cursor. */
async function articleAt(editor: vscode.TextEditor): Promise<vscode.Range | undefined> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
  return symbols.find((s) => s.range?.contains(editor.selection.active))?.range;
}

/** A line in the Newsprint output channel: what a command asked and got, for when it seems to do nothing. */
type Log = (line: string) => void;

export function registerEditorCommands(context: vscode.ExtensionContext, languageId: string, log: Log = () => undefined): void {
  const active = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === languageId) return editor;
    void vscode.window.showInformationMessage('Newsprint: open a newspaper text file first.');
    return undefined;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('newsprint.fixAllInFile', async () => {
      const editor = active();
      if (!editor) return false;
      const doc = editor.document;
      return applyAction(doc.uri, () => new vscode.Range(0, 0, doc.lineCount, 0), FIX_ALL_KIND, 'Newsprint: nothing in this file can be fixed automatically.', log);
    }),
    vscode.commands.registerCommand('newsprint.reflowArticle', async () => {
      const editor = active();
      if (!editor) return false;
      const article = await articleAt(editor);
      if (!article) {
        void vscode.window.showInformationMessage('Newsprint: the article at the cursor has no wraps to undo.');
        return false;
      }
      return applyAction(editor.document.uri, () => article, REFLOW_ARTICLE_KIND, 'Newsprint: the article at the cursor has no wraps to undo.', log);
    }),
  );
}

/**
 * Asks the server for the one action of `kind` and applies its edit. The edit names the document's
 * version; if the document moved on between the answer and the apply (a re-review, another
 * extension's edit), VS Code refuses it and `applyEdit` says only false: ask once more for the
 * text as it is now, and if that fails too, say so rather than leave the user guessing.
 */
async function applyAction(uri: vscode.Uri, range: () => vscode.Range, kind: string, nothingMessage: string, log: Log): Promise<boolean> {
  const file = uri.path.split('/').pop();
  // In the window's progress area: the server may still be starting or reviewing when asked.
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Newsprint' }, async () => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const asked = Date.now();
      log(`${kind} for ${file}: asking the server (attempt ${attempt})`);
      const [action] = await actionsFor(uri, range(), kind, log);
      const answer = !action ? 'no action' : action.edit ? `an edit of ${action.edit.size} file(s)` : 'an action without an edit';
      log(`${kind} for ${file}: ${answer} after ${Date.now() - asked} ms`);
      if (!action?.edit) {
        void vscode.window.showInformationMessage(nothingMessage);
        return false;
      }
      if (await vscode.workspace.applyEdit(action.edit)) {
        log(`${kind} for ${file}: applied`);
        return true;
      }
      log(`${kind} for ${file}: VS Code refused the edit (the document changed meanwhile)`);
    }
    void vscode.window.showWarningMessage('Newsprint: the fixes could not be applied because the file changed meanwhile. Run the command again.');
    return false;
  });
}
