// NP305: Arabic digits with `千` or `百` (`4千`, `3百万`). GB/T 15835 allows `万` and `亿` after Arabic
// digits but not `千`/`百`: `4000`, `300万`. SI prefixes (`4千米`, `5千克`) are units, not scale words.
import { placedFigures } from '../../figures/model';
import { toAsciiDigits } from '../../figures/numerals';
import { edit, type Draft, type Rule } from '../rule';
import { sourceAt } from '../../figures/flatten';

export const arabicWithScale: Rule = {
  id: 'NP305',
  name: 'arabic-with-qian-bai',
  family: 'figures',
  description: 'Arabic digits followed by `千` or `百` (`4千`, `3百万`): write the digits out (`4000`, `300万`). `万` and `亿` are fine.',
  standard: 'GB/T 15835-2011 5.3 (Arabic and Chinese numerals in one figure)',
  severity: 'warning',
  examples: [
    { bad: '观众4千人', good: '观众4000人' },
    { bad: '投资3百万元', good: '投资300万元' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const p of placedFigures(page)) {
      const f = p.figure;
      const scale = f.scale;
      if (!scale || !/[千百]/u.test(scale) || f.numerals === 'chinese' || f.range) continue;
      const digitsAt = f.text.search(/[0-9０-９]/u);
      const digits = f.text.slice(digitsAt, f.text.indexOf(scale, digitsAt));
      const small = scale[0] === '千' ? 1000 : 100;
      const big = scale.slice(1);
      const value = Number(toAsciiDigits(digits)) * small;
      const written = Number.isInteger(value) ? `${value}${big}` : undefined;
      const from = sourceAt(p.flat, f.start + digitsAt);
      const to = sourceAt(p.flat, f.start + digitsAt + digits.length + scale.length - 1) + 1;
      out.push({
        message: `“${digits}${scale}”: Arabic digits do not take “${scale[0]}”${written ? `; write “${written}”` : ''}.`,
        start: p.start,
        end: p.end,
        fixes: written ? [{ title: `Write “${written}”`, edits: [edit(source, from, to, written)], preferred: true }] : [],
      });
    }
    return out;
  },
};
