// NP105: a multi-digit number, or a number and its unit, cut by a line break (GB/T 15835: a
// multi-digit number is not broken across lines).
import type { Draft, Rule } from '../rule';
import { aroundBreak, joinEdit, showBreak, textBreaks } from './breaks';
import { cutKind } from './splits';

export const numberCut: Rule = {
  id: 'NP105',
  name: 'number-cut-by-wrap',
  family: 'wraps',
  description:
    'A line break cuts a number (`20` ⏎ `19`), or a blank line separates a number from its unit (`15` ⏎⏎ `分钟`). ' +
    'GB/T 15835 does not allow a multi-digit number to be broken across lines. A column line that ends between a number and its unit ' +
    '(`近4` ⏎ `个小时`) is allowed typesetting; reflowing the paragraph (NP101) joins them.',
  standard: 'GB/T 15835-2011',
  severity: 'warning',
  examples: [
    { bad: '可在1分钟内启动应急响应，15\n\n分钟内队伍集结。', good: '可在1分钟内启动应急响应，15分钟内队伍集结。' },
    { bad: '目前已有8个项目进入实验室中试研发阶段，预计20\n19年将有更多项目落地。', good: '…预计2019年将有更多项目落地。' },
    {
      good: '本报讯 （记者 周雨）继2019\n年拥有“永川造”汽车整车之后，永川\n即将拥有“永川造”药品。',
      note: 'in a column-wrapped paragraph a line may end between a number and its unit: reflowing (NP101) joins them',
    },
  ],
  check({ page, source, budget = Infinity }) {
    const out: Draft[] = [];
    const text = source.text;
    for (const article of page.articles) {
      if (out.length >= budget) break; // the review keeps no more
      for (const br of textBreaks(source, article)) {
        const left = text.slice(Math.max(0, br.leftEnd - 12), br.leftEnd);
        const right = text.slice(br.rightStart, br.rightStart + 4);
        if (cutKind(left, right) !== 'number') continue;
        // Stryker disable next-line Regex: a 'number' cut already ends the left side on a digit.
        const digitRun = /[0-9０-９]$/.test(left) && /^[0-9０-９]/.test(right);
        // Typesetting may end a column line between a number and its unit (`近4` ⏎ `个小时`, `2017` ⏎ `年9月`),
        // and reflowing the paragraph (NP101) joins them; only a blank line there, or digits cut apart, is a defect.
        const blankLine = text.slice(br.leftEnd, br.rightStart).split('\n').length > 2;
        if (!digitRun && !blankLine) continue;
        out.push({
          message: digitRun ? `A line break cuts the number ${showBreak(source, br, 8)} (GB/T 15835).` : `A line break separates a number from its unit: ${showBreak(source, br, 8)} (GB/T 15835).`,
          ...aroundBreak(text, br),
          fixes: [{ title: 'Join the number and its unit', preferred: true, edits: [joinEdit(source, br)] }],
        });
      }
    }
    return out;
  },
};
