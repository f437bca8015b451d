// NP104: a Latin word hyphenated across a line end (`CD-` ⏎ `MO`).
import type { Draft, Rule } from '../rule';
import { edit } from '../rule';
import { aroundBreak, showBreak, textBreaks } from './breaks';

export const hyphenatedWrap: Rule = {
  id: 'NP104',
  name: 'hyphenated-wrap',
  family: 'wraps',
  description:
    'A Latin word or code is hyphenated across a line end (`CD-` ⏎ `MO`). Joining keeps the hyphen unless the unhyphenated ' +
    'form occurs in the reviewed texts (then `CDMO` is preferred, which also drops the wrap hyphen).',
  severity: 'warning',
  examples: [{ bad: '临床CRO、CD-\nMO以及MAH', good: '临床CRO、CDMO以及MAH' }],
  check({ page, source, corpus }) {
    const out: Draft[] = [];
    const text = source.text;
    for (const article of page.articles) {
      for (const br of textBreaks(source, article)) {
        const left = text.slice(Math.max(0, br.leftEnd - 16), br.leftEnd);
        const right = text.slice(br.rightStart, br.rightStart + 16);
        const l = /([A-Za-z0-9]+)-$/.exec(left);
        const r = /^[A-Za-z0-9]+/.exec(right);
        if (!l || !r) continue;
        const joined = l[1] + r[0];
        const hyphened = `${l[1]}-${r[0]}`;
        const count = (s: string) => corpus?.count(s) ?? (text.split(s).length - 1);
        const evidence = count(joined) > 0 && count(joined) >= count(hyphened);
        const keep = { title: `Join as ${hyphened} (keep the hyphen)`, edits: [edit(source, br.leftEnd, br.rightStart, '')] };
        const drop = { title: `Join as ${joined} (drop the wrap hyphen)`, edits: [edit(source, br.leftEnd - 1, br.rightStart, '')] };
        out.push({
          message: `“${hyphened}” is hyphenated across a line break (${showBreak(source, br)})${evidence ? `; “${joined}” occurs elsewhere` : ''}.`,
          ...aroundBreak(text, br),
          fixes: evidence ? [{ ...drop, preferred: true }, keep] : [{ ...keep, preferred: true }, drop],
        });
      }
    }
    return out;
  },
};
