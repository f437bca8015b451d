// NP106: spaces left inside running text by extraction: next to a figure (`12月 15日`,
// `企业 36家`, `上限 500`), between Chinese characters in body text, and in a title whose line
// breaks became spaces. Newspaper style (GB/T 15835) puts no space between a digit and a Chinese character.
import type { Element } from '../../model/page';
import { isHan } from '../../text/chars';
import { edit, type Draft, type Rule } from '../rule';

const SPACE = /[ \t\u3000\u00a0]+/g;
const DIGIT = /[0-9０-９]/;
const TITLES = new Set(['headline', 'kicker', 'subtitle', 'subhead']);
const OPEN = '“‘《「（(';
const CLOSE = '”’》」）)';

/** Offsets inside quotations, titles and brackets, where a slogan may keep its spaces (`“爱上涪陵 岂止榨菜”`). */
function shelteredRanges(text: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPEN.includes(text[i])) stack.push(i);
    else if (CLOSE.includes(text[i]) && stack.length) out.push([base + stack.pop()!, base + i]);
  }
  return out;
}

/** `第十五条`, `第3条` opening a paragraph of law or regulation text: the offset where it ends, or -1. */
function articleNumberEnd(text: string, start: number): number {
  const m = /^第[一二三四五六七八九十百零〇0-9]{1,6}条/u.exec(text.slice(start, start + 12));
  return m ? start + m[0].length : -1;
}

/** Before a space, a short label opening the paragraph: a name or place in a list (`李红英　　北方民族大学…`, `黑龙江 日前，…`), a numbered item (`一、　…`). */
const LEAD_LABEL = /^(?:[\p{Script=Han}·]{1,6}(?:[ \t\u3000\u00a0]+[\p{Script=Han}])?|[0-9０-９一二三四五六七八九十]{1,2}[、.．])$/u;
/** A two-character name padded to three cells (`陈  然`, `罗 睿`): one character each side, spaces or an edge around. */
const PADDED_NAME = /(?:^|[ \t\u3000\u00a0])\p{Script=Han}$/u;
const PADDED_NAME_AFTER = /^\p{Script=Han}(?:$|[ \t\u3000\u00a0\r\n])/u;

/**
 * Spaces that newspaper layout puts in body text on purpose: after a short label opening a list
 * entry, inside a padded two-character name, between bracketed items of a list (`【汉书】 【后汉书】`).
 */
function isLayoutSpace(text: string, elementStart: number, s: number, t: number): boolean {
  const before = text.slice(elementStart, s);
  if (LEAD_LABEL.test(before)) return true;
  // A signature on a line of its own at the end of a note (`——编  者`).
  const lineStart = Math.max(text.lastIndexOf('\n', s - 1) + 1, elementStart);
  if (/^——\p{Script=Han}$/u.test(text.slice(lineStart, s))) return true;
  const lineBefore = text.slice(Math.max(elementStart, s - 8), s).split(/\r?\n|\r/).pop()!;
  const lineAfter = text.slice(t, t + 8);
  if (PADDED_NAME.test(lineBefore) && PADDED_NAME_AFTER.test(lineAfter)) return true;
  return /[】］〕》」』”]$/u.test(lineBefore) && /^[【［〔《「『“]/u.test(lineAfter);
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
    { bad: '新培育国家高新技术企业 36家，总数达 228家', good: '新培育国家高新技术企业36家，总数达228家' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    const text = source.text;
    const consider = (e: Element) => {
      const title = TITLES.has(e.kind);
      const body = e.kind === 'paragraph';
      if (!title && !body) return;
      const from = e.dateline ? e.dateline.end : e.start;
      // Worked out only when a space between Chinese characters needs it: most elements have none.
      let sheltered: [number, number][] | undefined;
      const isSheltered = (at: number) => (sheltered ??= shelteredRanges(text.slice(from, e.end), from)).some(([a, b]) => at > a && at < b);
      const spaces: { start: number; end: number; why: string }[] = [];
      for (let line = e.firstLine; line <= e.lastLine; line++) {
        const l = source.lines[line];
        const lineText = l.text;
        const lead = lineText.length - lineText.trimStart().length;
        const trail = lineText.trimEnd().length;
        SPACE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = SPACE.exec(lineText))) {
          const s = l.start + m.index;
          const t = s + m[0].length;
          if (m.index < lead || m.index >= trail || s < from) continue; // wrap edges belong to NP101
          // The conventional space after a dateline (`新华社北京2月15日电  经…`) and after a law article's number (`第十五条  从事…`).
          if ((e.dateline && s === e.dateline.end) || (body && s === articleNumberEnd(text, e.start))) continue;
          if (body && isLayoutSpace(text, e.start, s, t)) continue;
          const before = text[s - 1];
          const after = text[t];
          const digitSpace = (DIGIT.test(before) && isCjk(after)) || (isCjk(before) && DIGIT.test(after));
          if (digitSpace) {
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
          for (const m of e.raw.matchAll(SPACE)) {
            const s = e.start + m.index!;
            if (!spaces.some((x) => x.start === s)) spaces.push({ start: s, end: s + m[0].length, why: 'where the title’s line breaks were' });
          }
        }
      }
      for (const sp of spaces.sort((x, y) => x.start - y.start)) {
        const before = text.slice(Math.max(e.start, sp.start - 4), sp.start).split(/\r?\n|\r/).pop();
        const after = text.slice(sp.end, Math.min(e.end, sp.end + 4)).split(/\r?\n|\r/)[0];
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
