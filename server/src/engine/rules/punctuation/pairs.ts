// NP402: quotation marks and brackets that do not pair or nest, checked per paragraph with column
// wraps undone (a quotation that spans a wrap is one quotation). A quotation running over several
// paragraphs opens each one and closes only at its end, as GB/T 15834 prescribes; that is not flagged.
import type { Element } from '../../model/page';
import type { Draft, Rule } from '../rule';
import { splitBetween } from '../wraps/splits';
import { markTable } from './context';
import { MARK_PAIRS } from '../../text/chars';

const OPEN = MARK_PAIRS;
const CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([o, c]) => [c, o]));
const PAIR_MARKS = markTable([...Object.keys(OPEN), ...Object.keys(CLOSE)]);

interface Problem {
  at: number;
  message: string;
  /** `open`: a mark left open at the paragraph's end; `close`: a closing mark with no opening one; `nest`: misnested. */
  kind: 'open' | 'close' | 'nest';
}

export function pairingProblems(text: string, from: number, to: number, continuesQuote: boolean): Problem[] {
  const problems: Problem[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    if (!PAIR_MARKS[text.charCodeAt(i)]) continue;
    const ch = text[i];
    if (ch in OPEN) stack.push({ ch, at: i });
    else if (ch in CLOSE) {
      const top = stack[stack.length - 1];
      if (top && OPEN[top.ch] === ch) stack.pop();
      else if (stack.some((s) => OPEN[s.ch] === ch)) {
        problems.push({ at: top.at, message: `“${top.ch}” is closed by “${ch}” before its own “${OPEN[top.ch]}”: marks are misnested.`, kind: 'nest' });
        while (stack.length && OPEN[stack[stack.length - 1].ch] !== ch) stack.pop();
        stack.pop();
      } else {
        problems.push({ at: i, message: `“${ch}” closes nothing: its “${CLOSE[ch]}” is missing.`, kind: 'close' });
      }
    }
  }
  for (const s of stack) {
    // An open quotation at a paragraph's end is legitimate when the next paragraph opens with “ (it goes on).
    if (s.ch === '“' && continuesQuote) continue;
    problems.push({ at: s.at, message: `“${s.ch}” is never closed: its “${OPEN[s.ch]}” is missing in this paragraph.`, kind: 'open' });
  }
  return problems;
}

/**
 * Whether every mark of `text[from, to)` pairs and nests: `pairingProblems(text, from, to, false)`
 * is empty. Asked of every paragraph and most pass, so no problem (nor its message) is built.
 */
export function marksBalanced(text: string, from: number, to: number): boolean {
  const awaited: string[] = [];
  for (let i = from; i < to; i++) {
    if (!PAIR_MARKS[text.charCodeAt(i)]) continue;
    const ch = text[i];
    if (ch in OPEN) awaited.push(OPEN[ch]);
    // A closing mark that is not the one awaited last is misnested or closes nothing: a problem either way.
    else if (ch in CLOSE && awaited.pop() !== ch) return false;
  }
  return awaited.length === 0;
}

/** The elements whose marks are reported: the copy itself, not credits, notes or layout residue. */
const REPORTED = new Set<Element['kind']>(['paragraph', 'headline', 'subhead']);

export const unpairedMarks: Rule = {
  id: 'NP402',
  name: 'unpaired-marks',
  family: 'punctuation',
  description:
    'Quotation marks and brackets (`“ ”`, `‘ ’`, `（ ）`, `《 》`) must pair and nest (`“ ‘ ’ ”`). Checked per paragraph with column ' +
    'wraps and blank-line splits undone; a quotation over several paragraphs that opens each paragraph with “ and closes at the end is correct, ' +
    'and so is a mark opened in one paragraph and closed in a later one of the same article with no other open mark of its kind between ' +
    '(verse printed a line a paragraph, a note over two paragraphs, a caption cut by a wrap).',
  standard: 'GB/T 15834-2011 4.1, 4.3, 4.9',
  severity: 'warning',
  examples: [
    { bad: '他说：“我们要加强合作。' },
    { bad: '《建设实施方案》》' },
    { good: '他说：“第一，要抓好项目建设。\n\n“第二，要抓好招商引资。”', note: 'a quotation over several paragraphs opens each and closes only the last' },
  ],
  usesSegmenter: true,
  check({ page, source, segmenter }) {
    const out: Draft[] = [];
    const text = source.text;
    for (const article of page.articles) {
      // Paragraphs cut in two by a blank line (NP102) are one paragraph for pairing. `balanced` is
      // known for a stretch of one element: most paragraphs pair their marks and need no second look.
      const logical: { start: number; end: number; first: Element; balanced?: boolean }[] = [];
      let prev: Element | undefined;
      for (const e of article.elements) {
        if (!REPORTED.has(e.kind)) {
          // Read for pairing (a mark opened in a caption or a list line may close in the paragraph after), never reported.
          logical.push({ start: e.start, end: e.end, first: e });
          prev = undefined;
          continue;
        }
        const last = logical[logical.length - 1];
        const own = marksBalanced(text, e.start, e.end);
        // Two balanced stretches stay balanced joined or apart: only an unbalanced one asks
        // whether the break between them is a split (a question that may need the segmenter).
        if (prev && last && !(own && (last.balanced ??= marksBalanced(text, last.start, last.end))) && splitBetween(prev, e, segmenter)) {
          last.end = e.end;
          last.balanced = undefined;
        } else logical.push({ start: e.start, end: e.end, first: e, balanced: own });
        prev = e;
      }
      const reported = new Set<Problem>();
      const problems = logical.flatMap((p, k) => {
        if (p.balanced) return [];
        const next = logical[k + 1];
        const continues = !!next && next.first.kind === 'paragraph' && text[next.start] === '“';
        const found = pairingProblems(text, p.start, p.end, continues);
        if (REPORTED.has(p.first.kind)) for (const f of found) reported.add(f);
        return found;
      });
      for (const problem of pairedAcrossParagraphs(text, problems)) {
        if (!reported.has(problem)) continue;
        // A problem stands at a quotation mark or bracket: one code unit.
        out.push({ message: problem.message, start: problem.at, end: problem.at + 1 });
      }
    }
    return out;
  },
};

/**
 * The problems left once a mark left open in one paragraph is paired with a closing mark of its
 * kind that opens nothing in a later paragraph of the article: a verse quoted a line a paragraph
 * (`“小小马儿修雄鬃，` … `把妹带着耍昭通……”`), a note over two paragraphs (`（注1：…` … `…应纳税额。）`).
 */
function pairedAcrossParagraphs(text: string, problems: Problem[]): Problem[] {
  const paired = new Set<Problem>();
  const pending: Problem[] = [];
  for (const p of problems) {
    if (p.kind === 'open') pending.push(p);
    else if (p.kind === 'close') {
      const opener = CLOSE[text[p.at]];
      const k = pending.map((o) => text[o.at]).lastIndexOf(opener);
      if (k >= 0) {
        paired.add(p).add(pending[k]);
        pending.splice(k, 1);
      }
    }
  }
  return problems.filter((p) => !paired.has(p));
}
