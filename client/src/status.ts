// The status-bar item: the current file's findings by severity, and what the server is busy with
// (indexing the workspace, loading the word dictionary), and a warning when the file's findings
// were cut at `newsprint.maxFindings`. A click opens the Review view.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { onNotification } from './protocolClient';
import { DocumentStatusNotification, IndexingNotification, SegmenterNotification, type SegmenterState } from '../../server/src/protocol';

interface ServerStatus {
  indexing?: boolean;
  files?: number;
  segmenter?: SegmenterState;
  /** Why segmentation failed. */
  detail?: string;
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsprint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly state: ServerStatus = {};
  private readonly capped = new Map<string, { shown: number; total: number }>();
  private readonly reviewing = new Map<string, { done: number; total: number }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languageId: string) {
    this.item.name = 'Newsprint Review';
    this.item.command = 'newsprint.review.focus';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  listen(client: LanguageClient): void {
    this.subscriptions.push(
      onNotification(client, SegmenterNotification, ({ state, detail }) => {
        Object.assign(this.state, { segmenter: state, detail });
        this.render();
      }),
      onNotification(client, IndexingNotification, ({ indexing, files }) => {
        Object.assign(this.state, { indexing, ...(files !== undefined ? { files } : {}) });
        this.render();
      }),
      onNotification(client, DocumentStatusNotification, ({ uri, capped, reviewing }) => {
        // Absent means unchanged; null means over (the findings are no longer capped, the review is done).
        if (capped) this.capped.set(uri, capped);
        else if (capped === null) this.capped.delete(uri);
        if (reviewing) this.reviewing.set(uri, reviewing);
        else if (reviewing === null) this.reviewing.delete(uri);
        this.render();
      }),
    );
  }

  get text(): string {
    return this.item.text;
  }

  /** Whether word segmentation is loading, ready, or failed (the server falls back to characters), and why it failed. */
  get segmenter(): Pick<ServerStatus, 'segmenter' | 'detail'> {
    return { segmenter: this.state.segmenter, detail: this.state.detail };
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
    const cut = this.capped.get(doc.uri.toString());
    const progress = this.reviewing.get(doc.uri.toString());
    const working = progress ? `reviewing this large file (${progress.done}/${progress.total})` : busy;
    // Counted as the code lenses count (errors and warnings, then notes), which is also what the
    // Outline's badges and the Problems panel's filter show for this file.
    const problems = count(vscode.DiagnosticSeverity.Error) + count(vscode.DiagnosticSeverity.Warning);
    const notes = count(vscode.DiagnosticSeverity.Information);
    const counts = `${problems} problem${problems === 1 ? '' : 's'}${notes ? ` · ${notes} note${notes === 1 ? '' : 's'}` : ''}`;
    const summary = cut ? `${cut.shown} of ${cut.total} findings (limit reached)` : counts;
    const icon = cut ? '$(warning)' : '$(checklist)';
    this.item.text = (working ? `$(sync~spin) Newsprint: ${summary} · ${working}` : `${icon} Newsprint: ${summary}`) + (vscode.workspace.isTrusted ? '' : ' $(shield)');
    this.item.tooltip = new vscode.MarkdownString(
      `**Newsprint Review** — ${count(vscode.DiagnosticSeverity.Error)} errors, ${count(vscode.DiagnosticSeverity.Warning)} warnings, ` +
        `${count(vscode.DiagnosticSeverity.Information)} notes, ${count(vscode.DiagnosticSeverity.Hint)} hints in this file` +
        (this.state.files !== undefined ? `; ${this.state.files} newspaper files indexed` : '') +
        (this.state.segmenter === 'failed' ? '; word segmentation unavailable (character fallback)' : '') +
        '.' +
        (vscode.workspace.isTrusted ? '' : '\n\n$(shield) Restricted Mode: files are reviewed, but no accepted findings are recorded and only user settings can name a dictionary.') +
        (cut ? `\n\nOnly the first ${cut.shown} of ${cut.total} findings are listed (setting \`newsprint.maxFindings\`).` : '') +
        '\n\nClick to open the Review view.',
      true,
    );
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
