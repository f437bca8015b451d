// Accepted findings: an editor's "this is right, don't report it again". A finding is known by its
// rule and the text around it, not by its line, so the acceptance survives edits elsewhere in the file.
import type { Finding } from './rules/rule';

export interface AcceptedEntry {
  /** The file, relative to its workspace folder, with forward slashes. */
  file: string;
  rule: string;
  key: string;
  /** The text the finding was about, for people reading the list. */
  text: string;
  acceptedAt?: string;
}

export interface AcceptedFile {
  version: 1;
  accepted: AcceptedEntry[];
}

/** The finding's text and up to 12 characters either side, whitespace removed, hashed. */
export function findingKey(text: string, f: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  const context = text.slice(Math.max(0, f.start - 12), Math.min(text.length, f.end + 12)).replace(/\s+/g, '');
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < context.length; i++) {
    const c = context.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${f.ruleId}:${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

export function parseAccepted(json: string): AcceptedEntry[] {
  try {
    const data = JSON.parse(json) as Partial<AcceptedFile>;
    return Array.isArray(data.accepted) ? data.accepted.filter((e) => e && typeof e.file === 'string' && typeof e.key === 'string') : [];
  } catch {
    return [];
  }
}

export type AcceptedList = { ok: true; entries: AcceptedEntry[] } | { ok: false; problem: string };

/**
 * The strict reading the client uses before it rewrites the list: anything it could not write back
 * unchanged is a problem, so a damaged file is left for a person to fix instead of being replaced
 * by a shorter one. `problem` says what is wrong in plain English and never quotes the file.
 * Entries keep every field they have (they are written back as they were read).
 */
export function readAcceptedList(json: string | Uint8Array): AcceptedList {
  let text: string;
  if (typeof json === 'string') text = json;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    } catch {
      return { ok: false, problem: 'it is not UTF-8 text' };
    }
  }
  let data: unknown;
  try {
    // A byte order mark is what some editors put first; JSON.parse refuses it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'it is not a JSON object' };
  const file = data as { version?: unknown; accepted?: unknown };
  if (file.version !== undefined && file.version !== 1) return { ok: false, problem: 'its "version" is not 1' };
  if (!Array.isArray(file.accepted)) return { ok: false, problem: 'its "accepted" field is missing or not a list' };
  for (let i = 0; i < file.accepted.length; i++) {
    const e: unknown = file.accepted[i];
    if (typeof e !== 'object' || e === null || Array.isArray(e) || typeof (e as AcceptedEntry).file !== 'string' || typeof (e as AcceptedEntry).key !== 'string') {
      return { ok: false, problem: `entry ${i + 1} of its "accepted" list is not an object with a text "file" and "key"` };
    }
  }
  return { ok: true, entries: file.accepted as AcceptedEntry[] };
}
