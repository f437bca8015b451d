// Edits shared by code actions and the Review view: the smallest edit turning a text into a
// fixed one, and review options that run a single rule.
import type { TextEdit as LspEdit } from 'vscode-languageserver/node';
import { RULES, type ReviewOptions } from '../engine';

/** One edit covering what changed between two texts (common prefix and suffix trimmed). */
export function diffEdit(doc: { text: string; positionAt(offset: number): { line: number; character: number } }, after: string): LspEdit | undefined {
  const before = doc.text;
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  // Never cut a surrogate pair in two.
  if (start > 0 && /[\ud800-\udbff]/.test(before[start - 1])) start--;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) };
}

/** Options that run one rule only, with the user's severity for it. */
export function onlyRule(base: ReviewOptions, id: string): ReviewOptions {
  return { ...base, rules: Object.fromEntries(RULES.map((r) => [r.id, { ...base.rules?.[r.id], enabled: r.id === id && (base.rules?.[r.id]?.enabled ?? true) }])) };
}

