// NP308: a 顿号 between the two adjacent numbers of an approximation (`三、四十人`, `十七、八岁`).
// GB/T 15835 writes an approximation by two adjacent numbers together, without a 顿号: `三四十人`,
// `十七八岁`, `一两个`, `两三天`. Two items of a list (`三、四月`, `第三、四季度`, `一、二、三`) are not approximations.
import { unitAt } from '../../figures/units';
import { isAdjacentEstimate } from '../../figures/numerals';
import { edit, type Draft, type Rule } from '../rule';

/** A number, 顿号, the next number, an optional place word: `三、四十`, `十七、八`, `一、两`. */
const PAIR = /(?<![第其〇零一二三四五六七八九十百千万两、])(十?)([一二两三四五六七八九])、([二两三四五六七八九])([十百千万]?)(?![、])/gu;
/**
 * After these the two numbers name items of a list, not an estimate: months, days, numbers (`三、四号线`), grades,
 * phases, editions, chapters. `年级` is read as two characters: its unit alone, `年`, counts years. Words
 * that are no measure word (`季度`, `产业`) need no entry: an estimate must be followed by one.
 */
const LIST_UNITS = new Set(['月', '日', '号', '期', '届', '级', '版', '年级', '章', '节', '卷', '集']);

export const approximationComma: Rule = {
  id: 'NP308',
  name: 'approximation-comma',
  family: 'figures',
  description:
    'Two adjacent numbers that make an approximation take no 顿号 between them (`三、四十人` → `三四十人`, `十七、八岁` → `十七八岁`). ' +
    'Items of a list are left alone: months and days (`三、四月`), ordinals (`第三、四季度`), numbered points (`一、二、三`).',
  standard: 'GB/T 15835-2011 4.1.4 (approximations by adjacent numbers)',
  severity: 'warning',
  examples: [
    { bad: '来了三、四十人', good: '来了三四十人' },
    { bad: '十七、八岁的小伙子', good: '十七八岁的小伙子' },
    { bad: '休息两、三天', good: '休息两三天' },
    { good: '三、四月份的气温' },
    { good: '两、三年级的学生', note: 'two grades of a list' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const e of page.elements) {
      if (e.kind !== 'paragraph' && e.kind !== 'headline' && e.kind !== 'subtitle' && e.kind !== 'kicker') continue;
      const text = source.text.slice(e.start, e.end);
      // Stryker disable next-line ConditionalExpression,StringLiteral: a fast exit; PAIR needs a 顿号 too.
      if (!text.includes('、')) continue;
      for (const m of text.matchAll(PAIR)) {
        if (!isAdjacentEstimate(m[2] + m[3])) continue;
        const after = m.index! + m[0].length;
        const unit = unitAt(text, after);
        // The estimate must count something: a measure word right after (`三四十人`, `一两个`, `十七八岁`).
        if (!unit || LIST_UNITS.has(unit) || LIST_UNITS.has(text.slice(after, after + 2))) continue;
        const comma = e.start + m.index! + m[1].length + 1;
        const printed = m[0];
        const written = printed.replace('、', '');
        out.push({
          message: `“${printed}${unit}” is an approximation by two adjacent numbers: no 顿号 between them; write “${written}${unit}”.`,
          start: e.start + m.index!,
          end: e.start + after + unit.length,
          fixes: [{ title: 'Remove the 顿号', preferred: true, edits: [edit(source, comma, comma + 1, '')] }],
        });
      }
    }
    return out;
  },
};
