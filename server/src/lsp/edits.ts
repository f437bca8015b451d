// Edits shared by code actions and the Review view: the smallest edit turning a text into a
// fixed one, the workspace edit carrying edits to one document, and review options that run a
// single rule.
import type { TextEdit as LspEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { RULES, type ReviewOptions } from '../engine';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** One edit covering what changed between two texts (common prefix and suffix trimmed). */
export function diffEdit(doc: { text: string; positionAt(offset: number): { line: number; character: number } }, after: string): LspEdit | undefined {
  const before = doc.text;
  if (before === after) return undefined;
  // Past either end charCodeAt gives NaN, equal to nothing: the texts differ, so the prefix stops.
  let start = 0;
  while (before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never cut a surrogate pair in two: the common prefix may end after a high surrogate (`😀` and
  // `😁` share theirs). Backing off before the suffix is read lets the suffix take the whole
  // character (`😀😁` → `😁` deletes `😀`).
  if (isHigh(before.charCodeAt(start - 1))) start--;
  let endB = before.length;
  let endA = after.length;
  // The suffix never reaches back into the prefix (`aaa` → `aa` deletes one `a`, not none).
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Nor may the common suffix begin at a low surrogate (both texts hold the same unit there).
  if (isLow(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  return { range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) };
}

/**
 * Edits to one document as a workspace edit. With `versioned` (the client declared
 * `workspace.workspaceEdit.documentChanges`) they go as a TextDocumentEdit naming the document's
 * version, so the client rejects them once the document has changed; otherwise as `changes`.
 */
export function workspaceEdit(doc: { uri: string; version: number }, edits: LspEdit[], versioned: boolean): WorkspaceEdit {
  return versioned ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } };
}

/** Options that run one rule only, with the user's severity for it. */
export function onlyRule(base: ReviewOptions, id: string): ReviewOptions {
  return { ...base, rules: Object.fromEntries(RULES.map((r) => [r.id, { ...base.rules?.[r.id], enabled: r.id === id && (base.rules?.[r.id]?.enabled ?? true) }])) };
}
