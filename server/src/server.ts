// The Newsprint language server. Runs inside VS Code (started by the client) or standalone:
//   node server/dist/server.js --stdio
// Everything it knows comes from the engine; this file only wires LSP requests to it.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceSymbol,
  SymbolKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { review, type Review } from './engine';
import { toDiagnostic, toDocumentSymbols, toFoldingRanges } from './lsp/protocolMap';
import { FileSelection, uriToPath } from './lsp/files';
import { matchesQuery, WorkspaceIndex } from './lsp/workspaceIndex';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const selection = new FileSelection([]);
const index = new WorkspaceIndex(selection);
let canConfigure = false;

/** Reviews per open document, valid for one version: symbols, folding and diagnostics share a parse. */
const reviews = new Map<string, { version: number; review: Review }>();

function reviewOf(doc: TextDocument): Review {
  const cached = reviews.get(doc.uri);
  if (cached && cached.version === doc.version) return cached.review;
  const r = review(doc.getText(), { uri: doc.uri });
  reviews.set(doc.uri, { version: doc.version, review: r });
  return r;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  selection.setFolders(folders);
  selection.setGlobs((params.initializationOptions as { files?: unknown } | undefined)?.files);
  canConfigure = !!params.capabilities.workspace?.configuration && !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Articles' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'newsprint-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canConfigure) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsprint' });
    await refreshSettings();
  }
  index.rebuild();
});

async function refreshSettings(): Promise<void> {
  if (!canConfigure) return;
  const config = (await connection.workspace.getConfiguration('newsprint')) as { files?: unknown } | null;
  selection.setGlobs(config?.files);
}

connection.onDidChangeConfiguration(async (change) => {
  if (canConfigure) await refreshSettings();
  else selection.setGlobs((change.settings as { newsprint?: { files?: unknown } } | undefined)?.newsprint?.files);
  index.rebuild();
});

function validate(doc: TextDocument): void {
  const r = reviewOf(doc);
  index.setOpen(doc.uri, r.page.articles.map((a) => ({
    name: a.name,
    untitled: a.untitled,
    range: a.range,
    selectionRange: (a.headline ?? a.byline ?? a.paragraphs[0] ?? a.elements[0]).range,
  })));
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: r.findings.map((f) => toDiagnostic(f, doc.uri)) });
}

documents.onDidOpen((e) => validate(e.document));
documents.onDidChangeContent((e) => validate(e.document));
documents.onDidClose((e) => {
  reviews.delete(e.document.uri);
  index.closed(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles((params) => {
  for (const change of params.changes) index.fileChanged(change.uri);
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? toDocumentSymbols(reviewOf(doc).page) : [];
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? toFoldingRanges(reviewOf(doc).page) : [];
});

connection.onWorkspaceSymbol((params): WorkspaceSymbol[] => {
  const out: WorkspaceSymbol[] = [];
  for (const { uri, article } of index.articles()) {
    if (!matchesQuery(article.name, params.query)) continue;
    out.push({
      name: article.name,
      kind: SymbolKind.Module,
      containerName: index.fileName(uri),
      location: { uri, range: article.selectionRange },
    });
  }
  return out;
});

documents.listen(connection);
connection.listen();
