// The Review view: every finding of the workspace grouped by rule (with counts), then by file,
// each with its preferred fix as an inline action; "fix all of this rule in this file / in the
// workspace" shows VS Code's refactor preview before anything changes. Data and edits come from
// the server, so the view, the Problems panel and the CLI agree.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fileLabel as label, LatestRequest, registerLiveTree, SEVERITY_ICON as ICON, toRange } from './treeSupport';
import { sendRequest } from './protocolClient';
import {
  FixEditsRequest,
  RuleFindingsRequest,
  RuleGroupsRequest,
  type FixRequest,
  type FixResult,
  type ReviewFileCount as FileData,
  type ReviewFinding as FindingData,
  type ReviewRuleGroup as GroupData,
} from '../../server/src/protocol';

export type ReviewNode = { kind: 'rule'; group: GroupData } | { kind: 'file'; group: GroupData; file: FileData } | { kind: 'finding'; group: GroupData; file: FileData; finding: FindingData };

const count = (files: FileData[]) => files.reduce((n, f) => n + f.count, 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class ReviewView implements vscode.TreeDataProvider<ReviewNode> {
  private readonly changed = new vscode.EventEmitter<ReviewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  groups: GroupData[] = [];

  private readonly latest = new LatestRequest();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async refresh(): Promise<void> {
    const c = this.client();
    if (!c) return;
    const answer = await this.latest.send(c, RuleGroupsRequest);
    if (!answer) return; // overtaken by a newer refresh, which fills the view
    this.groups = answer;
    this.changed.fire(undefined);
  }

  getChildren(node?: ReviewNode): ReviewNode[] | Thenable<ReviewNode[]> {
    if (!node) return this.groups.map((group) => ({ kind: 'rule', group }));
    if (node.kind === 'rule') return node.group.files.map((file) => ({ kind: 'file', group: node.group, file }));
    if (node.kind === 'file') return this.findingsIn(node.group, node.file);
    return [];
  }

  /** A file's findings of one rule, asked for when the editor opens the file's node. */
  private async findingsIn(group: GroupData, file: FileData): Promise<ReviewNode[]> {
    const c = this.client();
    if (!c) return [];
    const findings = await sendRequest(c, RuleFindingsRequest, { ruleId: group.ruleId, uri: file.uri });
    return findings.map((finding) => ({ kind: 'finding', group, file, finding }));
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'rule': {
        const g = node.group;
        const item = new vscode.TreeItem(`${g.ruleId} ${g.rule}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${plural(count(g.files), 'finding')} · ${plural(g.files.length, 'file')}`;
        item.iconPath = new vscode.ThemeIcon('symbol-ruler');
        item.contextValue = fixable(g.files) ? 'newsprintRule.fixable' : 'newsprintRule';
        item.tooltip = `${g.family}: ${item.description}`;
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(label(node.file.uri), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.file.count, 'finding');
        item.resourceUri = vscode.Uri.parse(node.file.uri);
        item.contextValue = fixable([node.file]) ? 'newsprintRuleFile.fixable' : 'newsprintRuleFile';
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message);
        item.description = `line ${f.range.start.line + 1}${f.fix ? ` · ${f.fix}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(ICON[f.severity] ?? 'info');
        item.command = { command: 'vscode.open', title: 'Reveal', arguments: [vscode.Uri.parse(node.file.uri), { selection: toRange(f.range) }] };
        item.contextValue = f.fix ? 'newsprintFinding.fixable' : 'newsprintFinding';
        return item;
      }
    }
  }

  /** For tests and other extensions: the tree as plain data. */
  snapshot(): { rule: string; findings: number; files: { file: string; findings: number; fixable: number }[] }[] {
    return this.groups.map((g) => ({
      rule: `${g.ruleId} ${g.rule}`,
      findings: count(g.files),
      files: g.files.map((f) => ({ file: label(f.uri), findings: f.count, fixable: f.fixable })),
    }));
  }
}

const fixable = (files: FileData[]) => files.some((f) => f.fixable > 0);

/** The server's edits as a WorkspaceEdit; with `preview`, every change waits for the editor's confirmation in the refactor preview. */
function toWorkspaceEdit(result: FixResult, title: string, preview: boolean): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(result.changes)) {
    for (const e of edits) {
      const metadata = preview ? { needsConfirmation: true, label: title, description: label(uri) } : undefined;
      edit.replace(vscode.Uri.parse(uri), toRange(e.range), e.newText, metadata);
    }
  }
  return edit;
}

export function registerReviewView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): ReviewView {
  const view = new ReviewView(client);
  registerLiveTree(context, 'newsprint.review', view);
  const request = (params: FixRequest) => {
    const c = client();
    return c ? sendRequest(c, FixEditsRequest, params) : undefined;
  };
  const fixGroup = async (ruleId: string, uri: string | undefined, options?: { preview?: boolean }) => {
    const result = await request({ ruleId, uri });
    if (!result || !result.fixes) {
      void vscode.window.showInformationMessage(`Newsprint: nothing to fix automatically for ${ruleId}${uri ? ` in ${label(uri)}` : ''}.`);
      return false;
    }
    const title = `${ruleId}: ${plural(result.fixes, 'fix')}${uri ? ` in ${label(uri)}` : ` in ${plural(Object.keys(result.changes).length, 'file')}`}`;
    return vscode.workspace.applyEdit(toWorkspaceEdit(result, title, options?.preview ?? true));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('newsprint.review.refresh', () => view.refresh()),
    vscode.commands.registerCommand('newsprint.review.applyFix', async (node: ReviewNode) => {
      if (node?.kind !== 'finding') return false;
      const result = await request({ ruleId: node.group.ruleId, uri: node.file.uri, position: node.finding.range.start });
      return result?.fixes ? vscode.workspace.applyEdit(toWorkspaceEdit(result, node.finding.fix ?? 'fix', false)) : false;
    }),
    vscode.commands.registerCommand('newsprint.review.fixRuleInFile', (node: ReviewNode, options?: { preview?: boolean }) =>
      node && node.kind !== 'rule' ? fixGroup(node.group.ruleId, node.file.uri, options) : false,
    ),
    vscode.commands.registerCommand('newsprint.review.fixRuleInWorkspace', (node: ReviewNode, options?: { preview?: boolean }) => (node ? fixGroup(node.group.ruleId, undefined, options) : false)),
    vscode.commands.registerCommand('newsprint.reviewWorkspace', async () => {
      await view.refresh();
      await vscode.commands.executeCommand('newsprint.review.focus');
      const files = new Set(view.groups.flatMap((g) => g.files.map((f) => f.uri)));
      const total = view.groups.reduce((n, g) => n + count(g.files), 0);
      void vscode.window.showInformationMessage(`Newsprint: ${plural(total, 'finding')} in ${plural(files.size, 'file')}, ${plural(view.groups.length, 'rule')}.`);
      return view.snapshot();
    }),
  );
  return view;
}
