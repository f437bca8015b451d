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
  const widths = u.lines.map((l) => textWidth(l));
  const width = Math.max(...widths);
  const joined = u.lines.map((l) => l.trim()).join('');
  const base = { ...u, width, dateline: 0 };
  switch (u.hint) {
    case 'markdown':
      return { ...base, role: 'heading', level: markdownHeading(u.lines[0])!.level };
    case 'byline':
    case 'editors':
    case 'caption':
    case 'credit':
    case 'docnumber':
    case 'note':
    case 'banner':
      return { ...base, role: u.hint };
  }
  // A dateline may run over a column wrap (`重庆日报讯（渝西都市报记者 ⏎张玲）`): look at the joined text.
  const dateline = datelineLength(joined.slice(0, 80));
  if (dateline > 0) return { ...base, role: 'paragraph', dateline };
  if (isFragment(u.lines)) return { ...base, role: 'fragment' };
  if (!u.continuesBlock && isHeadingShape(u.lines, widths, joined)) return { ...base, role: 'heading' };
  return { ...base, role: 'paragraph' };
}

/** Layout fragments: one or two characters a line (`外媒` / `看` / `永川`). */
function isFragment(lines: string[]): boolean {
  return lines.every((l) => {
    const t = l.trim();
    return t.length > 0 && t.length <= 2 && !/[。，、；：！？,.;:!?]/u.test(t);
  });
}

function isHeadingShape(lines: string[], widths: number[], joined: string): boolean {
  if (lines.length > 3) return false;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > 60 || total < 2) return false;
  if (lines.length > 1 && widths.some((w) => w > 20)) return false;
  if (hasBareClauseMark(joined) || endsSentence(joined)) return false;
  if (PAUSES.has(lastSignificant(joined))) return false;
  return true;
}
