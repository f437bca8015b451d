// What each unit is before articles are known: a headline candidate, an article anchor
// (byline, dateline paragraph), body text, or layout residue that the grouping looks through.
import { endsSentence, hasBareClauseMark, hasSentenceEnd, lastSignificant, PAUSES, textWidth } from '../text/chars';
import { datelineLength, endsInColumnTag, isNamesLine, markdownHeading } from './patterns';
import type { Unit } from './units';
import type { BodyKind } from '../model/page';

export type Role = 'heading' | BodyKind;

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

/**
 * Lines whose role their neighbours decide. A section label (`速览`, `来论`) standing on its own line
 * between stories: two characters like a layout fragment, but after a finished sentence and above
 * a heading or body text, it heads what follows; a fragment between the halves of a sentence stays
 * residue (NP103). Short phrases set apart that read as editors' names head the body under them.
 */
export function labelSections(units: RoledUnit[]): void {
  const solid = (k: number, step: 1 | -1): RoledUnit | undefined => {
    for (let j = k + step; j >= 0 && j < units.length; j += step) if (!TRANSPARENT.has(units[j].role)) return units[j];
    return undefined;
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const label = u.role === 'fragment' && u.lines.length === 1 && /^\p{Script=Han}{2}$/u.test(u.lines[0].trim());
    // Two short phrases apart (`品书香 过大年`, `备教材 迎开学`) look like editors' names; over body text, below a finished story, they are a headline.
    const phrases = u.role === 'editors' && u.lines.length === 1 && isNamesLine(u.lines[0]);
    if (!label && !phrases) continue;
    const before = solid(k, -1);
    const after = solid(k, 1);
    const finished = before !== undefined && before.role === 'paragraph' && endsSentence(before.lines[before.lines.length - 1]);
    // A label may follow anything but an unfinished sentence; phrases read as a headline only under a finished story.
    const closedAbove = label ? before === undefined || before.role !== 'paragraph' || finished : finished;
    const bodyBelow = after !== undefined && after.role === 'paragraph' && after.dateline === 0;
    const headsBelow = bodyBelow || (label && after?.role === 'heading');
    if (closedAbove && headsBelow) u.role = 'heading';
  }
}

/** Layout fragments: one or two characters a line (`外媒` / `看` / `永川`). */
function isFragment(lines: string[]): boolean {
  return lines.every((l) => {
    const t = l.trim();
    // A unit holds no blank line (units.ts blocksOf).
    return t.length <= 2 && !/[。，、；：！？,.;:!?]/u.test(t);
  });
}

/** The unit's lines trimmed and joined, up to `max` UTF-16 units: a 10 MB page should not copy every paragraph here. */
function joinedTrimmed(lines: readonly string[], max: number): string {
  let out = '';
  for (const l of lines) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on work; what is joined past it is cut below.
    if (out.length >= max) break;
    out += l.trim();
  }
  // Stryker disable next-line MethodExpression: a dateline is shorter than `max`, so reading further finds the same one.
  return out.slice(0, max);
}

function isHeadingShape(lines: string[], widths: readonly number[]): boolean {
  if (lines.length > 3) return false;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > 60 || total < 2) return false;
  if (lines.length > 1 && widths.some((w) => w > 20)) return false;
  // Each check below trims for itself or skips spaces, and none reads what joins the lines.
  // Stryker disable next-line StringLiteral: see above.
  const joined = lines.join('');
  if (endsSentence(joined)) return false;
  // A headline may set two clauses apart by a comma when its column's tag closes it
  // (`春运，一场共享发展的旅程（评论员观察）`); body text with a comma and no sentence end has none.
  if (hasBareClauseMark(joined) && !(lines.length === 1 && !hasSentenceEnd(joined) && endsInColumnTag(joined))) return false;
  if (PAUSES.has(lastSignificant(joined))) return false;
  return true;
}
