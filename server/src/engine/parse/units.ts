// Cutting blocks into units: the pieces of text that layout treats as one thing (a paragraph, a
// headline, a byline, a caption). A reflowed page has one unit per line; a column-wrapped block
// holds several lines per unit and sometimes several units glued together by extraction.
import { endsOnMark, endsSentence, hasBareClauseMark, textWidth } from '../text/chars';
import type { SourceText } from '../text/sourceText';
import type { Block } from '../model/page';
import { endsInColumnTag, isByline, isCaption, isCredit, isDocNumber, isEditors, isNote, markdownHeading } from './patterns';

export type LineHint = 'markdown' | 'byline' | 'editors' | 'caption' | 'credit' | 'docnumber' | 'note' | 'banner' | 'title';

export interface Unit {
  block: number;
  firstLine: number;
  lastLine: number;
  lines: string[];
  /** Printed width (cells) of each line, where the cut already measured them. */
  widths?: number[];
  /** Set when the line's own pattern decided what it is. */
  hint?: LineHint;
  /**
   * Set when the unit was cut from a column block after a sentence end: it continues the block's
   * body text, so a short unpunctuated unit here is a paragraph start, not a headline.
   */
  continuesBlock: boolean;
  /** Column width (cells) of the block the unit belongs to, when it is column-wrapped. */
  columnWidth?: number;
}

export function blocksOf(source: SourceText): Block[] {
  const blocks: Block[] = [];
  let first = -1;
  source.lines.forEach((line, i) => {
    const blank = line.text.trim() === '';
    if (!blank && first < 0) first = i;
    if (blank && first >= 0) {
      blocks.push({ firstLine: first, lastLine: i - 1 });
      first = -1;
    }
  });
  if (first >= 0) blocks.push({ firstLine: first, lastLine: source.lines.length - 1 });
  return blocks;
}

/** A line that stands alone whatever surrounds it, and what it is. */
function lineHint(raw: string, atBlockEdge: boolean): LineHint | undefined {
  // Each pattern trims the line for itself; a block holds no blank line (blocksOf).
  if (markdownHeading(raw)) return 'markdown';
  const t = raw;
  // Inside a column block, `…渝西都市报记者张玲` can be an ordinary wrapped line; a byline stands at a block's edge.
  // A photographer's credit (`本报记者 孙广勇摄`) would read as a byline whose last name ends in 摄: credit first.
  if (isCredit(t)) return 'credit';
  if (isByline(t) && atBlockEdge) return 'byline';
  if (isDocNumber(t)) return 'docnumber';
  // Inside a column block a line naming a supplier (`…提供…`) is more likely body text than a caption.
  if (isCaption(t, atBlockEdge)) return 'caption';
  if (isEditors(t)) return 'editors';
  if (isNote(t)) return 'note';
  // Centred or boxed text (banners, series titles) keeps its indent after extraction; body lines never do.
  if (/^[ \t\u3000]/u.test(raw) && textWidth(t) <= 20 && !endsSentence(t) && !hasBareClauseMark(t)) return 'banner';
  return undefined;
}

/** The units of blocks `from` to `to` (all by default), appended to `units`; a stepped parse cuts a large page in slices. */
export function unitsOf(source: SourceText, blocks: Block[], from = 0, to = blocks.length, units: Unit[] = []): Unit[] {
  for (let b = from; b < to; b++) {
    const block = blocks[b];
    let run: number[] = [];
    const flush = () => {
      // Stryker disable next-line ConditionalExpression: splitRun cuts no units from no lines; the test only saves the call.
      if (run.length) units.push(...splitRun(source, b, run, () => columnBefore(source, blocks, b)));
      run = [];
    };
    for (let i = block.firstLine; i <= block.lastLine; i++) {
      const raw = source.lines[i].text;
      const hint = lineHint(raw, i === block.firstLine || i === block.lastLine);
      if (hint) {
        flush();
        units.push({ block: b, firstLine: i, lastLine: i, lines: [raw], hint, continuesBlock: false });
      } else {
        run.push(i);
      }
    }
    flush();
  }
  return units;
}

function median(xs: number[]): number {
  // A typed array sorts numbers as numbers, without a comparator called per pair.
  const s = Float64Array.from(xs).sort();
  return s.length ? s[s.length >> 1] : 0;
}

/** Marks a column lets hang past its edge at a line's end: clause and sentence ends and the quotes closing them. */
const HANGING = '[，。、；：！？”’）》」』]';
/** One such mark at a line's start, where a bad wrap put it (NP404). */
const LEADING_MARK = new RegExp(`^${HANGING}`, 'u');
const HANGING_MARKS = new RegExp(`${HANGING}{1,2}$`, 'u');
/** The most lines a title block has: kicker, headline, subtitle, column tags and summary lines. */
const TITLE_BLOCK_LINES = 6;
/** Lines no wider than this form one heading of two or three lines (roles.ts isHeadingShape). */
const NARROW_TITLE = 20;
/** Two phrases of two or more Han characters set apart by a space, as headlines are. */
const PHRASES_APART = /\p{Script=Han}{2}[ \u3000\u00a0]+\p{Script=Han}{2}/u;
/** A subtitle line opens on a dash (`——辽宁落实…纪实`). */
const SUBTITLE_DASH = /^[ \t\u3000\u00a0]*——/u;
/** Whether a line below the first of a title's lines is a `——` subtitle. */
const hasSubtitle = (texts: string[]) => texts.some((t, k) => k > 0 && SUBTITLE_DASH.test(t));
/** Wider than any newspaper column: a line this wide is set across columns, as titles are. */
const WIDER_THAN_COLUMN = 24;

/**
 * A title block set line by line (kicker 引题, headline 主题, subtitle 副题): two to six lines,
 * none ending a sentence, that cannot be one paragraph wrapped at a column. A column's lines run
 * to one width and its last line is no wider; here a line is set wider than any column, or a
 * line is wider than the one above it, or a subtitle opens with `——`.
 */
function isTitleBlock(texts: string[], widths: number[]): boolean {
  if (texts.length < 2 || texts.length > TITLE_BLOCK_LINES) return false;
  if (texts.some(endsOnMark)) return false;
  // A headline set as phrases apart (`融入京津冀 寻找增长亮点`) or carrying its column's tag (`…（2019春运一线）`)
  // under a kicker: no paragraph's last line looks so, however narrow the lines.
  const last = texts[texts.length - 1].trim();
  if (PHRASES_APART.test(last) || endsInColumnTag(last)) return true;
  // A kicker leading into its headline (`天津基层党建述职评议会勇于揭短亮丑——` / `就是要让水流到地头`): a wrapped
  // line does not end on a dash with a short unpunctuated line under it.
  if (texts.length <= 3 && /——$/u.test(texts[0].trim()) && widths[widths.length - 1] < widths[0]) return true;
  // Narrow lines stay one unit: a two-line subhead (`给政策` / `构建创业扶持政策集群`) is one heading of two lines.
  if (widths.every((w) => w <= NARROW_TITLE)) return false;
  const widest = Math.max(...widths.slice(0, -1));
  const growsBelow = widths.some((w, k) => k > 0 && w > widths[k - 1] + 1.5);
  const subtitle = hasSubtitle(texts);
  // A paragraph's piece cut at a column break ends on a full line; one that ends short has ended,
  // and without a final mark it is a display line (`宜昌积极淘汰落后产能，推动绿色发展` / `山水变成“金饭碗”`).
  const endsShort = widths[widths.length - 1] < widest - 1.5;
  return widest > WIDER_THAN_COLUMN || growsBelow || subtitle || endsShort;
}

/** Blocks looked back over for a column width to measure a block of two lines against. */
const NEIGHBOUR_BLOCKS = 2;

/**
 * The column width of the nearest block before `b` (at most NEIGHBOUR_BLOCKS back) with three
 * lines or more; Infinity after a paragraph reflowed to one line wider than any column, where no
 * line is wrapped (as after fix-all's first pass, which must not read the block otherwise then).
 */
function columnBefore(source: SourceText, blocks: Block[], b: number): number | undefined {
  for (let k = b - 1; k >= 0 && k >= b - NEIGHBOUR_BLOCKS; k--) {
    const { firstLine, lastLine } = blocks[k];
    if (firstLine === lastLine) {
      const line = source.lines[firstLine].text;
      if (textWidth(line) > WIDER_THAN_COLUMN && hasBareClauseMark(line)) return Infinity;
      continue;
    }
    if (lastLine - firstLine < 2) continue;
    const widths: number[] = [];
    for (let i = firstLine; i <= lastLine; i++) widths.push(textWidth(source.lines[i].text));
    return columnWidthOf(widths);
  }
  return undefined;
}

/** Splits a run of adjacent lines into paragraphs (and a wider headline line glued on top). */
function splitRun(source: SourceText, block: number, lineNos: number[], neighbourColumn: () => number | undefined = () => undefined): Unit[] {
  const texts = lineNos.map((i) => source.lines[i].text);
  const widths = texts.map((t) => textWidth(t));
  const units: Unit[] = [];
  let from = 0;

  const asTitle = (k: number): Unit => ({ block, firstLine: lineNos[k], lastLine: lineNos[k], lines: [texts[k]], widths: [widths[k]], hint: 'title', continuesBlock: false });
  // A title block: each line a display line of its own, never one wrapped paragraph.
  if (isTitleBlock(texts, widths)) return lineNos.map((_, k) => asTitle(k));
  // A title block with its summary set under it in the same block (`构建良好政治生态 推动经济爬坡过坎（…）` /
  // `——辽宁落实…纪实` / `2700多亿元` / `落实“三去一降一补”…。`): the lines up to the first one that ends on a mark
  // are the title when they carry a column tag or a `——` subtitle; the summary below is read as usual.
  const titleLines = texts.findIndex(endsOnMark);
  if (titleLines >= 2 && (endsInColumnTag(texts[0]) || hasSubtitle(texts.slice(0, titleLines))) && isTitleBlock(texts.slice(0, titleLines), widths.slice(0, titleLines))) {
    return [...lineNos.slice(0, titleLines).map((_, k) => asTitle(k)), ...splitRun(source, block, lineNos.slice(titleLines))];
  }

  // A headline glued above the first body line: unpunctuated, and either set wider than the column,
  // or standing above a whole paragraph on one wider line (as a reflowed page has it).
  if (lineNos.length >= 2 && !hasBareClauseMark(texts[0]) && !endsSentence(texts[0])) {
    const restWidth = widths.slice(1).reduce((a, b) => Math.max(a, b), 0);
    const widerThanColumn = widths[0] >= 18 && widths[0] > restWidth + 2 && restWidth >= 8;
    // Wider than a full line above it, hanging marks aside (a mark at its start belongs at the end of
    // the line above, NP404; marks at its end may hang past the edge): the line above is no column line.
    const below = textWidth(texts[1].trim().replace(LEADING_MARK, '').replace(HANGING_MARKS, ''));
    // Spaces above count a cell each: a column sets `第五条  车辆…` and `罗  兵　　大连…` to its full width.
    const above = textWidth(texts[0].trim().replace(/\s/gu, '\u3000'));
    const aboveReflowedParagraph = endsSentence(texts[1]) && hasBareClauseMark(texts[1]) && below >= above + 1;
    if (widerThanColumn || aboveReflowedParagraph) {
      units.push(makeUnit(block, lineNos, texts, widths, 0, 0, false));
      from = 1;
    }
  }

  const bodyWidths = widths.slice(from, -1);
  // A paragraph's last line is no wider than its column (a hanging mark aside). In a block of two
  // lines the first alone is no measure: it can be the short last line of an earlier paragraph
  // (`用得好是真本事。` ⏎ `近年来，涪陵区委网信办坚持埋头`). In longer blocks the median holds, and a
  // wide last line is more often a display line set under the text than a measure of the column.
  const lastWidth = widths[widths.length - 1];
  const twoLines = bodyWidths.length === 1;
  // When the second line runs on into the next block (no mark ends it), the column of the block
  // before measures the first too; a second line that ends on a mark may end the paragraph short.
  const runsOnBelow = twoLines && !endsOnMark(texts[texts.length - 1]);
  const column = twoLines ? Math.max(bodyWidths[0], lastWidth - 1, (runsOnBelow && neighbourColumn()) || 0) : bodyWidths.length ? median(bodyWidths) : lastWidth;
  const multi = lineNos.length - from >= 2;
  let start = from;
  for (let k = from; k < lineNos.length; k++) {
    const last = k === lineNos.length - 1;
    // A sentence end short of the column edge closes the paragraph; one that fills the line may be mid-paragraph.
    // In a block of two lines, a first line wider than any column is a paragraph reflowed to one line.
    const closes = !last && endsSentence(texts[k]) && (!multi || widths[k] < column - 1 || (twoLines && widths[k] > WIDER_THAN_COLUMN));
    if (closes || last) {
      units.push(makeUnit(block, lineNos, texts, widths, start, k, start > 0));
      start = k + 1;
    }
  }
  if (multi) {
    const width = twoLines && Number.isFinite(column) ? Math.round(column) : columnWidthOf(widths.slice(from));
    for (const u of units) if (u.firstLine !== lineNos[0] || from === 0) u.columnWidth = width;
  }
  return units;
}

/**
 * The printed column width: the most common width among lines that run to the column edge (all
 * but the last) of a block of two lines or more. A trailing comma may hang past the edge, so the
 * maximum would overstate it.
 */
function columnWidthOf(widths: number[]): number {
  const full = widths.slice(0, -1);
  const counts = new Map<number, number>();
  for (const w of full) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) {
    // Stryker disable next-line EqualityOperator: widths are the map's keys, never equal to one seen before.
    const wider = w > best;
    if (c > bestCount || (c === bestCount && wider)) {
      best = w;
      bestCount = c;
    }
  }
  return best;
}

function makeUnit(block: number, lineNos: number[], texts: string[], widths: number[], a: number, z: number, continuesBlock: boolean): Unit {
  return {
    block,
    firstLine: lineNos[a],
    lastLine: lineNos[z],
    lines: texts.slice(a, z + 1),
    widths: widths.slice(a, z + 1),
    continuesBlock,
  };
}
