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
  return isObject(p) && isString(p.ruleId) && optional(p.uri, isString) && optional(p.position, isPosition);
}
