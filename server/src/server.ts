// The Newsprint language server. Runs inside VS Code (started by the client) or standalone:
//   node server/dist/server.js --stdio
// Everything it knows comes from the engine; this file only wires LSP requests to it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Disposable,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceSymbol,
  SymbolKind,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CAP_NOTICE_RULE,
  digestOf,
  emptyPage,
  findRule,
  review,
  reviewSteps,
  RULES,
  SourceText,
  toJson,
  toMarkdown,
  toSarif,
  type FileReport,
  type Finding,
  type Review,
  type ReviewOptions,
  type RuleSetting,
} from './engine';
import { userDictionaryProblem } from './jieba';
import { toDiagnostic, toDocumentSymbols, toFoldingRanges } from './lsp/protocolMap';
import { encodingOnDisk, FileSelection, uriToPath } from './lsp/files';
import { matchesQuery, WorkspaceIndex } from './lsp/workspaceIndex';
import { SegmenterService } from './lsp/segmenterService';
import { codeActions } from './lsp/codeActions';
import { duplicateCopies } from './lsp/compare';
import { hoverAt } from './lsp/hover';
import { articleLenses } from './lsp/codeLens';
import { AcceptedStore } from './lsp/accepted';
import { articleFindings, fileNode } from './lsp/articlesData';
import { fixEdits, reviewGroups, ruleFindings } from './lsp/reviewData';
import { WalkCancelled, WorkspaceWalk } from './lsp/workspaceWalk';
import { absent, isArticleFindingsParams, isDuplicateCopiesParams, isFixRequest, isReportParams, isRuleFindingsParams } from './lsp/params';
import {
  AcceptedChangedNotification,
  ArticleFindingsRequest,
  ArticlesRequest,
  DocumentStatusNotification,
  DuplicateCopiesRequest,
  FIX_ALL_KIND,
  FixEditsRequest,
  IndexingNotification,
  ReportRequest,
  RuleFindingsRequest,
  RuleGroupsRequest,
  SegmenterNotification,
  LANGUAGE_ID,
  type Notification,
  type Request,
} from './protocol';

/** Sends a notification of the Newsprint protocol; the constant gives the method and checks the params. */
function notify<P>(type: Notification<P>, params: P): void {
  void connection.sendNotification(type.method, params);
}
import { nextTurn, reviewInHalves, runSteps, STEPPED_REVIEW_CHARS, type SteppedRun } from './lsp/steppedReview';
import { pageWorkerAvailable, startPageHalf } from './lsp/pageHalf';
import { version } from './version';
import { fileWatchers } from './lsp/fileWatchers';
import { ReviewCache } from './lsp/reviewCache';

// V8 lets the old generation grow up to about four times what survived the last full collection
// while a process allocates fast; walking an archive of 20,000 pages (one review after another)
// then left the server at 2.1 GB for 560 MB of live data. Growing by 30% at most keeps it at about
// 1.2 GB with the same speed, and unlike a heap cap it never stops a larger workspace.
v8.setFlagsFromString('--heap-growing-percent=30');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const selection = new FileSelection([]);
const index = new WorkspaceIndex(selection);
const accepted = new AcceptedStore([], (message) => connection.console.warn(message));
/** The commands the client runs (initializationOptions.clientCommands): only actions and lenses naming these are offered. */
let clientCommands = new Set<string>();
const offers = (command: string) => clientCommands.has(command);
/**
 * Whether to ask the client to watch the files (dynamic registration supported, and the client does
 * not say it watches them on its own, as VS Code's does with `initializationOptions.watchesFiles`).
 */
let canWatchFiles = false;
let relativeWatchPatterns = false;
/** The registration in force and the globs it was made for: a settings change that moves the globs renews it. */
let watching: { key: string; registration: Promise<Disposable | undefined> } | undefined;

/** The client answers `workspace/configuration` (settings are pulled, not only pushed). */
let canConfigure = false;
/** …and lets the server register for configuration changes (otherwise it pushes them, or not at all). */
let canRegisterConfiguration = false;
/** The client applies versioned TextDocumentEdits, so a stale fix is rejected. */
let versionedEdits = false;
let initialSettings: Settings | undefined;
/** Settings (the user dictionary among them) are read before jieba loads. */
let settingsRead = false;
const needsSegmenter = RULES.some((r) => r.usesSegmenter);
const segmenter = new SegmenterService(
  () => {
    // Findings that depend on word segmentation get sharper now: review the open documents again.
    cache.invalidateAll();
    for (const doc of documents.all()) validate(doc);
  },
  (message) => connection.console.info(message),
  (state, detail) => notify(SegmenterNotification, { state, detail }),
);

function reviewOptions(uri: string): ReviewOptions {
  return { uri, segmenter: segmenter.current, workspace: index.workspace, rules: ruleSettings, maxFindings };
}

/** Reviews per open document, valid for one version: symbols, folding, diagnostics and fixes share a parse. What goes stale when is the cache's. */
const cache = new ReviewCache({
  review: (uri, text) => review(text, reviewOptions(uri)),
  isLarge: (text) => text.length > STEPPED_REVIEW_CHARS,
  placeholder: (text) => ({ page: emptyPage(new SourceText(text)), findings: [] }),
  accept: (uri, text, findings) => accepted.filter(uri, text, findings),
  invalidateSummaries: (uri) => walk.invalidate(uri),
});

const reviewOf = (doc: TextDocument): Review => cache.of(doc);

let warnedNoWorker = false;

/**
 * Two halves need two cores of their own. On a two-core machine, V8's own threads (the collector,
 * the optimizing compiler) and the editor take the second: measured over 5 paired runs of 3 on a
 * 10 MB archive, the server's thread alone finished as soon (median 2.06 s against 2.15 s with the
 * worker) and answered other requests faster meanwhile (p95 115–160 ms against 150–280 ms).
 */
const MIN_CORES_FOR_HALVES = 3;
/** NEWSPRINT_PAGE_WORKER=always or never overrides the count of cores (the tests run both paths on any machine). */
const PAGE_WORKER = process.env.NEWSPRINT_PAGE_WORKER;
const halvesPay = (): boolean => PAGE_WORKER === 'always' || (PAGE_WORKER !== 'never' && os.availableParallelism() >= MIN_CORES_FOR_HALVES);

async function validateInSteps(doc: TextDocument): Promise<void> {
  const { uri } = doc;
  const current = cache.beginStepped(doc, () => documents.get(uri)?.version);
  const options = reviewOptions(uri);
  const sizeMb = (Buffer.byteLength(doc.getText()) / 1024 / 1024).toFixed(1);
  const run: SteppedRun = {
    current,
    partial: (partial, done, total) => {
      const notice: Diagnostic = {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: 'newsprint',
        code: CAP_NOTICE_RULE.id,
        message: `Reviewing this large file (${sizeMb} MB): ${done} of ${total} steps done. The findings so far are shown; the rest follow.`,
      };
      publish(doc, cache.shown(uri, doc.getText(), partial.findings), [notice]);
      notify(DocumentStatusNotification, { uri, reviewing: { done, total } });
    },
  };
  // The page-only rules on a second core when the worker is there (the bundled server) and the
  // machine has cores to spare; all here otherwise.
  const text = doc.getText();
  const inHalves = pageWorkerAvailable() && halvesPay();
  if (!pageWorkerAvailable() && !warnedNoWorker) {
    warnedNoWorker = true;
    connection.console.warn('The page half of a large review runs on the server thread: pageWorker.js is not beside the server.');
  }
  const r = inHalves
    ? await reviewInHalves(
        text,
        options,
        run,
        startPageHalf({ text, uri, rules: options.rules, families: options.families, sendPage: true }, (m) => connection.console.warn(m)),
      )
    : await runSteps(reviewSteps(text, options), options, run);
  if (!r) return; // overtaken by an edit or closed: never published late
  cache.finishStepped(doc, r);
  relink(uri);
  publish(doc, r.findings);
  notify(DocumentStatusNotification, { uri, capped: r.capped ?? null, reviewing: null });
}

function publish(doc: TextDocument, findings: readonly Finding[], extra: Diagnostic[] = []): void {
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...extra, ...findings.map((f) => toDiagnostic(f, doc.uri))] });
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  selection.setFolders(folders);
  // Nothing is read from the workspace before `initialize` is answered (a hostile accepted list or
  // dictionary must not hold the handshake): the globs and rule settings apply now, files later.
  initialSettings = params.initializationOptions as Settings | undefined;
  const listed = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
  clientCommands = new Set(Array.isArray(listed) ? listed.filter((c): c is string => typeof c === 'string') : []);
  applySettings(initialSettings, false);
  canConfigure = !!params.capabilities.workspace?.configuration;
  canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  versionedEdits = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
  const watched = params.capabilities.workspace?.didChangeWatchedFiles;
  const watchesItself = (params.initializationOptions as { watchesFiles?: unknown } | undefined)?.watchesFiles === true;
  canWatchFiles = !!watched?.dynamicRegistration && !watchesItself;
  relativeWatchPatterns = !!watched?.relativePatternSupport;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      documentSymbolProvider: { label: 'Articles' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'newsprint-language-server', version: version() },
  };
});

connection.onInitialized(async () => {
  accepted.load(selection.roots);
  applySettings(initialSettings);
  // Registration is the client's to refuse; the settings pulled once are used either way.
  if (canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsprint' }).catch(() => undefined);
  await refreshSettings();
  settingsRead = true;
  watchFiles();
  if (needsSegmenter && documents.all().length) segmenter.request();
  await reindex();
});

/**
 * Asks the client to watch the newspaper files and the accepted list, once, and again when the
 * globs change. A client that cannot (Neovim 0.7) sees a file changed on disk when it opens it again.
 */
function watchFiles(): void {
  if (!canWatchFiles) return;
  const watchers = fileWatchers(selection.patterns, selection.roots, relativeWatchPatterns);
  const key = JSON.stringify(watchers);
  if (watching?.key === key) return;
  const previous = watching?.registration;
  watching = { key, registration: connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined) };
  void previous?.then((d) => d?.dispose());
}

let indexing: { cancelled: boolean } | undefined;

type Progress = Pick<Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>>, 'begin' | 'report' | 'done'>;
const NO_PROGRESS: Progress = { begin: () => undefined, report: () => undefined, done: () => undefined };
/** How long a client may take to accept a progress token before indexing goes on without one. */
const PROGRESS_WAIT_MS = 2000;

/**
 * Progress in the client, if it takes it: LSP lets a client refuse `window/workDoneProgress/create`
 * or never answer it, and either way the index must still be built (without it there are no
 * duplicates across files and no workspace symbols but the open files').
 */
async function indexingProgress(): Promise<Progress> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROGRESS_WAIT_MS)));
  try {
    return (await Promise.race([connection.window.createWorkDoneProgress(), late])) ?? NO_PROGRESS;
  } catch (err) {
    connection.console.info(`The client did not take a progress token (${err instanceof Error ? err.message : err}); indexing without one.`);
    return NO_PROGRESS;
  } finally {
    clearTimeout(timer);
  }
}

/** Indexes the workspace with progress in the client, then reviews the open documents against it. */
async function reindex(): Promise<void> {
  if (indexing) indexing.cancelled = true;
  const run = { cancelled: false };
  indexing = run;
  const progress = await indexingProgress();
  progress.begin('Newsprint: indexing newspaper files', 0, undefined, false);
  notify(IndexingNotification, { indexing: true });
  await index.rebuild(
    (done, total, file) => progress.report(Math.round((done / total) * 100), `${done}/${total} ${index.fileName(file)}`),
    () => run.cancelled,
  );
  progress.done();
  walk.invalidate();
  if (indexing === run) {
    indexing = undefined;
    notify(IndexingNotification, { indexing: false, files: index.size });
    refreshOpenDocuments();
  }
}

let refreshTimer: NodeJS.Timeout | undefined;

/** Duplicates depend on other files: after the workspace changes, open documents are reviewed again (debounced). */
function scheduleRefresh(changed?: string): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshOpenDocuments(changed), 250);
}

function refreshOpenDocuments(except?: string): void {
  refreshTimer = undefined;
  for (const doc of documents.all()) {
    if (doc.uri === except) continue;
    cache.invalidate(doc.uri);
    validate(doc);
  }
}

interface Settings {
  files?: unknown;
  /** `onType` (default) or `onSave`: when open documents are reviewed. */
  run?: unknown;
  /** Findings per file before the list is cut (with a notice). */
  maxFindings?: unknown;
  segmenter?: { userDictionary?: unknown };
  /** `newsprint.rules.<name>`: default | off | error | warning | info | hint (generated from the registry). */
  rules?: Record<string, unknown>;
  /** `newsprint.ruleOptions.<name>.<key>`: a rule's switches (generated from the registry). */
  ruleOptions?: Record<string, unknown>;
}

let ruleSettings: Record<string, RuleSetting> = {};
let runOnSave = false;
let maxFindings = 1000;

/** Turns `newsprint.rules.*` and `newsprint.ruleOptions.*` into the engine's per-rule settings; unknown names, keys and values are ignored. */
function toRuleSettings(rules: Record<string, unknown> | undefined, options?: Record<string, unknown>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [name, value] of Object.entries(rules ?? {})) {
    if (!findRule(name) || typeof value !== 'string') continue;
    if (value === 'off') out[name] = { enabled: false };
    else if (value === 'error' || value === 'warning' || value === 'info' || value === 'hint') out[name] = { severity: value };
  }
  for (const [name, value] of Object.entries(options ?? {})) {
    const rule = findRule(name);
    if (!rule || typeof value !== 'object' || value === null) continue;
    const set = Object.fromEntries(Object.entries(value).filter(([k, v]) => typeof v === 'boolean' && rule.options?.some((o) => o.key === k))) as Record<string, boolean>;
    if (Object.keys(set).length) out[name] = { ...out[name], options: set };
  }
  return out;
}

/** `readFiles` false: only what needs no file (before `initialize` is answered). */
function applySettings(config: Settings | null | undefined, readFiles = true): void {
  selection.setGlobs(config?.files);
  ruleSettings = toRuleSettings(config?.rules, config?.ruleOptions);
  runOnSave = config?.run === 'onSave';
  maxFindings = typeof config?.maxFindings === 'number' && config.maxFindings >= 1 ? Math.floor(config.maxFindings) : 1000;
  if (readFiles) segmenter.setUserDictionary(checkedUserDictionary(config?.segmenter?.userDictionary));
}

/** The dictionary warned about last: a setting re-read on every configuration change is reported once. */
let dictionaryWarned: string | undefined;
let lastDictionaryCheck: { stamp: string; problem: string | undefined } | undefined;

/** Size and modification time, or '' when the file cannot be seen. */
function fileStamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}

/** The user-dictionary setting, resolved against the first workspace folder and checked before jieba reads it. */
function checkedUserDictionary(setting: unknown): string | undefined {
  if (typeof setting !== 'string' || !setting.trim()) return undefined;
  const wanted = path.resolve(selection.roots[0] ?? process.cwd(), setting.trim());
  // Every configuration change lands here: read the file again only when it changed.
  const stamp = `${wanted}\0${fileStamp(wanted)}`;
  if (lastDictionaryCheck?.stamp !== stamp) lastDictionaryCheck = { stamp, problem: userDictionaryProblem(wanted) };
  const { problem } = lastDictionaryCheck;
  if (!problem) return wanted;
  if (dictionaryWarned !== wanted) {
    dictionaryWarned = wanted;
    const message = `Newsprint: the user dictionary (newsprint.segmenter.userDictionary) is not used: ${problem}. jieba's own dictionary is used instead.`;
    connection.console.warn(message);
    void connection.window.showWarningMessage(message);
  }
  return undefined;
}

/** Pulls the `newsprint` section, laid over initializationOptions (a client without the section answers null). */
async function refreshSettings(): Promise<void> {
  if (!canConfigure) return;
  const pulled = (await connection.workspace.getConfiguration('newsprint').catch(() => null)) as Settings | null;
  applySettings({ ...initialSettings, ...(pulled && typeof pulled === 'object' ? pulled : {}) });
}

connection.onDidChangeConfiguration(async (change) => {
  if (canConfigure) await refreshSettings();
  else {
    // A push without our section (eglot sends `{settings: {}}` on connecting) changes nothing; what
    // it holds is laid over initializationOptions, never in their place.
    const pushed = (change.settings as { newsprint?: Settings } | null | undefined)?.newsprint;
    if (!pushed || typeof pushed !== 'object') return;
    applySettings({ ...initialSettings, ...pushed });
  }
  watchFiles();
  cache.invalidateAll();
  await reindex();
});

/**
 * Whether the server reviews `doc`: newspaper text by its language id, or a file the
 * `newsprint.files` globs name (other editors send such files as `text` or `plaintext`). Anything
 * else an editor sends (a Lua file, a README) gets no findings, symbols or lenses.
 */
function isNewspaper(doc: TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  const file = uriToPath(doc.uri);
  return !!file && selection.matches(file);
}

/** The open document at `uri`, if the server reviews it. */
function newspaperDocument(uri: string): TextDocument | undefined {
  const doc = documents.get(uri);
  return doc && isNewspaper(doc) ? doc : undefined;
}

/** Drops the summaries (views, reports) of `uris`: their duplicate links may have changed. */
function invalidateSummaries(uris: Iterable<string>): void {
  for (const uri of uris) walk.invalidate(uri);
}

/** The files each open document shared a story or a paragraph with at its last review. */
const linkedAtReview = new Map<string, Set<string>>();

/**
 * Once the workspace holds a document's new text (its review registered it, or the file on disk
 * stands for it again): the summaries of the files it was linked to and of those it is linked to
 * now are read again. The links of the last review are kept, so a keystroke computes none (on a
 * 10 MB archive they cost 35 ms).
 */
function relink(uri: string): void {
  const now = index.linkedUris(uri);
  invalidateSummaries(linkedAtReview.get(uri) ?? []);
  invalidateSummaries(now);
  linkedAtReview.set(uri, now);
}

function validate(doc: TextDocument): void {
  if (!isNewspaper(doc)) return;
  index.opened(doc.uri);
  if (needsSegmenter && settingsRead) segmenter.request();
  if (cache.needsSteppedReview(doc)) {
    void validateInSteps(doc);
    return;
  }
  const r = reviewOf(doc);
  relink(doc.uri);
  publish(doc, r.findings);
  notify(DocumentStatusNotification, { uri: doc.uri, capped: r.capped ?? null });
}

// TextDocuments fires onDidChangeContent on open as well, which validates; opening only invalidates the views' cache.
documents.onDidOpen((e) => cache.opened(e.document.uri));
documents.onDidChangeContent((e) => {
  // With `run: onSave`, a document is reviewed when it opens and each time it is saved, not on every keystroke.
  if (!cache.reviewOnChange(e.document.uri, runOnSave)) return;
  validate(e.document);
  scheduleRefresh(e.document.uri);
});
documents.onDidSave((e) => {
  if (!runOnSave) return;
  validate(e.document);
  scheduleRefresh(e.document.uri);
});
documents.onDidClose((e) => {
  cache.closed(e.document.uri);
  index.closed(e.document.uri);
  // The buffer's links and, now that the file on disk stands for it again, the file's.
  relink(e.document.uri);
  linkedAtReview.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  scheduleRefresh();
});

connection.onDidChangeWatchedFiles((params) => {
  for (const change of params.changes) {
    if (accepted.isAcceptedFile(change.uri)) {
      accepted.load();
      cache.invalidateAll();
    } else {
      // The file's own digest, and those of the files that share a story or a paragraph with it before or after the change.
      invalidateSummaries(index.linkedUris(change.uri));
      index.fileChanged(change.uri);
      invalidateSummaries(index.linkedUris(change.uri));
    }
  }
  scheduleRefresh();
});

connection.onNotification(AcceptedChangedNotification.method, () => {
  accepted.load();
  cache.invalidateAll();
  refreshOpenDocuments();
});

/**
 * The whole workspace's reviews for the views, fixes and reports: closed files kept as summaries
 * until they change, every walk done in slices between other requests and stopped by a cancel.
 * Typing in one buffer does not drop the closed files' summaries (a view refresh per pause would
 * review the whole workspace again).
 */
const walk = new WorkspaceWalk({
  uris: () => index.workspace.uris(),
  openReview: (uri) => {
    const doc = documents.get(uri);
    return doc && reviewOf(doc);
  },
  closedText: (uri) => (documents.get(uri) ? undefined : index.workspace.text(uri)),
  reviewOptions,
  accept: (uri, text, r) => ((r.findings = cache.shown(uri, text, r.findings)), r),
});

/** Runs a whole-workspace request; a cancelled one is answered with RequestCancelled (-32800). */
async function walking<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof WalkCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    throw err;
  }
}

const invalidParams = (what: string) => new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters: ${what}.`);

/**
 * Registers a Newsprint request. vscode-jsonrpc calls a handler with the token alone when a
 * request has no params, and spreads positional params: this hands every handler `(params, token)`.
 */
function onNewsprintRequest<P, R>(type: Request<P, R>, handler: (params: unknown, token: CancellationToken) => R | Promise<R>): void {
  // The result is typed by the protocol's constant; the params are checked by each handler (any client may send anything).
  connection.onRequest(type.method, (...args: unknown[]): unknown => {
    const last = args[args.length - 1];
    const token = CancellationToken.is(last) ? last : CancellationToken.None;
    const params = CancellationToken.is(last) ? args.slice(0, -1) : args;
    return handler(params.length > 1 ? params : params[0], token);
  });
}

/** The Articles view: every file's articles with counts. */
onNewsprintRequest(ArticlesRequest, (params, token) => {
  if (!absent(params)) throw invalidParams('expected no parameters');
  return walking(async () => (await walk.all(token)).map(({ uri, summary }) => fileNode(uri, summary)));
});

/** An article's findings, when the Articles view opens it. */
onNewsprintRequest(ArticleFindingsRequest, (params, token) => {
  if (!isArticleFindingsParams(params)) throw invalidParams('expected { uri, article }');
  return walking(async () => {
    const r = await walk.review(params.uri, token);
    return r ? articleFindings(r, params.article) : [];
  });
});

/** The Review view: every rule's files with counts. */
onNewsprintRequest(RuleGroupsRequest, (params, token) => {
  if (!absent(params)) throw invalidParams('expected no parameters');
  return walking(async () => reviewGroups(await walk.all(token)));
});

/** A rule's findings in a file, when the Review view opens it. */
onNewsprintRequest(RuleFindingsRequest, (params, token) => {
  if (!isRuleFindingsParams(params)) throw invalidParams('expected { ruleId, uri }');
  return walking(async () => {
    const r = await walk.review(params.uri, token);
    return r ? ruleFindings(r, params.ruleId) : [];
  });
});

onNewsprintRequest(FixEditsRequest, (params, token) => {
  if (!isFixRequest(params)) throw invalidParams('expected { ruleId, uri?, position? }');
  return walking(async () => {
    // One file's fix needs that file alone; the workspace's needs every summary.
    const one = params.uri ? await walk.summary(params.uri, token) : undefined;
    const files = params.uri ? (one ? [{ uri: params.uri, summary: one }] : []) : await walk.all(token);
    const reviews = new Map<string, Review | undefined>();
    for (const f of params.position ? files : []) reviews.set(f.uri, await walk.review(f.uri, token));
    return fixEdits(params, files, {
      review: (uri) => reviews.get(uri),
      text: (uri) => documents.get(uri)?.getText() ?? index.workspace.text(uri),
      options: reviewOptions,
      pause: async () => {
        await nextTurn();
        if (token.isCancellationRequested) throw new WalkCancelled();
      },
    });
  });
});

/** "Newsprint: Export Review Report": every newspaper file of the workspace, as the CLI would report it, one file reviewed at a time. */
onNewsprintRequest(ReportRequest, (params, token) => {
  if (!isReportParams(params)) throw invalidParams('expected { format: "markdown" | "json" | "sarif" }');
  return walking(async () => {
    // Files, and related locations in other files, named relative to their workspace folder.
    const pathOf = (uri: string) => {
      const file = uriToPath(uri);
      const root = file && selection.rootOf(file);
      return file && root ? path.relative(root, file) : uri;
    };
    const reports: FileReport[] = [];
    await walk.eachReview(token, (uri, r) => reports.push({ path: pathOf(uri), encoding: 'utf-8', digest: digestOf(r) }));
    if (params.format === 'json') return JSON.stringify(toJson(reports, version(), { pathOf }), null, 2);
    if (params.format === 'sarif') return JSON.stringify(toSarif(reports, version(), { base: selection.roots[0], from: selection.roots[0] }), null, 2);
    return toMarkdown(reports);
  });
});

onNewsprintRequest(DuplicateCopiesRequest, (params) => {
  if (!isDuplicateCopiesParams(params)) throw invalidParams('expected { uri, position: { line, character } }');
  const doc = newspaperDocument(params.uri);
  if (doc) reviewOf(doc);
  return duplicateCopies(index.workspace, params.uri, params.position);
});

connection.onDocumentSymbol((params) => {
  const doc = newspaperDocument(params.textDocument.uri);
  return doc ? toDocumentSymbols(reviewOf(doc).page) : [];
});

connection.onFoldingRanges((params) => {
  const doc = newspaperDocument(params.textDocument.uri);
  return doc ? toFoldingRanges(reviewOf(doc).page) : [];
});

connection.onCodeLens((params) => {
  const doc = newspaperDocument(params.textDocument.uri);
  return doc ? articleLenses(reviewOf(doc), doc.uri, offers) : [];
});

connection.onHover((params) => {
  const doc = newspaperDocument(params.textDocument.uri);
  return doc ? hoverAt(reviewOf(doc), params.position) : undefined;
});

connection.onCodeAction((params) => {
  const doc = newspaperDocument(params.textDocument.uri);
  if (!doc) return [];
  return codeActions(doc, reviewOf(doc), params.context.diagnostics, params.context.only, reviewOptions(doc.uri), () => encodingOnDisk(doc.uri, doc.getText()), versionedEdits, offers);
});

connection.onWorkspaceSymbol((params): WorkspaceSymbol[] => {
  const out: WorkspaceSymbol[] = [];
  for (const article of index.articles()) {
    if (!matchesQuery(article.name, params.query)) continue;
    out.push({
      name: article.name,
      kind: SymbolKind.Module,
      containerName: index.fileName(article.uri),
      location: { uri: article.uri, range: article.anchor },
    });
  }
  return out;
});

documents.listen(connection);
connection.listen();
