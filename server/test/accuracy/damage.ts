// Damage with exact gold: each defect a rule claims to find, planted once at a known place in a
// clean rendered page. The gold names the rules expected to find it and the range it covers in the
// damaged text; a finding of one of those rules that overlaps the range is a hit.
import { alterFigure } from '../alterFigure';
import { AGREEMENT_RULES, parsePage, type Page, type Segmenter } from '../../src/engine';
import type { Dice } from '../random';
import type { RenderedPage, RenderedParagraph, Span } from './render';

export interface Gold extends Span {
  kind: string;
  /** Rules any of which finding it counts as caught; empty when no rule claims the defect (then the parser is asked). */
  rules: string[];
  /** For a defect no rule claims: what the page model must show for the parser to have seen it. */
  parser?: (page: Page) => boolean;
}

export interface Damaged {
  text: string;
  gold: Gold;
}

/** One kind of damage: where it can go on a page, and how it changes the text there. */
export interface DamageKind {
  kind: string;
  family: 'wraps' | 'duplicates' | 'figures' | 'punctuation' | 'layout';
  rules: string[];
  plant(page: RenderedPage, dice: Dice, seg: Segmenter): Damaged | undefined;
}

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => !!ch && HAN.test(ch);

/** Replaces `text[at, at + remove)` with `insert`; the gold range is given in the new text. */
function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Body paragraphs long enough to carry a defect in their middle, as [paragraph, its text]. */
function bodyParagraphs(page: RenderedPage, min = 40) {
  return page.articles.flatMap((a) => a.paragraphs.map((p) => ({ article: a, p, text: page.text.slice(p.start, p.end) }))).filter((x) => x.text.replace(/\s/g, '').length >= min);
}

type BreakShape = 'mid-word' | 'mid-sentence' | 'after-comma' | 'other';

/**
 * Where a paragraph can be split, and what the split would cut: a word (jieba sees a word of two or
 * more Han characters across it), a sentence between two words, or a clause after its comma. In a
 * reflowed paragraph anywhere between characters; in a column-wrapped one only at its line breaks,
 * where extraction splits columns.
 */
function breakCandidates(page: RenderedPage, p: RenderedParagraph, column: boolean, seg: Segmenter): { at: number; shape: BreakShape }[] {
  // The paragraph as one line, with the page offset of each of its characters.
  const offsets: number[] = [];
  let joined = '';
  for (let i = p.start; i < p.end; i++) {
    if (page.text[i] === '\n') continue;
    offsets.push(i);
    joined += page.text[i];
  }
  const straddled = new Set<number>();
  const wordEnds = new Set<number>();
  let offset = 0;
  for (const w of seg.cut(joined)) {
    if (w.length >= 2 && [...w].every(isHan)) for (let i = 1; i < w.length; i++) straddled.add(offset + i);
    offset += w.length;
    wordEnds.add(offset);
  }
  const shapeAt = (k: number): BreakShape => {
    const before = joined[k - 1];
    const after = joined[k];
    if (before === '，') return 'after-comma';
    if (!isHan(before) || !isHan(after)) return 'other';
    if (straddled.has(k)) return 'mid-word';
    return wordEnds.has(k) ? 'mid-sentence' : 'other';
  };
  const out: { at: number; shape: BreakShape }[] = [];
  for (let k = 6; k < joined.length - 6; k++) {
    const at = offsets[k];
    // In a column, only where a line ends; the split then widens that break.
    if (column && page.text[at - 1] !== '\n') continue;
    out.push({ at: column ? at - 1 : at, shape: shapeAt(k) });
  }
  return out;
}

function split(kind: string, shape: BreakShape): DamageKind {
  return {
    kind,
    family: 'wraps',
    rules: ['NP102'],
    plant(page, dice, seg) {
      const spots = page.articles.flatMap((a) =>
        a.paragraphs.filter((p) => p.end - p.start >= 30).flatMap((p) => breakCandidates(page, p, a.layout === 'column', seg).filter((c) => c.shape === shape)),
      );
      if (!spots.length) return undefined;
      const { at } = dice.pick(spots);
      // At a column's line break the break becomes a blank line; elsewhere a blank line is put in.
      const widen = page.text[at] === '\n';
      const text = widen ? splice(page.text, at, 1, '\n\n') : splice(page.text, at, 0, '\n\n');
      return { text, gold: { kind, rules: ['NP102'], start: at - 1, end: at + 3 } };
    },
  };
}

/** Offsets between two words, both Han, in a reflowed paragraph: a cut mid-sentence but between words. */
function betweenWords(page: RenderedPage, p: RenderedParagraph, seg: Segmenter): number[] {
  return breakCandidates(page, p, false, seg)
    .filter((c) => c.shape === 'mid-sentence')
    .map((c) => c.at);
}

/** Offsets inside a word of two or more Han characters (not at a line break). */
function midWordCuts(page: RenderedPage, p: RenderedParagraph, seg: Segmenter): number[] {
  return breakCandidates(page, p, false, seg)
    .filter((c) => c.shape === 'mid-word' && page.text[c.at - 1] !== '\n' && page.text[c.at] !== '\n')
    .map((c) => c.at);
}

/** Credits, captions and banners as pages print them, to be dropped between two halves of a sentence. */
const INSERTS = ['（新华社记者 王鹏摄）', '图为工人在车间生产。', '（本报记者 李强摄）', '图片由受访者提供', '奋进新时代 建功新征程'];

/** Function words a typist doubles (`的的`, `是是`), planted a third of the time. */
const DOUBLED_FUNCTION_WORDS = new Set(['的', '是', '在', '了', '和']);

/** A short word from the paragraph, doubled as if typed twice: a two-character word, or (a third of the time) a function word. */
function doubledWord(page: RenderedPage, dice: Dice, seg: Segmenter): Damaged | undefined {
  const functionWord = dice.chance(1 / 3);
  for (let tries = 0; tries < 20; tries++) {
    const paras = bodyParagraphs(page);
    if (!paras.length) return undefined;
    const { p } = dice.pick(paras);
    // Words as the paragraph reads, its column wraps joined: a fragment cut by a wrap (`职⏎称低`) is no word.
    const text = p.lines.map((l) => page.text.slice(l.start, l.end)).join('');
    let offset = 0;
    const words: { word: string; start: number; end: number }[] = [];
    for (const w of seg.cut(text)) {
      const wanted = functionWord ? DOUBLED_FUNCTION_WORDS.has(w) : w.length === 2 && [...w].every(isHan);
      if (wanted && !text.slice(offset + w.length).startsWith(w)) words.push({ word: w, start: pageOffset(p, offset, false), end: pageOffset(p, offset + w.length, true) });
      offset += w.length;
    }
    if (!words.length) continue;
    const w = dice.pick(words);
    return { text: splice(page.text, w.end, 0, w.word), gold: { kind: 'repeated-word', rules: ['NP204'], start: w.start, end: w.end + w.word.length } };
  }
  return undefined;
}

/** The page offset of offset `k` in paragraph `p`'s lines joined; at a line's end an `end` stays on that line, a start moves to the next. */
function pageOffset(p: RenderedParagraph, k: number, end: boolean): number {
  for (const l of p.lines) {
    const length = l.end - l.start;
    if (k < length || (end && k === length)) return l.start + k;
    k -= length;
  }
  return p.end;
}

/** A regular expression's matches in body paragraphs, as page spans. */
function matchesIn(page: RenderedPage, re: RegExp): { start: number; end: number; m: RegExpExecArray }[] {
  const out: { start: number; end: number; m: RegExpExecArray }[] = [];
  for (const { p } of bodyParagraphs(page, 10)) {
    const text = page.text.slice(p.start, p.end);
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(text); m; m = g.exec(text)) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, m });
  }
  return out;
}

const FULL_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };

export const DAMAGE_KINDS: DamageKind[] = [
  split('split-mid-word', 'mid-word'),
  split('split-mid-sentence', 'mid-sentence'),
  split('split-after-comma', 'after-comma'),
  {
    kind: 'caption-inside-sentence',
    family: 'wraps',
    rules: ['NP103'],
    plant(page, dice, seg) {
      const paras = bodyParagraphs(page, 60).filter((x) => x.article.layout === 'reflowed');
      if (!paras.length) return undefined;
      const { p } = dice.pick(paras);
      const spots = betweenWords(page, p, seg);
      if (!spots.length) return undefined;
      const at = dice.pick(spots);
      const insert = `\n\n${dice.pick(INSERTS)}\n\n`;
      return { text: splice(page.text, at, 0, insert), gold: { kind: 'caption-inside-sentence', rules: ['NP103'], start: at - 1, end: at + insert.length + 1 } };
    },
  },
  {
    kind: 'hyphenated-latin',
    family: 'wraps',
    rules: ['NP104'],
    plant(page, dice) {
      // The repair needs evidence: the same word printed whole elsewhere on the page.
      const words = matchesIn(page, /(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])/).filter((w, _, all) => all.filter((x) => x.m[0] === w.m[0]).length >= 2);
      if (!words.length) return undefined;
      const w = dice.pick(words);
      const at = w.start + dice.int(2, w.m[0].length - 2);
      return { text: splice(page.text, at, 0, '-\n'), gold: { kind: 'hyphenated-latin', rules: ['NP104'], start: at - 1, end: at + 3 } };
    },
  },
  {
    kind: 'number-cut-by-break',
    family: 'wraps',
    rules: ['NP105'],
    plant(page, dice) {
      const numbers = matchesIn(page, /(?<![0-9.])[0-9]{3,}(?![0-9])/);
      if (!numbers.length) return undefined;
      const n = dice.pick(numbers);
      const at = n.start + dice.int(1, n.m[0].length - 1);
      return { text: splice(page.text, at, 0, '\n'), gold: { kind: 'number-cut-by-break', rules: ['NP105'], start: at - 1, end: at + 2 } };
    },
  },
  {
    kind: 'stray-space-in-figure',
    family: 'wraps',
    rules: ['NP106'],
    plant(page, dice) {
      const figures = matchesIn(page, /[0-9]+(?=[年月日个家人元亿万%％])/);
      if (!figures.length) return undefined;
      const f = dice.pick(figures);
      const at = dice.chance(0.5) ? f.end : f.start;
      if (at === f.start && !isHan(page.text[at - 1])) return undefined;
      return { text: splice(page.text, at, 0, ' '), gold: { kind: 'stray-space-in-figure', rules: ['NP106'], start: at - 1, end: at + 2 } };
    },
  },
  {
    kind: 'stray-space-in-sentence',
    family: 'wraps',
    rules: ['NP106'],
    plant(page, dice, seg) {
      const paras = bodyParagraphs(page, 60);
      if (!paras.length) return undefined;
      const cuts = midWordCuts(page, dice.pick(paras).p, seg);
      if (!cuts.length) return undefined;
      const at = dice.pick(cuts);
      return { text: splice(page.text, at, 0, ' '), gold: { kind: 'stray-space-in-sentence', rules: ['NP106'], start: at - 1, end: at + 2 } };
    },
  },
  {
    kind: 'doubled-headline',
    family: 'duplicates',
    rules: ['NP203'],
    plant(page, dice) {
      const titled = page.articles.filter((a) => a.titleLines.length);
      if (!titled.length) return undefined;
      const a = dice.pick(titled);
      const line = a.titleLines[a.titleLines.length > 1 && dice.chance(0.5) ? 1 : 0];
      const h = page.text.slice(line.start, line.end);
      if (h.length < 4) return undefined;
      return { text: splice(page.text, line.end, 0, h), gold: { kind: 'doubled-headline', rules: ['NP203'], start: line.start, end: line.end + h.length } };
    },
  },
  {
    kind: 'paragraph-printed-twice',
    family: 'duplicates',
    rules: ['NP202'],
    plant(page, dice) {
      const paras = bodyParagraphs(page, 40).filter((x) => x.article.paragraphs.length >= 3);
      if (!paras.length) return undefined;
      const { article, p, text } = dice.pick(paras);
      // Printed again two paragraphs further on (or before the one before), as a page repeats a block.
      const after = article.paragraphs[Math.min(article.paragraphs.indexOf(p as never) + 2, article.paragraphs.length - 1)];
      const at = after.end;
      const insert = `\n\n${text}`;
      return { text: splice(page.text, at, 0, insert), gold: { kind: 'paragraph-printed-twice', rules: ['NP202'], start: at + 2, end: at + insert.length } };
    },
  },
  { kind: 'repeated-word', family: 'duplicates', rules: ['NP204'], plant: doubledWord },
  {
    kind: 'half-width-marks',
    family: 'punctuation',
    rules: ['NP401'],
    // A mark typed half-width (`,` `:` `;` `(` `)`), a sentence ended by `.`, or a quotation in straight quotes, a third each.
    plant(page, dice) {
      const kind = dice.int(0, 2);
      if (kind === 1) {
        const stops = matchesIn(page, /(?<=\p{Script=Han})。(?=\p{Script=Han}|$)/u);
        if (stops.length) {
          const m = dice.pick(stops);
          return { text: splice(page.text, m.start, 1, '.'), gold: { kind: 'half-width-marks', rules: ['NP401'], start: m.start, end: m.end } };
        }
      }
      if (kind === 2) {
        const quotes = matchesIn(page, /“[^“”‘’\n]{1,30}”/u);
        if (quotes.length) {
          const m = dice.pick(quotes);
          const straight = `"${m.m[0].slice(1, -1)}"`;
          return { text: splice(page.text, m.start, m.end - m.start, straight), gold: { kind: 'half-width-marks', rules: ['NP401'], start: m.start, end: m.end } };
        }
      }
      const marks = matchesIn(page, /[，：；（）](?=\p{Script=Han})/u);
      if (!marks.length) return undefined;
      const m = dice.pick(marks);
      return { text: splice(page.text, m.start, 1, FULL_WIDTH[m.m[0]]), gold: { kind: 'half-width-marks', rules: ['NP401'], start: m.start, end: m.end } };
    },
  },
  {
    kind: 'full-width-digits',
    family: 'figures',
    rules: ['NP301'],
    plant(page, dice) {
      const numbers = matchesIn(page, /(?<![0-9.])[0-9]{2,}(?![0-9])/);
      if (!numbers.length) return undefined;
      const n = dice.pick(numbers);
      const wide = [...n.m[0]].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
      return { text: splice(page.text, n.start, n.m[0].length, wide), gold: { kind: 'full-width-digits', rules: ['NP301'], start: n.start, end: n.end } };
    },
  },
  {
    kind: 'hyphen-as-range-mark',
    family: 'figures',
    rules: ['NP302'],
    plant(page, dice) {
      const ranges = matchesIn(page, /[0-9]+[月日年]?[—～至][0-9]+[月日年]/);
      if (!ranges.length) return undefined;
      const r = dice.pick(ranges);
      const mark = r.m[0].search(/[—～至]/);
      return { text: splice(page.text, r.start + mark, 1, '-'), gold: { kind: 'hyphen-as-range-mark', rules: ['NP302'], start: r.start, end: r.end } };
    },
  },
];

/**
 * A sentence whose figures disagree, in the shape each agreement rule reads, put at the end of a
 * body paragraph (the arithmetic is in the comment). Real consistent sentences altered are the
 * better test (figureVariants); these cover the kinds the clean copy never gave a held check for.
 */
const AGREEMENT_PLANTS: { rule: string; sentence: string }[] = [
  // 13 ÷ 15 = 86.7%, not 96.7%
  { rule: 'NP312', sentence: '全县今年共安排重点项目15个，已开工13个，开工率达96.7%。' },
  // 96 + 12 = 108, not 118
  { rule: 'NP313', sentence: '全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次。' },
  // 120 → 150 is 25%, not 35%
  { rule: 'NP314', sentence: '园区营业收入由120亿元增至150亿元，增长35%。' },
  // 5日—7日 is 3 days, not 4
  { rule: 'NP315', sentence: '大会于2019年3月5日至7日在北京召开，会期4天。' },
  // 2019年2月1日 was a Friday
  { rule: 'NP316', sentence: '活动定于2019年2月1日（星期三）举行。' },
  // one stated total, two values
  { rule: 'NP317', sentence: '去年全区累计新增就业2.6万人。据统计，去年全区累计新增就业2.8万人。' },
];

function agreementPlant(rule: string, sentence: string): DamageKind {
  return {
    kind: `figures disagree (${rule}, planted sentence)`,
    family: 'figures',
    rules: [rule],
    plant(page, dice) {
      const paras = bodyParagraphs(page, 40).filter((x) => /[。！？]$/.test(x.text));
      if (!paras.length) return undefined;
      const { p } = dice.pick(paras);
      return { text: splice(page.text, p.end, 0, sentence), gold: { kind: this.kind, rules: [rule], start: p.end, end: p.end + sentence.length } };
    },
  };
}

/** The title block moved after its body, as extraction often leaves it: NP501 must say so (the parser giving the article its headline, placed after). */
const headlineAfterBody: DamageKind = {
  kind: 'headline-after-body',
  family: 'layout',
  rules: ['NP501'],
  plant(page, dice) {
    const titled = page.articles.filter((a) => a.titleLines.length === 1 && a.paragraphs.length >= 2);
    if (!titled.length) return undefined;
    const a = dice.pick(titled);
    const line = a.titleLines[0];
    const headline = page.text.slice(line.start, line.end);
    // Out with the headline and the blank line under it; in again after the last paragraph.
    const without = splice(page.text, line.start, line.end - line.start + 2, '');
    const at = a.end - (line.end - line.start + 2);
    const text = splice(without, at, 0, `\n\n${headline}`);
    return {
      text,
      gold: { kind: 'headline-after-body', rules: ['NP501'], start: at + 2, end: at + 2 + headline.length },
    };
  },
};

/** One- or two-character layout fragments (`外媒` / `看` / `永川`) between two paragraphs: NP502 must report them as residue. */
const layoutResidue: DamageKind = {
  kind: 'layout-fragments-between-paragraphs',
  family: 'layout',
  rules: ['NP502'],
  plant(page, dice) {
    const paras = bodyParagraphs(page, 20);
    if (!paras.length) return undefined;
    const { p } = dice.pick(paras);
    const fragments = dice.pick([
      ['外媒', '看', '永川'],
      ['聚', '焦'],
      ['图', '说'],
    ]);
    const insert = `\n\n${fragments.join('\n')}`;
    const start = p.end + 2;
    return {
      text: splice(page.text, p.end, 0, insert),
      gold: {
        kind: 'layout-fragments-between-paragraphs',
        rules: ['NP502'],
        start,
        end: start + insert.length - 2,
      },
    };
  },
};

export const MORE_DAMAGE_KINDS: DamageKind[] = [...AGREEMENT_PLANTS.map((x) => agreementPlant(x.rule, x.sentence)), headlineAfterBody, layoutResidue];

/** Every figure a held agreement check used, altered (see alterFigure): each must break its check. */
export function figureVariants(page: RenderedPage): (Damaged & { rule: string })[] {
  const parsed = parsePage(page.text);
  const used = new Map<number, { end: number; rule: string; kind: string }>();
  for (const rule of AGREEMENT_RULES)
    for (const c of rule.checks(parsed)) if (c.held) for (const u of c.used) if (!used.has(u.start)) used.set(u.start, { end: u.end, rule: rule.id, kind: u.figure.kind });
  const out: (Damaged & { rule: string })[] = [];
  for (const [start, { end, rule, kind }] of used) {
    const v = alterFigure(page.text, start, end, kind);
    if (v) out.push({ rule, text: v.text, gold: { kind: `figure-altered (${rule})`, rules: AGREEMENT_RULES.map((r) => r.id), start: v.at, end: v.at + 1 } });
  }
  return out;
}
