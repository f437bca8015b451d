// The contract between the Newsprint language server and its clients, beyond LSP: every custom
// request and notification as a typed constant with its params and result, imported by the
// server (server.ts) and the VS Code client alike, so a renamed method or field fails to compile
// on both sides instead of at run time. Other editors' clients read the same names here.
// No LSP library is imported: the client and the server use different releases of it, so a
// message is its method name with the types it carries, and each side sends it with its own. The
// one thing shared at run time is the engine's pure fileLabel(), so both sides name files alike.

import type { Position, Range } from './engine/text/sourceText';

/** A request: its method, and (for the compiler only) the params it takes and the result it gives. */
export interface Request<P, R> {
  readonly method: string;
  readonly params?: P;
  readonly result?: R;
}

/** A notification: its method, and (for the compiler only) its params. */
export interface Notification<P> {
  readonly method: string;
  readonly params?: P;
}

const request = <P, R>(method: string): Request<P, R> => ({ method });

const notification = <P>(method: string): Notification<P> => ({ method });

/** How a file is named to a person (the same in findings, views and reports). */
export { fileLabel } from './engine/text/fileLabel';

/** Positions in UTF-16 code units, LSP's unit and the engine's. */
export type { Position, Range } from './engine/text/sourceText';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** The language id of newspaper text, in VS Code and in any client that names it. */
export const LANGUAGE_ID = 'newsprint';

// ---- Commands the client runs ----

/**
 * Commands the VS Code client implements, which code actions and lenses name. The server offers
 * an action or lens that runs one only to a client that lists it in
 * `initializationOptions.clientCommands`: another editor would answer "unknown command" (-32601).
 */
export const CLIENT_COMMANDS = {
  acceptFinding: 'newsprint.acceptFinding',
  compareDuplicates: 'newsprint.compareDuplicates',
  reopenWithEncoding: 'newsprint.reopenWithEncoding',
  showProblems: 'workbench.actions.view.problems',
} as const;

// ---- Code action kinds the client asks for by name ----

/** Every safe fix of the file at once, as editors run it on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.newsprint';

/** "Reflow this article": every wrap and split of the article at a finding joined (a quick fix). */
export const REFLOW_ARTICLE_KIND = 'quickfix.newsprint.reflowArticle';

// ---- The Articles view ----

export interface DuplicateLink {
  uri: string;
  name: string;
  similarity: number;
}

/** An article of a file, with its finding counts per rule id (hints aside) and the other copies of it. */
export interface ArticleNode {
  name: string;
  untitled: boolean;
  detail: string;
  range: Range;
  counts: Record<string, number>;
  duplicates: DuplicateLink[];
}

export interface FileNode {
  uri: string;
  articles: ArticleNode[];
}

export interface ArticleFinding {
  ruleId: string;
  rule: string;
  severity: string;
  message: string;
  range: Range;
}

/** Every newspaper file of the workspace with its articles. */
export const ArticlesRequest = request<void, FileNode[]>('newsprint/articles');

/** One article's findings (hints aside), in text order; `article` is its index in the file. */
export const ArticleFindingsRequest = request<{ uri: string; article: number }, ArticleFinding[]>('newsprint/articleFindings');

// ---- The Review view ----

export interface ReviewFileCount {
  uri: string;
  /** Findings of the rule in the file. */
  count: number;
  /** …of which have a fix. */
  fixable: number;
}

export interface ReviewRuleGroup {
  ruleId: string;
  rule: string;
  family: string;
  files: ReviewFileCount[];
}

export interface ReviewFinding {
  message: string;
  severity: string;
  range: Range;
  /** The preferred fix's title, when the finding has a fix. */
  fix?: string;
}

/** Every rule with findings, with its files and counts. */
export const RuleGroupsRequest = request<void, ReviewRuleGroup[]>('newsprint/ruleGroups');

/** One rule's findings in one file, with the title of each one's fix. */
export const RuleFindingsRequest = request<{ ruleId: string; uri: string }, ReviewFinding[]>('newsprint/ruleFindings');

export interface FixRequest {
  ruleId: string;
  /** A file; absent for the whole workspace. */
  uri?: string;
  /** One finding's range start in `uri`; absent for every finding of the rule. */
  position?: Position;
}

export interface FixResult {
  /** Edits by file URI: one per fix where the fixes can be applied at once, each reviewable on its own. */
  changes: Record<string, TextEdit[]>;
  /** How many findings the edits repair. */
  fixes: number;
}

/** The edits of one finding's fix, or of every fix of a rule in one file or the whole workspace. */
export const FixEditsRequest = request<FixRequest, FixResult>('newsprint/fixEdits');

// ---- Reports and comparisons ----

export const REPORT_FORMATS = ['markdown', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The review report of every newspaper file of the workspace, as the CLI writes it. */
export const ReportRequest = request<{ format: ReportFormat }, string>('newsprint/report');

export interface CopyText {
  uri: string;
  name: string;
  /** Lines of the article in its file, 0-based. */
  firstLine: number;
  lastLine: number;
  /** The copy normalised for a diff: wraps and split paragraphs undone, one sentence a line. */
  text: string;
}

export interface DuplicateCopies {
  article?: CopyText;
  copies: (CopyText & { similarity: number })[];
}

/** The article at a position and its copies elsewhere, for "Compare Duplicate Copies". */
export const DuplicateCopiesRequest = request<{ uri: string; position: Position }, DuplicateCopies>('newsprint/duplicateCopies');

// ---- What the server is doing (server → client) ----

export type SegmenterState = 'idle' | 'loading' | 'ready' | 'failed';

/** Word segmentation's state; `detail` says why it failed (the server then falls back to characters). */
export const SegmenterNotification = notification<{ state: SegmenterState; detail?: string }>('newsprint/segmenter');

/** The workspace index: being built, or built with `files` newspaper files. */
export const IndexingNotification = notification<{ indexing: boolean; files?: number }>('newsprint/indexing');

/**
 * One document's review: `capped` when its findings were cut at `newsprint.maxFindings` (null when
 * not), `reviewing` while a very large file's review is under way (steps done of total; null when done).
 */
export const DocumentStatusNotification = notification<{
  uri: string;
  capped?: { shown: number; total: number } | null;
  reviewing?: { done: number; total: number } | null;
}>('newsprint/documentStatus');

// ---- client → server ----

/** The accepted-findings list changed (the client wrote it): review the open files again. */
export const AcceptedChangedNotification = notification<void>('newsprint/acceptedChanged');
