// The Articles view: every newspaper file of the workspace → its articles (headline, byline, lines,
// finding count, "also in 003 · 96%") → their findings. Clicking reveals the range. It refreshes
// when diagnostics change, from the server's own reviews, so it agrees with the Problems panel.
// The server sends counts; an article's findings are asked for when it is opened, so a workspace
// of 20,000 pages is not one 80 MB response.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fileLabel as label, LatestRequest, registerLiveTree, SEVERITY_ICON as ICON, toRange } from './treeSupport';
import { sendRequest } from './protocolClient';
import { ArticleFindingsRequest, ArticlesRequest, type ArticleFinding as FindingData, type ArticleNode as ArticleData, type FileNode as FileData } from '../../server/src/protocol';

export type Node =
  | { kind: 'file'; file: FileData }
  | { kind: 'article'; file: FileData; article: ArticleData }
  | { kind: 'finding'; file: FileData; finding: FindingData }
  | { kind: 'duplicate'; file: FileData; other: ArticleData['duplicates'][number] };

export class ArticlesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: FileData[] = [];
  /** Filters: only articles with findings; only one rule. */
  onlyWithFindings = false;
  onlyRule: string | undefined;

  private readonly latest = new LatestRequest();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async refresh(): Promise<void> {
    const c = this.client();
    if (!c) return;
    const answer = await this.latest.send(c, ArticlesRequest);
    if (!answer) return; // overtaken by a newer refresh, which fills the view
    this.files = answer;
    this.changed.fire(undefined);
  }

  /** How many findings of the article the view shows (one rule's, under that filter). */
  private countOf(a: ArticleData): number {
    return this.onlyRule ? (a.counts[this.onlyRule] ?? 0) : Object.values(a.counts).reduce((n, c) => n + c, 0);
  }

  getChildren(node?: Node): Node[] | Thenable<Node[]> {
    if (!node) return this.files.filter((f) => this.articlesOf(f).length).map((file) => ({ kind: 'file', file }));
    if (node.kind === 'file') return this.articlesOf(node.file).map((article) => ({ kind: 'article', file: node.file, article }));
    if (node.kind === 'article') return this.articleChildren(node.file, node.article);
    return [];
  }

  private async articleChildren(file: FileData, article: ArticleData): Promise<Node[]> {
    const duplicates = article.duplicates.map((other) => ({ kind: 'duplicate' as const, file, other }));
    const c = this.client();
    if (!c || !this.countOf(article)) return duplicates;
    const all = await sendRequest(c, ArticleFindingsRequest, { uri: file.uri, article: file.articles.indexOf(article) });
    const findings = this.onlyRule ? all.filter((f) => f.ruleId === this.onlyRule) : all;
    return [...duplicates, ...findings.map((finding) => ({ kind: 'finding' as const, file, finding }))];
  }

  private articlesOf(file: FileData): ArticleData[] {
    return this.onlyWithFindings || this.onlyRule ? file.articles.filter((a) => this.countOf(a)) : file.articles;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.file.uri);
    switch (node.kind) {
      case 'file': {
        const item = new vscode.TreeItem(label(node.file.uri), vscode.TreeItemCollapsibleState.Expanded);
        const n = node.file.articles.reduce((s, a) => s + this.countOf(a), 0);
        item.description = `${node.file.articles.length} articles · ${n} findings`;
        item.resourceUri = uri;
        item.contextValue = 'newsprintFile';
        return item;
      }
      case 'article': {
        const a = node.article;
        const n = this.countOf(a);
        const item = new vscode.TreeItem(a.untitled ? `${a.name} (no headline)` : a.name, n || a.duplicates.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = `${a.detail} · ${n} finding${n === 1 ? '' : 's'}${a.duplicates.length ? ` · also in ${label(a.duplicates[0].uri)} · ${Math.round(a.duplicates[0].similarity * 100)}%` : ''}`;
        item.iconPath = new vscode.ThemeIcon(a.duplicates.length ? 'files' : 'symbol-module');
        item.command = { command: 'vscode.open', title: 'Reveal', arguments: [uri, { selection: toRange(a.range).with({ end: toRange(a.range).start }) }] };
        item.contextValue = 'newsprintArticle';
        return item;
      }
      case 'duplicate': {
        const item = new vscode.TreeItem(`also in ${label(node.other.uri)} · ${Math.round(node.other.similarity * 100)}%`);
        item.iconPath = new vscode.ThemeIcon('link');
        item.command = { command: 'newsprint.compareDuplicates', title: 'Compare', arguments: [node.file.uri, node.file.articles.find((a) => a.duplicates.includes(node.other))?.range.start] };
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message);
        item.description = `${f.ruleId} · line ${f.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon(ICON[f.severity] ?? 'info');
        item.command = { command: 'vscode.open', title: 'Reveal', arguments: [uri, { selection: toRange(f.range) }] };
        return item;
      }
    }
  }

  /** For tests and other extensions: the tree as plain data. */
  snapshot(): { file: string; articles: { name: string; findings: number; duplicates: number }[] }[] {
    return (this.getChildren() as Node[]).map((n) => ({
      file: label((n as { file: FileData }).file.uri),
      articles: (this.getChildren(n) as Node[]).map((a) => {
        const art = (a as { article: ArticleData }).article;
        return { name: art.name, findings: this.countOf(art), duplicates: art.duplicates.length };
      }),
    }));
  }
}

export function registerArticlesView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): ArticlesView {
  const view = new ArticlesView(client);
  registerLiveTree(context, 'newsprint.articles', view);
  context.subscriptions.push(
    vscode.commands.registerCommand('newsprint.articles.refresh', () => view.refresh()),
    vscode.commands.registerCommand('newsprint.articles.toggleOnlyWithFindings', () => {
      view.onlyWithFindings = !view.onlyWithFindings;
      return view.refresh();
    }),
    vscode.commands.registerCommand('newsprint.articles.filterRule', async (rule?: string) => {
      view.onlyRule = rule ?? (await vscode.window.showInputBox({ prompt: 'Show only findings of rule (id such as NP102; empty for all)' })) ?? undefined;
      if (!view.onlyRule) view.onlyRule = undefined;
      return view.refresh();
    }),
  );
  return view;
}
