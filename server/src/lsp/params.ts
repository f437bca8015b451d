// The parameters of Newsprint's own requests, checked before use: any client may send anything,
// and a malformed request is answered with InvalidParams, never an internal error.
import { REPORT_FORMATS, type FixRequest, type ReportFormat } from '../protocol';

type Position = { line: number; character: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): v is Position => isObject(v) && isCount(v.line) && isCount(v.character);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || v === null || check(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

export function isReportParams(p: unknown): p is { format: ReportFormat } {
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
export const absent = (p: unknown) => p === undefined || p === null || (Array.isArray(p) && p.every((x) => x === undefined || x === null)) || (isObject(p) && Object.keys(p).length === 0);

/** ArticleFindingsRequest: one article of one file. */
export function isArticleFindingsParams(p: unknown): p is { uri: string; article: number } {
  return isObject(p) && isString(p.uri) && isCount(p.article);
}

/** RuleFindingsRequest: one rule's findings in one file. */
export function isRuleFindingsParams(p: unknown): p is { ruleId: string; uri: string } {
  return isObject(p) && isString(p.ruleId) && isString(p.uri);
}
