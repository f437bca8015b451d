// NP102: one paragraph cut in two by a blank line, mid-word, mid-sentence or after a comma.
import type { Draft, Rule } from '../rule';
import { TITLE_KINDS, type Article, type Element } from '../../model/page';
import { endsOnMark, endsSentence, hasSentenceEnd, textWidth } from '../../text/chars';
import { aroundBreak, breakBetween, joinEdit, pairs, showBreak } from './breaks';
import { isVerseLine, opensOnConnective, splitBetween, type Split } from './splits';

/** A standfirst runs to a few lines at most; the climb to the heading stops there (a long list must not make it quadratic). */
const STANDFIRST_LINES = 6;

/** A lead sentence set as a subhead is one printed line; the first part of a cut paragraph is usually longer. */
const LEAD_LINE_WIDTH = 40;

function describe(split: Split, shown: string): string {
  switch (split.kind) {
    case 'mid-word':
      return `Paragraph split mid-word by a blank line: ${shown} cuts “${split.word}”.`;
    case 'at-comma':
      return `Paragraph split after a comma by a blank line: ${shown}.`;
    case 'after-colon':
      return `Paragraph possibly split after a colon by a blank line: ${shown}.`;
    default:
      return `Paragraph split mid-sentence by a blank line: ${shown}.`;
  }
}

/**
 * One-line paragraphs of the article that end without a final mark or pause and are followed by
 * more text. Commentaries set their bold lead sentences so (`观照历史走向的规律，才能更好应对时代
 * 要求和社会变迁` ⏎⏎ `从历史的风云中…`); when an article has several, each is a line of its own.
 */
function leadLines(article: Article): Set<Element> {
  const out = new Set<Element>();
  const paras = article.paragraphs;
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    if (p.firstLine !== p.lastLine || p.dateline || textWidth(p.text) > LEAD_LINE_WIDTH || endsOnMark(p.text) || opensOnConnective(p.text)) continue;
    out.add(p);
  }
  return out;
}

/**
 * A whole unpunctuated sentence set as a line of its own under a title or a subhead: the summary
 * (standfirst) a page prints between a headline and the body (`…让发展的阳光照进每一个普通人的回家路`
 * ⏎⏎ `春运的变与不变…`), or the bold lead under a section head. It holds no sentence end, and
 * stands right under a heading; a paragraph cut in its first sentence looks the same, so the
 * question stays open unless a word is cut.
 */
function underHeading(article: Article, i: number): boolean {
  const a = article.elements[i];
  if (a.dateline || endsSentence(a.text)) return false;
  // The standfirst may run to several lines, each a paragraph without a final mark (`…共同的情愫` ⏎⏎
  // `…具有重要价值` ⏎⏎ `…更加丰富的中国`): climb through them to the heading.
  let k = i - 1;
  while (k >= 0 && i - k <= STANDFIRST_LINES && article.elements[k].kind === 'paragraph' && !article.elements[k].dateline && !endsSentence(article.elements[k].text)) k--;
  if (k < 0 || !TITLE_KINDS.has(article.elements[k].kind)) return false;
  // A line right under the heading holds no sentence end (a cut first paragraph usually has one before the cut);
  // a standfirst of several lines is what the run of unpunctuated lines shows.
  return k < i - 1 || !hasSentenceEnd(a.text);
}

export const splitParagraph: Rule = {
  id: 'NP102',
  name: 'split-paragraph',
  family: 'wraps',
  description:
    'A blank line cuts a paragraph in two: the part before does not end a sentence and the part after continues it. ' +
    'Word segmentation (jieba) tells a cut inside a word (`促就` | `业`) from one between words. ' +
    'Real boundaries (a sentence end, headline → dateline, byline → body, subhead → body, list items) are never flagged.',
  severity: 'warning',
  usesSegmenter: true,
  examples: [
    { bad: '…负责人道出稳就业促就\n\n业“答卷”优秀的秘诀。', good: '…负责人道出稳就业促就业“答卷”优秀的秘诀。' },
    { bad: '此类公司在欧美国家已非常成熟,\n\n在我国正处于快速发展阶段。', good: '此类公司在欧美国家已非常成熟,在我国正处于快速发展阶段。' },
    { good: '今年以来，全区上下狠抓落实，各项工作取得明显成效。\n\n抓品牌\n\n全区新认定高新技术企业42家，科技型企业总数达到六百余家。', note: 'a subhead between two paragraphs is not a split' },
  ],
  readsWorkspace: true,
  check({ page, source, segmenter, corpus, budget = Infinity }) {
    const out: Draft[] = [];
    for (const article of page.articles) {
      if (out.length >= budget) break; // the review keeps no more
      const leads = leadLines(article);
      // pairs(article)[i] is elements i and i + 1, so element i - 1 stands right above `a`.
      for (const [i, [a, b]] of pairs(article).entries()) {
        const split = splitBetween(a, b, segmenter);
        // Hyphenated and number cuts have rules of their own (NP104, NP105): one finding per break.
        if (!split || split.kind === 'hyphen' || split.kind === 'number') continue;
        // One of several one-line paragraphs without a final mark in this article: lead lines set as subheads, not one cut sentence.
        if (split.kind === 'mid-sentence' && !split.runsOn && ((leads.size >= 2 && leads.has(a)) || underHeading(article, i))) split.open = true;
        // Three short lines or more, each closed by a mark: a stanza of verse or a song set a line per
        // paragraph (`不知流过了多少的伤心泪，` ⏎⏎ `也曾受尽了艰苦与辛酸，` ⏎⏎ `丝毫也不能摧毁我们铁的心愿。`).
        if (split.kind === 'at-comma' && isVerseLine(a) && isVerseLine(b) && (isVerseLine(article.elements[i - 1]) || isVerseLine(article.elements[i + 2]))) split.open = true;
        const br = breakBetween(a, b);
        out.push({
          message: describe(split, showBreak(source, br)),
          ...aroundBreak(source.text, br),
          // An open question is a hint, never a warning: the editor who looks finds it, nobody is told it is wrong.
          severity: split.open ? 'hint' : undefined,
          fixes: [{ title: 'Join the two parts', preferred: true, edits: [joinEdit(source, br, corpus)] }],
        });
      }
    }
    return out;
  },
};
