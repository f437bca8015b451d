// NP403: a 顿号 between quoted items or between titles (`”、“`, `》、《`): GB/T 15834 4.5.3.5 says
// none is needed there, unless other words stand between the items: a bracketed note
// (`》（草案）、《`), or words that make each item more than its quoted term (`“潇湘八景”的“江天暮雪”、
// “西湖十景”的“断桥残雪”`, `“大学生创客秀”、“青年红色筑梦之旅”活动成果展`). Words after the last of
// three or more items are their shared head (`“一国两制”、“港人治港”、“澳人治澳”方针`): the 顿号 go.
import { edit, type Draft, type Rule } from '../rule';

const BETWEEN = /([”》])、([“《])/g;
const CLOSE_OF: Record<string, string> = { '“': '”', '《': '》' };
/** What may follow a bare item: the next item, the end of the clause, a conjunction before the last item. */
const AFTER_BARE = /^(?:$|[、，。；：！？,;:!?）)]|(?:和|与|及|以及|或|等)[“《]?|等)/u;

export const enumerationComma: Rule = {
  id: 'NP403',
  name: 'enumeration-comma-between-quotes',
  family: 'punctuation',
  description:
    'No 顿号 between quoted items or between titles in 书名号: `“初心使命”“方向道路”`, `《史记》《汉书》`. ' +
    'A 顿号 is kept where other words stand between the items: after a bracketed note (`》（草案）、《`), between items of ' +
    'two kinds (`《人民报》、“霍瓦尔”国家通讯社`), and where an item is more than its quoted term (`“潇湘八景”的“江天暮雪”、…`; ' +
    '`“大学生创客秀”、“青年红色筑梦之旅”活动成果展`, where `活动成果展` may be the second item’s own: a hint). Words after the ' +
    'last of three or more items are their shared head.',
  standard: 'GB/T 15834-2011 4.5.3.5',
  severity: 'warning',
  examples: [{ bad: '《史记》、《汉书》', good: '《史记》《汉书》' }, { good: '“潇湘八景”的“江天暮雪”、“西湖十景”的“断桥残雪”都很美。' }, { good: '《人民报》、“霍瓦尔”国家通讯社报道。' }],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const e of page.elements) {
      if (e.kind !== 'paragraph' && e.kind !== 'headline' && e.kind !== 'subtitle') continue;
      const text = source.text.slice(e.start, e.end);
      for (const m of text.matchAll(BETWEEN)) {
        const items = itemsAround(text, m.index!, m[1], m[2]);
        if (items === 'kept') continue;
        const at = e.start + m.index! + 1;
        const what = m[1] === '》' ? 'titles' : 'quoted items';
        out.push({
          message:
            items === 'bare'
              ? `No 顿号 is needed between ${what}: “${m[0]}” → “${m[1]}${m[2]}”.`
              : `No 顿号 is needed between ${what} if the words after the second belong to both; keep it if they are the second item's own.`,
          start: at,
          end: at + 1,
          ...(items === 'open' ? { severity: 'hint' as const } : {}),
          fixes: [{ title: 'Remove the 顿号', preferred: items === 'bare', edits: [edit(source, at, at + 1, '')] }],
        });
      }
    }
    return out;
  },
};

/**
 * What the items on both sides of the 顿号 at `at + 1` are. `bare`: quoted terms of one kind (the
 * same marks, `”、“` or `》、《`) and the item after it ends where the list goes on or the clause
 * ends, or (in a list of three or more) is followed by the list's shared head: the 顿号 goes.
 * `kept`: other words make an item more than its term. `open`: two items and words after the second,
 * which may be the head both share (`“低级红”、“高级黑”现象`) or the second's own
 * (`“大学生创客秀”、“青年红色筑梦之旅”活动成果展`).
 */
function itemsAround(text: string, at: number, closing: string, opening: string): 'bare' | 'kept' | 'open' {
  if (CLOSE_OF[opening] !== closing) return 'kept';
  const close = text.indexOf(closing, at + 2);
  if (close < 0) return 'kept';
  const rest = text.slice(close + 1);
  if (AFTER_BARE.test(rest)) return 'bare';
  if (/^的/u.test(rest)) return 'kept';
  // Words after the item: the head the whole list shares when it has three items or more.
  return ITEM_BEFORE[closing].test(text.slice(0, at + 1)) ? 'bare' : 'open';
}

/** An item and its 顿号 ending a text: the list already had one item before the 顿号 in question. */
const ITEM_BEFORE: Record<string, RegExp> = { '”': /”、“[^“”]*”$/u, '》': /》、《[^《》]*》$/u };
