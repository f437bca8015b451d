// The status-bar item: the current file's findings by severity, and what the server is busy with
// (indexing the workspace, loading the word dictionary). A click opens the Problems panel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface ServerStatus {
  indexing?: boolean;
  files?: number;
  segmenter?: 'idle' | 'loading' | 'ready' | 'failed';
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsprint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly state: ServerStatus = {};
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languageId: string) {
    this.item.name = 'Newsprint Review';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  listen(client: LanguageClient): void {
    this.subscriptions.push(
      client.onNotification('newsprint/status', (s: ServerStatus) => {
        Object.assign(this.state, s);
        this.render();
      }),
    );
  }

  get text(): string {
    return this.item.text;
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const busy = this.state.indexing ? 'indexing the workspace' : this.state.segmenter === 'loading' ? 'loading the word dictionary' : undefined;
    if (!doc || doc.languageId !== this.languageId) {
      if (busy) {
        this.item.text = `$(sync~spin) Newsprint: ${busy}`;
        this.item.show();
      } else this.item.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source?.startsWith('newsprint'));
    const count = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
    const shown = ours.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).length;
    const summary = `${shown} finding${shown === 1 ? '' : 's'}`;
    this.item.text = busy ? `$(sync~spin) Newsprint: ${summary} · ${busy}` : `$(checklist) Newsprint: ${summary}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Newsprint Review** — ${count(vscode.DiagnosticSeverity.Error)} errors, ${count(vscode.DiagnosticSeverity.Warning)} warnings, ` +
        `${count(vscode.DiagnosticSeverity.Information)} notes, ${count(vscode.DiagnosticSeverity.Hint)} hints in this file` +
        (this.state.files !== undefined ? `; ${this.state.files} newspaper files indexed` : '') +
        (this.state.segmenter === 'failed' ? '; word segmentation unavailable (character fallback)' : '') +
        '.\n\nClick to open the Problems panel.',
    );
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
