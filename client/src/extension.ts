// The Newsprint client: starts the language server for newspaper text files and makes the
// `newsprint.files` globs decide which plain-text files count as newspaper text.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCompare } from './compare';
import { StatusItem } from './status';
import { registerAccepted } from './accepted';
import { registerArticlesView } from './articlesView';
import { registerReviewView } from './reviewView';
import { registerEditorCommands } from './editorCommands';
import { noteCancelled } from './cancelledActions';
import { hoverWithRuleCommand, registerRuleReference, SHOW_RULE } from './ruleReference';
import { AcceptedChangedNotification, CLIENT_COMMANDS, LANGUAGE_ID, REPORT_FORMATS, ReportRequest, type ReportFormat } from '../../server/src/protocol';
import { sendNotification, sendRequest } from './protocolClient';

const DEFAULT_GLOB = '**/seeds/**/*.txt';

let client: LanguageClient | undefined;

function configuredGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration('newsprint').get<unknown>('files');
  const list = Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  return [...new Set([DEFAULT_GLOB, ...list])];
}

/** Gives plain-text documents that match `newsprint.files` the newspaper language. */
async function adoptIfNewsprint(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext') return;
  const matches = configuredGlobs().some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  if (matches) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

function startClient(context: vscode.ExtensionContext, ruleReference: () => Promise<string>): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The accepted-findings file is watched with the newspaper files: the server reloads it on change.
  const watcherGlob = `{${[...configuredGlobs(), '**/.newsprint/accepted.json'].join(',')}}`;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    // The commands this client runs, so the server offers the actions and lenses that name them;
    // and that it watches the files itself (synchronize.fileEvents below), so the server does not
    // register watchers that would send every change twice.
    initializationOptions: { files: configuredGlobs(), clientCommands: Object.values(CLIENT_COMMANDS), watchesFiles: true },
    middleware: {
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        if (token.isCancellationRequested) noteCancelled(document.uri.toString());
        return actions;
      },
      // The hover's "Rule reference" link opens the rule's section rendered (SHOW_RULE), not the raw file.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        const reference = await ruleReference();
        const contents = hover.contents.map((c) => {
          if (!(c instanceof vscode.MarkdownString)) return c;
          const md = new vscode.MarkdownString(hoverWithRuleCommand(c.value, reference));
          md.isTrusted = { enabledCommands: [SHOW_RULE] };
          return md;
        });
        return new vscode.Hover(contents, hover.range);
      },
    },
    synchronize: {
      configurationSection: 'newsprint',
      fileEvents: vscode.workspace.createFileSystemWatcher(watcherGlob),
    },
  };
  const c = new LanguageClient('newsprint', 'Newsprint', serverOptions, clientOptions);
  void c.start();
  return c;
}

/**
 * NP001's quick fix. With an encoding (the server read the file's bytes and they decode cleanly
 * in it) the file is reopened in it at once; without one, or when the document has unsaved
 * changes (reopening would throw them away), VS Code's own picker, which acts on the active editor.
 */
async function reopenWithEncoding(uri?: string, encoding?: string): Promise<void> {
  const target = uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  if (!target) return;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (encoding && !open?.isDirty) {
    const doc = await vscode.workspace.openTextDocument(target, { encoding });
    await vscode.window.showTextDocument(doc, { preview: false });
    return;
  }
  if (encoding) void vscode.window.showWarningMessage('This file has unsaved changes: save or revert them, then reopen it with the right encoding.');
  await vscode.window.showTextDocument(target, { preview: false });
  await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}

/** What the extension gives other extensions and the in-editor tests. */
export interface NewsprintApi {
  client: () => LanguageClient | undefined;
  statusText: () => string;
  /** Word segmentation's state as the server last reported it. */
  segmenter: () => StatusItem['segmenter'];
  /** The Articles view's tree as plain data, refreshed first. */
  articles: () => Promise<ReturnType<ReturnType<typeof registerArticlesView>['snapshot']>>;
  /** The Review view's tree as plain data, refreshed first. */
  review: () => Promise<ReturnType<ReturnType<typeof registerReviewView>['snapshot']>>;
  /** The Review view's nodes, for driving its inline actions in tests. */
  reviewNodes: () => ReturnType<ReturnType<typeof registerReviewView>['getChildren']>;
  reviewChildren: ReturnType<typeof registerReviewView>['getChildren'];
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsprintApi> {
  const rules = registerRuleReference(context);
  client = startClient(context, rules.reference);
  const status = new StatusItem(LANGUAGE_ID);
  status.listen(client);
  context.subscriptions.push(status);
  context.subscriptions.push(
    { dispose: () => void client?.stop() },
    vscode.workspace.onDidOpenTextDocument((doc) => void adoptIfNewsprint(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsprint.files')) for (const doc of vscode.workspace.textDocuments) void adoptIfNewsprint(doc);
    }),
    // Trust unlocks the workspace's own settings (a user dictionary): start again with them.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    vscode.commands.registerCommand('newsprint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('newsprint.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('newsprint.reopenWithEncoding', reopenWithEncoding),
    vscode.commands.registerCommand('newsprint.exportReport', async (format?: ReportFormat) => {
      const chosen = format ?? ((await vscode.window.showQuickPick([...REPORT_FORMATS], { placeHolder: 'Report format (Markdown for editors, JSON/SARIF for tools)' })) as ReportFormat | undefined);
      if (!chosen || !client) return undefined;
      const content = await sendRequest(client, ReportRequest, { format: chosen });
      const doc = await vscode.workspace.openTextDocument({ language: chosen === 'markdown' ? 'markdown' : 'json', content });
      await vscode.window.showTextDocument(doc);
      return content;
    }),
  );
  registerCompare(context, () => client);
  registerAccepted(context, () => void (client && sendNotification(client, AcceptedChangedNotification, undefined)));
  const articles = registerArticlesView(context, () => client);
  const reviewView = registerReviewView(context, () => client);
  registerEditorCommands(context, LANGUAGE_ID, (line) => client?.outputChannel.appendLine(`[commands] ${line}`));
  for (const doc of vscode.workspace.textDocuments) await adoptIfNewsprint(doc);
  return {
    client: () => client,
    statusText: () => status.text,
    segmenter: () => status.segmenter,
    articles: async () => {
      await articles.refresh();
      return articles.snapshot();
    },
    review: async () => {
      await reviewView.refresh();
      return reviewView.snapshot();
    },
    reviewNodes: () => reviewView.getChildren(),
    reviewChildren: (node) => reviewView.getChildren(node),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
