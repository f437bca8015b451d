// NP104: a Latin word hyphenated across a line end (`CD-` ⏎ `MO`).
import type { Draft, Rule } from '../rule';
import { edit } from '../rule';
import { aroundBreak, hyphenationAt, showBreak, textBreaks } from './breaks';

export const hyphenatedWrap: Rule = {
  id: 'NP104',
  name: 'hyphenated-wrap',
  family: 'wraps',
  description:
    'A Latin word or code is hyphenated across a line end (`CD-` ⏎ `MO`). Joining keeps the hyphen unless the unhyphenated ' +
    'form occurs in the reviewed texts (then `CDMO` is preferred, which also drops the wrap hyphen).',
  severity: 'warning',
  examples: [
    { bad: '临床CRO、CD-\nMO以及MAH', good: '临床CRO、CDMO以及MAH', needs: 'workspace' },
    { good: '全区Wi-Fi网络实现全覆盖，市民出行更加便捷。', note: 'a hyphen inside a line is part of the word' },
  ],
  readsWorkspace: true,
  check({ page, source, corpus }) {
    const out: Draft[] = [];
    for (const article of page.articles) {
      for (const br of textBreaks(source, article)) {
        const h = hyphenationAt(source, br, corpus);
        if (!h) continue;
        const keep = { title: `Join as ${h.hyphened} (keep the hyphen)`, edits: [edit(source, br.leftEnd, br.rightStart, '')] };
        const drop = { title: `Join as ${h.joined} (drop the wrap hyphen)`, edits: [edit(source, br.leftEnd - 1, br.rightStart, '')] };
        out.push({
          message: `“${h.hyphened}” is hyphenated across a line break (${showBreak(source, br)})${h.evidence ? `; “${h.joined}” occurs elsewhere` : ''}.`,
          ...aroundBreak(source.text, br),
          fixes: h.evidence ? [{ ...drop, preferred: true }, keep] : [{ ...keep, preferred: true }, drop],
        });
      }
    }
    return out;
  },
};
