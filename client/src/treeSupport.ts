// What the Articles and Review views share: the server's range shape, labels and icons, and a
// live tree that refreshes from the server only while it is visible (debounced), so typing in an
// editor with both views hidden costs the server nothing.
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const fileLabel = (uri: string) => path.basename(vscode.Uri.parse(uri).path);
export const SEVERITY_ICON: Record<string, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'lightbulb' };

export interface RefreshableTree<T> extends vscode.TreeDataProvider<T> {
  refresh(): Promise<void>;
}

export function registerLiveTree<T>(context: vscode.ExtensionContext, id: string, provider: RefreshableTree<T>): vscode.TreeView<T> {
  const view = vscode.window.createTreeView(id, { treeDataProvider: provider });
  let timer: NodeJS.Timeout | undefined;
  const refresh = () => void provider.refresh().catch(() => undefined);
  context.subscriptions.push(
    view,
    vscode.languages.onDidChangeDiagnostics(() => {
      if (!view.visible) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    }),
    view.onDidChangeVisibility((e) => e.visible && refresh()),
  );
  return view;
}
