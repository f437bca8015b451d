// What each unit is before articles are known: a headline candidate, an article anchor
// (byline, dateline paragraph), body text, or layout residue that the grouping looks through.
import { endsSentence, hasBareClauseMark, lastSignificant, PAUSES, textWidth } from '../text/chars';
import { datelineLength, markdownHeading } from './patterns';
import type { Unit } from './units';

export type Role =
  | 'heading'
  | 'byline'
  | 'paragraph'
  | 'caption'
  | 'credit'
  | 'banner'
  | 'fragment'
  | 'editors'
  | 'docnumber'
  | 'note';

export interface RoledUnit extends Unit {
  role: Role;
  /** Headline level where the source marks it with `#`. */
  level?: number;
  /** Length of the dateline at the paragraph start (0 when none), in UTF-16 units of the trimmed lines joined. */
  dateline: number;
  /** Printed width in cells of the unit's longest line. */
  width: number;
}

/** Layout residue: grouping of headlines and articles looks through it. */
export const TRANSPARENT: ReadonlySet<Role> = new Set(['caption', 'credit', 'banner', 'fragment', 'editors']);

export function roleOf(u: Unit): RoledUnit {
  const widths = u.widths ?? u.lines.map((l) => textWidth(l));
  let width = 0;
  for (const w of widths) width = Math.max(width, w);
  const { role, level, dateline = 0 } = classify(u, widths);
  // One literal of one shape (no spread): a 10 MB page has a hundred thousand units.
  const r: RoledUnit = {
    block: u.block,
    firstLine: u.firstLine,
    lastLine: u.lastLine,
    lines: u.lines,
    widths,
    hint: u.hint,
    continuesBlock: u.continuesBlock,
    columnWidth: u.columnWidth,
    role,
    dateline,
    width,
  };
  if (level !== undefined) r.level = level;
  return r;
}

function classify(u: Unit, widths: readonly number[]): { role: Role; level?: number; dateline?: number } {
  switch (u.hint) {
    case 'markdown':
      return { role: 'heading', level: markdownHeading(u.lines[0])!.level };
    case 'title': {
      // A line of a title block: a heading, unless it is a dateline paragraph that stood in the run.
      const dateline = datelineLength(u.lines[0].trim());
      return dateline > 0 ? { role: 'paragraph', dateline } : { role: 'heading' };
    }
    case 'byline':
    case 'editors':
    case 'caption':
    case 'credit':
    case 'docnumber':
    case 'note':
    case 'banner':
      return { role: u.hint };
  }
  // A dateline may run over a column wrap (`重庆日报讯（渝西都市报记者 ⏎张玲）`): look at the joined text.
  const dateline = datelineLength(joinedTrimmed(u.lines, 80));
  if (dateline > 0) return { role: 'paragraph', dateline };
  if (isFragment(u.lines)) return { role: 'fragment' };
  if (!u.continuesBlock && isHeadingShape(u.lines, widths)) return { role: 'heading' };
  return { role: 'paragraph' };
}

/** Layout fragments: one or two characters a line (`外媒` / `看` / `永川`). */
function isFragment(lines: string[]): boolean {
  return lines.every((l) => {
    const t = l.trim();
    return t.length > 0 && t.length <= 2 && !/[。，、；：！？,.;:!?]/u.test(t);
  });
}

/** The unit's lines trimmed and joined, up to `max` UTF-16 units: a 10 MB page should not copy every paragraph here. */
function joinedTrimmed(lines: readonly string[], max: number): string {
  let out = '';
  for (const l of lines) {
    if (out.length >= max) break;
    out += l.trim();
  }
  return out.slice(0, max);
}

function isHeadingShape(lines: string[], widths: readonly number[]): boolean {
  if (lines.length > 3) return false;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > 60 || total < 2) return false;
  if (lines.length > 1 && widths.some((w) => w > 20)) return false;
  const joined = lines.map((l) => l.trim()).join('');
  if (hasBareClauseMark(joined) || endsSentence(joined)) return false;
  if (PAUSES.has(lastSignificant(joined))) return false;
  return true;
}
