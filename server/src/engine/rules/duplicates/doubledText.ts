// NP203: text printed twice in a row by OCR of shadowed type: a doubled headline
// (`党建引领党建引领 促进…提升促进…提升`) or a run of four or more characters repeated at once in body text.
import { TITLE_KINDS, type Element } from '../../model/page';
import { mayBeHan } from '../../text/chars';
import { edit, type Draft, type Rule } from '../rule';

const SEGMENT = /[^ \t\u3000]+/g;

/** `ABCABC` → `ABC` when the string is exactly one run written twice (at least two characters). */
function halfIfDoubled(s: string): string | undefined {
  // An odd length has halves of two lengths, which never match.
  if (s.length < 4) return undefined;
  const half = s.slice(0, s.length / 2);
  return half === s.slice(s.length / 2) ? half : undefined;
}

/** Immediate repeats of 4–30 characters in running text, longest first, not overlapping. */
function bodyRepeats(text: string, from: number, to: number): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  // A doubled run is Han only, so it fits in the run of (possibly) Han characters from `i`:
  // tracking where that run ends bounds the lengths worth trying (usually a clause, not 30).
  let runEnd = from;
  let i = from;
  while (i < to) {
    if (runEnd <= i) {
      runEnd = i;
      while (runEnd < to && mayBeHan(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd === i) {
        i++;
        continue;
      }
    }
    let found = 0;
    for (let len = Math.min(30, Math.floor((runEnd - i) / 2)); len >= 4; len--) {
      // Stryker disable next-line ConditionalExpression: a fast exit; startsWith below compares that character too.
      if (text.charCodeAt(i) !== text.charCodeAt(i + len)) continue;
      const run = text.slice(i, i + len);
      // OCR doubling repeats a phrase: Han characters only, and not itself one character over and over.
      if (text.startsWith(run, i + len) && /^\p{Script=Han}+$/u.test(run) && !/^(.)\1*$/u.test(run)) {
        found = len;
        break;
      }
    }
    if (found) {
      out.push({ start: i, length: found });
      i += found * 2;
    } else {
      i++;
    }
  }
  return out;
}

export const doubledText: Rule = {
  id: 'NP203',
  name: 'doubled-text',
  family: 'duplicates',
  description:
    'Text printed twice in a row, as OCR reads shadowed or outlined type: a doubled headline (`党建引领党建引领`) or ' +
    'a run of four or more characters repeated at once in a paragraph. The repair keeps one copy.',
  severity: 'error',
  examples: [
    {
      bad: '党建引领党建引领 促进区域疾控能力全面提升促进区域疾控能力全面提升',
      good: '党建引领 促进区域疾控能力全面提升',
    },
    { good: '现场观众齐声高喊：“加油！加油！”', note: 'a cheer repeated on purpose, each time closed by its mark' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    const text = source.text;
    const titles = (e: Element) => {
      const doubled: { start: number; end: number; keep: string }[] = [];
      for (const m of e.raw.matchAll(SEGMENT)) {
        const half = halfIfDoubled(m[0]);
        if (half) doubled.push({ start: e.start + m.index! + half.length, end: e.start + m.index! + m[0].length, keep: half });
      }
      if (!doubled.length) return;
      const collapsed = e.raw.replace(SEGMENT, (seg) => halfIfDoubled(seg) ?? seg);
      out.push({
        message: `Doubled ${e.kind} (OCR of shadowed type): “${e.text}” → “${collapsed}”.`,
        start: e.start,
        end: e.end,
        fixes: [{ title: `Collapse to “${collapsed}”`, preferred: true, edits: doubled.map((d) => edit(source, d.start, d.end, '')) }],
      });
    };
    for (const e of page.elements) {
      if (TITLE_KINDS.has(e.kind)) titles(e);
      else if (e.kind === 'paragraph') {
        for (const r of bodyRepeats(text, e.dateline ? e.dateline.end : e.start, e.end)) {
          const run = text.slice(r.start, r.start + r.length);
          out.push({
            message: `Text repeated at once: “${run}${run}”.`,
            start: r.start,
            end: r.start + 2 * r.length,
            fixes: [{ title: `Keep one “${run}”`, preferred: true, edits: [edit(source, r.start + r.length, r.start + 2 * r.length, '')] }],
          });
        }
      }
    }
    return out;
  },
};
