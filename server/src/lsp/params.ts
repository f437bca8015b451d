// The parameters of Newsprint's own requests, checked before use: any client may send anything,
// and a malformed request is answered with InvalidParams, never an internal error.
import type { FixRequest } from './reviewData';

type Position = { line: number; character: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): v is Position => isObject(v) && isCount(v.line) && isCount(v.character);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || v === null || check(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

export const REPORT_FORMATS = ['markdown', 'json', 'sarif'] as const;

export function isReportParams(p: unknown): p is { format: (typeof REPORT_FORMATS)[number] } {
  return isObject(p) && (REPORT_FORMATS as readonly unknown[]).includes(p.format);
}

export function isDuplicateCopiesParams(p: unknown): p is { uri: string; position: Position } {
  return isObject(p) && isString(p.uri) && isPosition(p.position);
}

export function isFixRequest(p: unknown): p is FixRequest {
  // A finding's position means nothing without its file (and would make every file be reviewed again).
  return isObject(p) && isString(p.ruleId) && optional(p.uri, isString) && optional(p.position, isPosition) && (absent(p.position) || isString(p.uri));
}

/** No parameters, however a client spells it (vscode-jsonrpc sends `[null]` for an undefined argument). */
const absent = (p: unknown) => p === undefined || p === null || (Array.isArray(p) && p.every((x) => x === undefined || x === null)) || (isObject(p) && Object.keys(p).length === 0);

/** `newsprint/articles`: every file's articles (no params), or one article's findings. */
export function articlesParams(p: unknown): { ok: true; article?: { uri: string; article: number } } | { ok: false } {
  if (absent(p)) return { ok: true };
  return isObject(p) && isString(p.uri) && isCount(p.article) ? { ok: true, article: { uri: p.uri, article: p.article } } : { ok: false };
}

/** `newsprint/findings`: every rule's files and counts (no params), or one rule's findings in one file. */
export function findingsParams(p: unknown): { ok: true; file?: { ruleId: string; uri: string } } | { ok: false } {
  if (absent(p)) return { ok: true };
  return isObject(p) && isString(p.ruleId) && isString(p.uri) ? { ok: true, file: { ruleId: p.ruleId, uri: p.uri } } : { ok: false };
}
