// NP401: half-width punctuation in Chinese text (GB/T 15834 5.1). One finding per paragraph, at its first mark,
// lists its marks (the Problems panel reads as a list of paragraphs to fix); every spot is also a
// hint-level squiggle so the editor sees each one in the text.
import type { Element } from '../../model/page';
import { edit, optionOf, type Draft, type Rule, type TextEdit } from '../rule';
import type { SourceText } from '../../text/sourceText';
import { bracketPairs, convertible, HALF_TO_FULL, isHalfWidthMark, protectedSpans, quotePairs } from './context';

const CHECKED = new Set(['paragraph', 'headline', 'kicker', 'subtitle', 'subhead', 'caption', 'credit', 'note']);

/** Corner quotes, which GB/T 15834 gives for vertical setting, as the curly quotes of horizontal text. */
const CORNER: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** A character class of `marks`, none of which needs escaping in one (`\`, `]`, `^` and `-` would). */
// Stryker disable next-line StringLiteral: a prefilter; a class that lets more through only costs time.
const anyOf = (marks: string[]) => new RegExp(`[${marks.join('')}]`, 'u');
/** What any conversion starts from: a half-width mark or a straight quote (and corner quotes when asked). Most paragraphs have none. */
const STARTS = [...Object.keys(HALF_TO_FULL), '"', "'"];
const CANDIDATE = anyOf(STARTS);
const CANDIDATE_OR_CORNER = anyOf([...STARTS, ...Object.keys(CORNER)]);

/** The conversions a paragraph needs, as edits of single marks; corner quotes too when asked. */
export function halfWidthEdits(source: SourceText, e: Element, cornerQuotes = false): TextEdit[] {
  const text = source.text;
  // The native scan first: the loop below costs ten times as much per character.
  // Stryker disable next-line ConditionalExpression,MethodExpression: a fast exit; the loop finds nothing in such text either.
  if (!(cornerQuotes ? CANDIDATE_OR_CORNER : CANDIDATE).test(text.slice(e.start, e.end))) return [];
  // Looked for only once a mark needs the answer: most paragraphs have no half-width mark at all.
  let guarded: number[][] | undefined;
  const inGuard = (i: number) => (guarded ??= protectedSpans(text.slice(e.start, e.end)).map(([a, b]) => [a + e.start, b + e.start])).some(([a, b]) => i >= a && i < b);
  const edits: TextEdit[] = [];
  const convert = (i: number, mark: string) => edits.push(edit(source, i, i + 1, mark));
  // One pass: single marks converted on the way, brackets and quotes (paired) only where the paragraph has one.
  // Stryker disable next-line BooleanLiteral: a fast exit; bracketPairs finds no pair where there is no bracket.
  let brackets = false;
  // Stryker disable next-line BooleanLiteral: a fast exit; quotePairs finds no pair where there is no quote.
  let quotes = false;
  for (let i = e.start; i < e.end; i++) {
    const c = text.charCodeAt(i);
    // A pair to convert has an ASCII half: a full-width bracket alone does not call for bracketPairs.
    if (c === 0x28 || c === 0x29) brackets = true;
    else if (c === 0x22 || c === 0x27) quotes = true;
    // Corner quotes are U+300C–U+300F: the range test spares a lookup for every other character.
    else if (c >= 0x300c && c <= 0x300f) {
      if (cornerQuotes && !inGuard(i)) convert(i, CORNER[text[i]]);
    } else if (isHalfWidthMark(text, i) && !inGuard(i) && convertible(text, i)) convert(i, HALF_TO_FULL[text[i]]);
  }
  // Stryker disable next-line ConditionalExpression: a fast exit (see above).
  if (brackets) {
    for (const [open, close] of bracketPairs(text, e.start, e.end)) {
      if (inGuard(open) || inGuard(close)) continue;
      for (const at of [open, close]) if (HALF_TO_FULL[text[at]]) convert(at, HALF_TO_FULL[text[at]]);
    }
  }
  // Stryker disable next-line ConditionalExpression: a fast exit (see above).
  if (quotes) {
    for (const [a, b, open, close] of quotePairs(text, e.start, e.end)) {
      if (inGuard(a) || inGuard(b)) continue;
      convert(a, open);
      convert(b, close);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

function summary(edits: TextEdit[], source: SourceText): string {
  const counts = new Map<string, number>();
  for (const e of edits) {
    const change = `${source.text[e.start]}→${e.newText}`;
    counts.set(change, (counts.get(change) ?? 0) + 1);
  }
  return [...counts].map(([change, n]) => `${change}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

export const halfWidthPunctuation: Rule = {
  id: 'NP401',
  name: 'half-width-punctuation',
  family: 'punctuation',
  description:
    'Half-width punctuation (`,` `;` `:` `?` `!` `(` `)`, a `.` ending a Chinese sentence, straight quotes `"` `\'`) in ' +
    'Chinese text, where GB/T 15834 wants full-width marks (`。`, `“ ”`, `‘ ’`, quotes paired in order). One finding per ' +
    'paragraph, at its first mark, lists the marks; each spot is also shown as a hint. Decimals and times (`2.6`, `12:00`), thousands separators, ' +
    'Latin and code (`5G+工业互联网`, `CXO`, `p.toString()`, `std::vector`), URLs, e-mail addresses, file names, HTML entities ' +
    'and tags (`&quot;`), emoticons (`;-)`) are left alone.',
  standard: 'GB/T 15834-2011 5.1',
  severity: 'warning',
  options: [
    {
      key: 'cornerQuotes',
      description: 'Also turn corner quotes 「 」 『 』 into “ ” ‘ ’: GB/T 15834 gives corner quotes for vertical setting, curly ones for horizontal text.',
      default: true,
    },
  ],
  examples: [
    { bad: '本报讯(渝西都市报记者 钟梅)12月19日,记者从永川区人力社保局获悉', good: '本报讯（渝西都市报记者 钟梅）12月19日，记者从永川区人力社保局获悉' },
    { bad: '会议于12:00开始,共有1,000人参加', good: '会议于12:00开始，共有1,000人参加', note: 'the time and the thousands separator stay' },
    { bad: '你好,这是一个句子.', good: '你好，这是一个句子。' },
    { bad: '他说:"我们要加强合作."', good: '他说：“我们要加强合作。”' },
    { good: '调用p.toString()方法后，页面显示&quot;成功&quot;。' },
    { bad: '他说：「我们要加强合作。」', good: '他说：“我们要加强合作。”' },
  ],
  check(ctx) {
    const { page, source, budget = Infinity } = ctx;
    const cornerQuotes = optionOf(halfWidthPunctuation, ctx, 'cornerQuotes');
    const out: Draft[] = [];
    /** Each element's marks to convert. */
    const perElement: TextEdit[][] = [];
    // Each paragraph gives one finding and a hint per mark: stop once the review would drop the rest.
    let drafts = 0;
    for (const e of page.elements) {
      if (drafts >= budget) break;
      if (!CHECKED.has(e.kind)) continue;
      const edits = halfWidthEdits(source, e, cornerQuotes);
      if (edits.length) {
        perElement.push(edits);
        drafts += 1 + edits.length;
      }
    }
    // "All in this file" is the LSP layer's fix-all of this rule, not a copy of every edit on every finding.
    for (const edits of perElement) {
      const corners = edits.filter((ed) => CORNER[source.text[ed.start]]).length;
      out.push({
        message: corners
          ? `${edits.length} mark${edits.length > 1 ? 's' : ''} to convert in Chinese text, ${corners} of them corner quotes (${summary(edits, source)}).`
          : `${edits.length} half-width mark${edits.length > 1 ? 's' : ''} in Chinese text (${summary(edits, source)}).`,
        // At its first mark, not across the paragraph: a squiggle the length of a paragraph hides
        // where the marks are (each has its own hint) and makes every paragraph look wrong.
        start: edits[0].start,
        end: edits[0].end,
        fixes: [{ title: 'Convert the punctuation of this paragraph to full width', preferred: true, edits }],
      });
      for (const ed of edits) {
        out.push({
          message: CORNER[source.text[ed.start]]
            ? `Corner quote “${source.text[ed.start]}” in horizontal text: use “${ed.newText}”.`
            : `Half-width “${source.text[ed.start]}” in Chinese text: use “${ed.newText}”.`,
          start: ed.start,
          end: ed.end,
          severity: 'hint',
          fixes: [{ title: `Use “${ed.newText}”`, edits: [ed] }],
          data: { kind: 'spot' },
        });
      }
    }
    return out;
  },
};
