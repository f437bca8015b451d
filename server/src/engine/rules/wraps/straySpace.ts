// NP106: spaces left inside running text by extraction: next to a figure (`12月 15日`,
// `企业 36家`, `上限 500`), between Chinese characters in body text, and in a title whose line
// breaks became spaces. Newspaper style (GB/T 15835) puts no space between a digit and a Chinese character.
import { TITLE_KINDS, type Element } from '../../model/page';
import { charAt, charBefore, endsOnMark, hasSentenceEnd, isHan, MARK_PAIRS, sliceWhole, textWidth } from '../../text/chars';
import { endsInColumnTag, ROLE } from '../../parse/patterns';
import { edit, type Draft, type Rule } from '../rule';
import { UNIT_START } from './splits';

const SPACE = /[ \t\u3000\u00a0]+/g;
const DIGIT = /[0-9０-９]/;
const PERCENT = /[%％‰℃]/u;
const CLOSING = new Set(Object.values(MARK_PAIRS));
/** A Markdown heading's leading marks and the space after them. */
const MARKDOWN_MARKS = /^#{1,6}[ \t\u3000\u00a0]+/u;

/** A quotation with a clause mark is speech, not a slogan or a title: its spaces are stray like any other. */
const CLAUSE_MARK = /[，。；！？、：,;!?]/u;
/** Longer than this (UTF-16 units), a quotation is speech. */
const SLOGAN_LENGTH = 24;

/**
 * Whether a bracketed or quoted stretch keeps its spaces: a 《title》 always (joint issuers are set
 * apart by a space: `《中国人民银行 国家外汇管理局关于…》`), a bracket without a sentence end (a law's
 * amendment history: `（…通过  根据…修正）`), a quotation when it is short and has no clause mark
 * before its last character (a slogan: `“礼赞新中国 奋进新时代！”`).
 */
function isSheltering(open: string, inner: string): boolean {
  if (open === '《') return true;
  if (open === '（' || open === '(') return !hasSentenceEnd(inner);
  return inner.length <= SLOGAN_LENGTH && !CLAUSE_MARK.test(inner.slice(0, -1));
}

/**
 * Offsets inside short quotations, titles and brackets without a clause mark, where a slogan or a
 * title may keep its spaces (`“爱上涪陵 岂止榨菜”`, `《光荣与梦想 》`); quoted speech is not sheltered.
 */
function shelteredRanges(text: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  // Stryker disable next-line EqualityOperator: one past the end is no mark, and changes nothing.
  for (let i = 0; i < text.length; i++) {
    if (MARK_PAIRS[text[i]]) stack.push(i);
    else if (CLOSING.has(text[i]) && stack.length) {
      const open = stack.pop()!;
      if (isSheltering(text[open], text.slice(open + 1, i))) out.push([base + open, base + i]);
    }
  }
  return out;
}

/** A law article's number (`第十五条`, `第3条`), read where a paragraph starts (sticky). */
const ARTICLE_NUMBER = /第[一二三四五六七八九十百零〇0-9]{1,6}条/uy;

/** Where the number of a law article opening the paragraph at `start` ends, if one does. */
function articleNumberEnd(text: string, start: number): number | undefined {
  ARTICLE_NUMBER.lastIndex = start;
  return ARTICLE_NUMBER.test(text) ? ARTICLE_NUMBER.lastIndex : undefined;
}

/**
 * Before a space, a short label opening the paragraph: a name or place in a list (`李红英　　北方民族大学…`,
 * `黑龙江 日前，…`, `丁莲（女） 云南省…`), a numbered item (`一、　…`, `5　悬挂流苏`).
 */
const LEAD_LABEL = /^(?:[\p{Script=Han}·]{1,6}(?:[ \t\u3000\u00a0]+[\p{Script=Han}])?(?:[（(][\p{Script=Han}]{1,3}[）)])?|[0-9０-９一二三四五六七八九十]{1,2}[、.．]?)$/u;
/**
 * A title or role and then the name it belongs to, set apart by a space as bylines and interview
 * lines print them (`本报记者 吴储岐`, `执行董事 马克·乌赞：`, `国家主席  习近平`).
 */
const ROLE_BEFORE = new RegExp(
  `(?:${ROLE}|主席|总理|董事|主任|部长|书记|经理|教授|院长|局长|市长|省长|县长|委员|代表|会长|理事长|秘书长|总裁|作家|研究员|工程师|所长|校长|厅长|司长|处长|社长|大使|参赞|发言人|专家|学者|主持人|队长|村民|老师|医生|演员|导演|选手|画家|诗人)$`,
  'u',
);
const NAME_AFTER = /^[\p{Script=Han}]{1,4}(?:·[\p{Script=Han}]{1,6})?(?:$|[：:，,（(\s])/u;
/** A two-character name padded to three cells (`陈  然`, `罗 睿`): one character each side, spaces or an edge around. */
const PADDED_NAME = /(?:^|[ \t\u3000\u00a0])\p{Script=Han}$/u;
const PADDED_NAME_AFTER = /^\p{Script=Han}(?:$|[ \t\u3000\u00a0\r\n])/u;

/**
 * Spaces that newspaper layout puts in body text on purpose: after a short label opening a list
 * entry, inside a padded two-character name, between bracketed items of a list (`【汉书】 【后汉书】`).
 */
function isLayoutSpace(text: string, elementStart: number, s: number, t: number): boolean {
  const before = text.slice(elementStart, s);
  // A figure that opens the paragraph and is not followed by its unit is an item's number (`5　悬挂流苏`), not a cut figure (`5 月`).
  if (LEAD_LABEL.test(before) && !(/^[0-9０-９]+$/u.test(before) && UNIT_START.test(text.slice(t, t + 1)))) return true;
  // A signature on a line of its own at the end of a note (`——编  者`).
  const lineStart = Math.max(text.lastIndexOf('\n', s - 1) + 1, elementStart);
  if (/^——\p{Script=Han}$/u.test(text.slice(lineStart, s))) return true;
  const lineBefore = text
    .slice(Math.max(elementStart, s - 8), s)
    .split(/\r?\n|\r/)
    .pop()!;
  const lineAfter = text.slice(t, t + 8);
  if (ROLE_BEFORE.test(lineBefore) && NAME_AFTER.test(lineAfter)) return true;
  if (PADDED_NAME.test(lineBefore) && PADDED_NAME_AFTER.test(lineAfter)) return true;
  return /[】］〕》」』”]$/u.test(lineBefore) && /^[【［〔《「『“]/u.test(lineAfter);
}

/** At most this wide (cells), a paragraph without a sentence end may be a display line. */
const DISPLAY_WIDTH = 40;
/** A display line wrapped at a narrow column takes no more lines than this. */
const DISPLAY_LINES = 3;

/**
 * A display line: text without a sentence end anywhere (a title, a label, an infographic's figure and
 * caption), short, or closed by its column's tag however long (`构建良好政治生态 推动经济爬坡过坎（在…指引下——…）`),
 * where spaces set phrases apart. A column may wrap it over two or three lines.
 */
function isDisplayLine(e: Element): boolean {
  if (e.kind !== 'paragraph' || e.dateline || e.lastLine - e.firstLine >= DISPLAY_LINES) return false;
  if (hasSentenceEnd(e.text) || endsOnMark(e.text)) return false;
  return textWidth(e.text) <= DISPLAY_WIDTH || (e.firstLine === e.lastLine && endsInColumnTag(e.text));
}

/**
 * In a title or a display line figures are set apart from words on purpose (`93个  75亿`, `亮点 1`); only a
 * space inside a figure and its unit or a date is stray there (`12 月`, `2月 9日`).
 */
function cutsFigure(text: string, s: number, t: number): boolean {
  // Stryker disable next-line Regex: asked only with a digit after the space, so the date can only match from it.
  return (DIGIT.test(text[s - 1]) && UNIT_START.test(text[t])) || (/[年月]/u.test(text[s - 1]) && /^[0-9０-９]{1,2}[月日]/u.test(text.slice(t, t + 3)));
}

const isCjk = (ch: string) => isHan(ch) || /[\u3000-\u303f\uff00-\uffef]/u.test(ch);

export const straySpace: Rule = {
  id: 'NP106',
  name: 'stray-space',
  family: 'wraps',
  description:
    'A space inside running text that extraction left behind: between a digit and a Chinese character (`12月 15日`, `企业 36家`), ' +
    'between Chinese characters in body text, or in a title whose line breaks became spaces. ' +
    'Spaces in datelines, bylines, quotations and 《titles》 are left alone.',
  standard: 'GB/T 15835-2011',
  severity: 'warning',
  examples: [
    { bad: '12月 15日，市委宣讲', good: '12月15日，市委宣讲' },
    { bad: '新培育国家高新技术企业 36家，总数达 228家。', good: '新培育国家高新技术企业36家，总数达228家。' },
    { good: '新华社北京1月31日电  2月1日出版的第3期《求是》杂志将发表重要文章。', note: 'the conventional space after a dateline' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    const text = source.text;
    const consider = (e: Element) => {
      // A one-line paragraph without a sentence end is a display line the parser did not place (a title, a label): spaces there set phrases apart.
      const display = isDisplayLine(e);
      const title = TITLE_KINDS.has(e.kind) || display;
      const body = e.kind === 'paragraph' && !display;
      if (!title && !body) return;
      const from = e.start;
      const datelineEnd = e.dateline ? e.dateline.end : e.start;
      // Worked out only when a space between Chinese characters needs it: most elements have none.
      let sheltered: [number, number][] | undefined;
      // Stryker disable next-line EqualityOperator: a space is never at a mark's own offset, so > and >= agree (and < and <=).
      const isSheltered = (at: number) => (sheltered ??= shelteredRanges(text.slice(from, e.end), from)).some(([a, b]) => at > a && at < b);
      const spaces: { start: number; end: number; why: string }[] = [];
      for (let line = e.firstLine; line <= e.lastLine; line++) {
        const l = source.lines[line];
        const lineText = l.text;
        SPACE.lastIndex = 0;
        let m: RegExpExecArray | null;
        // A space at a line's edge touches the line break, never two characters: wrap edges are NP101's.
        while ((m = SPACE.exec(lineText))) {
          const s = l.start + m.index;
          const t = s + m[0].length;
          // The conventional space after a dateline (`新华社北京2月15日电  经…`) and after a law article's number (`第十五条  从事…`).
          if ((e.dateline && s === e.dateline.end) || (body && s === articleNumberEnd(text, e.start))) continue;
          // Inside a dateline, spaces set its parts apart (`电 （记者 王迪）`); only one inside a figure or a word is stray (`2月 9日`, `记 者`).
          // Whole characters either side: a Han character beyond the BMP (`𠮷`) is two code units.
          const before = charBefore(text, s);
          const after = charAt(text, t);
          if (s < datelineEnd && !(DIGIT.test(before) || DIGIT.test(after) || (isHan(before) && isHan(after)))) continue;
          if (body && isLayoutSpace(text, e.start, s, t)) continue;
          // A figure and its unit sign belong together as well (`39 %`).
          const digitSpace = (DIGIT.test(before) && (isCjk(after) || PERCENT.test(after))) || (isCjk(before) && DIGIT.test(after));
          // An infographic's figure and its caption on one display line (`45.2亿件  1月快递业务完成量`, `亮点 1`) are set apart on purpose.
          if (digitSpace && (body || cutsFigure(text, s, t))) {
            spaces.push({ start: s, end: t, why: 'between a figure and a Chinese character' });
          } else if (body && isCjk(before) && isCjk(after) && !isSheltered(s)) {
            spaces.push({ start: s, end: t, why: 'between Chinese characters' });
          }
        }
      }
      if (title) {
        // A title set in two or three lines keeps one space per former break; flag only long runs cut that way.
        const parts = e.text.split(SPACE);
        // Phrases of a headline are set apart by a space on purpose (`支持实体经济 发展不动摇 努力实现…`); a title cut
        // into lines at a column width leaves two or more long pieces (`重庆市北碚区人民代表大会常务委员会 关于召开…`).
        if (parts.length >= 3 && parts.filter((p) => p.length > 12).length >= 2) {
          SPACE.lastIndex = 0;
          // A Markdown heading's marks (`# `) stand before its words: that space is the heading's own.
          const words = MARKDOWN_MARKS.exec(e.raw)?.[0].length ?? 0;
          for (const m of e.raw.slice(words).matchAll(SPACE)) {
            const s = e.start + words + m.index;
            if (!spaces.some((x) => x.start === s)) spaces.push({ start: s, end: s + m[0].length, why: 'where the title’s line breaks were' });
          }
        }
      }
      for (const sp of spaces.sort((x, y) => x.start - y.start)) {
        // Four code units each side, never half of a surrogate pair (a message goes to UTF-8 writers).
        const before = sliceWhole(text, Math.max(e.start, sp.start - 4), sp.start)
          .split(/\r?\n|\r/)
          .pop();
        const after = sliceWhole(text, sp.end, Math.min(e.end, sp.end + 4)).split(/\r?\n|\r/)[0];
        const context = `${before}␣${after}`;
        out.push({
          message: `Stray space ${sp.why}: “${context}”.`,
          start: sp.start,
          end: sp.end,
          fixes: [{ title: 'Remove the stray space', preferred: true, edits: [edit(source, sp.start, sp.end, '')] }],
        });
      }
    };
    for (const article of page.articles) for (const e of article.elements) consider(e);
    return out;
  },
};
