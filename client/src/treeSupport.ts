// What the Articles and Review views share: the server's range shape, labels and icons, and a
// live tree that refreshes from the server only while it is visible (debounced), so typing in an
// editor with both views hidden costs the server nothing.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range, Request } from '../../server/src/protocol';
import { sendRequest } from './protocolClient';

export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export { fileLabel } from '../../server/src/protocol';
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

/**
 * A view's refresh request where only the newest counts: a new one cancels the one still running,
 * so a burst of refreshes on a 20,000-page workspace does not queue as many walks over it.
 */
export class LatestRequest {
  private source: vscode.CancellationTokenSource | undefined;

  /** The answer, or undefined when a newer request overtook this one. */
  async send<T>(client: LanguageClient, type: Request<void, T>): Promise<T | undefined> {
    this.source?.cancel();
    const source = (this.source = new vscode.CancellationTokenSource());
    try {
      return await sendRequest(client, type, undefined, source.token);
    } catch (err) {
      if (source.token.isCancellationRequested) return undefined;
      throw err;
    } finally {
      if (this.source === source) this.source = undefined;
      source.dispose();
    }
  }
}
