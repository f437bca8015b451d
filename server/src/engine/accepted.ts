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
