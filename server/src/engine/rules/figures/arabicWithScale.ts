// NP305: Arabic digits with `千` or `百` (`4千`, `3百万`, `3万5千人`). GB/T 15835 allows `万` and
// `亿` after Arabic digits but not `千`/`百`: `4000`, `300万`, `3.5万人`. SI-prefixed units
// (`4千米`, `500千伏`, `120千牛`) are units, not scale words: the figure reader never takes them as one.
import { placedFigures, type PlacedFigure } from '../../figures/model';
import { toAsciiDigits } from '../../figures/numerals';
import { edit, type Draft, type Rule } from '../rule';
import { sourceAt } from '../../text/flatten';
import type { SourceText } from '../../text/sourceText';

export const arabicWithScale: Rule = {
  id: 'NP305',
  name: 'arabic-with-qian-bai',
  family: 'figures',
  description:
    'Arabic digits followed by `千` or `百` (`4千`, `3百万`): write the digits out (`4000`, `300万`); `3万5千人` is `3.5万人`. ' +
    '`万` and `亿` are fine, and so are SI-prefixed units (`500千伏`, `120千牛`, `4千米`).',
  standard: 'GB/T 15835-2011 5.3 (Arabic and Chinese numerals in one figure)',
  severity: 'warning',
  examples: [{ bad: '观众4千人', good: '观众4000人' }, { bad: '投资3百万元', good: '投资300万元' }, { bad: '参观者达3万5千人', good: '参观者达3.5万人' }, { good: '500千伏输电线路和120千牛推力' }],
  check({ page, source }) {
    const out: Draft[] = [];
    let previous: PlacedFigure | undefined;
    for (const p of placedFigures(page)) {
      const before = previous;
      previous = p;
      const f = p.figure;
      // A scale is read only after Arabic digits (`三千` is a value of its own).
      const scale = f.scale ?? '';
      if (!/[千百]/u.test(scale) || f.range) continue;
      const digitsAt = f.text.search(/[0-9０-９]/u);
      const digits = f.text.slice(digitsAt, f.text.indexOf(scale, digitsAt));
      const from = sourceAt(p.flat, f.start + digitsAt);
      const to = sourceAt(p.flat, f.start + digitsAt + digits.length + scale.length - 1) + 1;
      const joined = before && compound(source, before, p, digits, to);
      if (joined) {
        out.push(joined);
        continue;
      }
      const small = scale[0] === '千' ? 1000 : 100;
      const big = scale.slice(1);
      const value = Number(toAsciiDigits(digits)) * small;
      const written = Number.isInteger(value) ? `${value}${big}` : undefined;
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

/** The scale the next lower place takes under each big scale: `3万5千` (5 thousand under 万), `2亿3千万`. */
const NEXT_PLACE: Record<string, string> = { 万: '千', 亿: '千万' };

/**
 * `3万5千人`: a whole number of 万 (or 亿) printed right before one digit of the next place down is
 * one figure, `3.5万人`: the finding for both, its fix running to `to`; undefined when the two are not one figure.
 */
function compound(source: SourceText, high: PlacedFigure, low: PlacedFigure, lowDigits: string, to: number): Draft | undefined {
  const h = high.figure;
  const l = low.figure;
  if (high.flat !== low.flat || h.end !== l.start || !h.scale || NEXT_PLACE[h.scale] !== l.scale) return undefined;
  // One digit below; above, digits and the scale only: no unit (`3万元`), no estimate (`约3万`), no range (`2至3万`).
  if (!/^[0-9]$/u.test(lowDigits) || !/^[0-9]+$/u.test(h.text.slice(0, -h.scale.length))) return undefined;
  const whole = h.text.slice(0, -h.scale.length);
  const written = `${whole}.${lowDigits}${h.scale}`;
  const printed = `${h.text}${lowDigits}${l.scale}`;
  return {
    message: `“${printed}”: Arabic digits do not take “${l.scale![0]}”; write “${written}”.`,
    start: high.start,
    end: low.end,
    fixes: [{ title: `Write “${written}”`, edits: [edit(source, high.start, to, written)], preferred: true }],
  };
}
