// NP403: a 顿号 between quoted items or between titles (`”、“`, `》、《`): GB/T 15834 4.5.3.5 says
// none is needed there, unless a bracketed note stands between (`》（草案）、《`).
import { edit, type Draft, type Rule } from '../rule';

const BETWEEN = /([”》])、([“《])/g;

export const enumerationComma: Rule = {
  id: 'NP403',
  name: 'enumeration-comma-between-quotes',
  family: 'punctuation',
  description:
    'No 顿号 between quoted items or between titles in 书名号: `“初心使命”“方向道路”`, `《史记》《汉书》`. ' +
    'A 顿号 after a bracketed note (`》（草案）、《`) is kept.',
  standard: 'GB/T 15834-2011 4.5.3.5',
  severity: 'warning',
  examples: [{ bad: '《史记》、《汉书》', good: '《史记》《汉书》' }],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const e of page.elements) {
      if (e.kind !== 'paragraph' && e.kind !== 'headline' && e.kind !== 'subtitle') continue;
      BETWEEN.lastIndex = 0;
      for (const m of source.text.slice(e.start, e.end).matchAll(BETWEEN)) {
        const at = e.start + m.index! + 1;
        out.push({
          message: `No 顿号 is needed between ${m[1] === '》' ? 'titles' : 'quoted items'}: “${m[0]}” → “${m[1]}${m[2]}”.`,
          start: at,
          end: at + 1,
          fixes: [{ title: 'Remove the 顿号', preferred: true, edits: [edit(source, at, at + 1, '')] }],
        });
      }
    }
    return out;
  },
};
