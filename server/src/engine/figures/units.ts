// The words that follow a number and say what it measures. Longest first, so `人次` wins over `人`
// and `平方米` over `米`. Time units decide whether a figure is a date, a duration or a time of day.
import type { Approx, DurationUnit } from './figure';

/**
 * Units with an SI prefix as a newspaper prints them (`500千伏` is 500 kilovolts, `120千牛` 120
 * kilonewtons, `千兆宽带` gigabit): `千`/`百` here belong to the unit, never to the number.
 */
export const SI_UNITS = [
  '千瓦时',
  '千伏安',
  '千兆瓦',
  '千瓦',
  '千伏',
  '千牛',
  '千米',
  '千克',
  '千帕',
  '千卡',
  '千赫',
  '千焦',
  '千兆',
  '千帕斯卡',
  '百帕',
  '百兆',
  '兆瓦时',
  '兆瓦',
  '兆帕',
  '兆赫',
  '兆焦',
  '吉瓦',
  '太瓦',
];

const COUNT_UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方米',
  '立方米',
  ...SI_UNITS,
  '公里',
  '公斤',
  '公顷',
  '摄氏度',
  '℃',
  '人次',
  '剂次',
  '批次',
  '架次',
  '班次',
  '车次',
  '户次',
  '家次',
  '余人',
  '美元',
  '欧元',
  '港元',
  '日元',
  '英镑',
  '元',
  '人',
  '名',
  '位',
  '户',
  '家',
  '件',
  '项',
  '个',
  '处',
  '份',
  '场',
  '次',
  '条',
  '所',
  '座',
  '台',
  '辆',
  '套',
  '批',
  '栋',
  '间',
  '张',
  '篇',
  '部',
  '类',
  '种',
  '支',
  '只',
  '头',
  '枚',
  '块',
  '床',
  '例',
  '起',
  '轮',
  '期',
  '门',
  '棵',
  '株',
  '层',
  '届',
  '级',
  '倍',
  '册',
  '本',
  '幅',
  '首',
  '集',
  '款',
  '组',
  '对',
  '双',
  '片',
  '段',
  '道',
  '吨',
  '克',
  '斤',
  '米',
  '亩',
  '升',
  '岁',
  '度',
  '粒',
  '瓶',
  '盒',
  '包',
  '箱',
  '所',
  '宗',
  '笔',
  '单',
  '栏',
  '版',
  '章',
  '节',
  '卷',
  '桩',
  '艘',
  '列',
  '趟',
  '站',
  '村',
  '镇',
].filter((u) => u !== '余人');

const TIME_UNITS: Record<string, { kind: 'date' | 'duration' | 'time'; duration?: DurationUnit }> = {
  年期: { kind: 'duration', duration: 'year' },
  个月: { kind: 'duration', duration: 'month' },
  个星期: { kind: 'duration', duration: 'week' },
  个小时: { kind: 'duration', duration: 'hour' },
  小时: { kind: 'duration', duration: 'hour' },
  分钟: { kind: 'duration', duration: 'minute' },
  星期: { kind: 'duration', duration: 'week' },
  周: { kind: 'duration', duration: 'week' },
  天: { kind: 'duration', duration: 'day' },
  年: { kind: 'date' },
  月: { kind: 'date' },
  日: { kind: 'date' },
  号: { kind: 'date' },
  时: { kind: 'time' },
  点: { kind: 'time' },
  分: { kind: 'time' },
  秒: { kind: 'time' },
};

export const UNITS: readonly string[] = [...new Set([...COUNT_UNITS, ...Object.keys(TIME_UNITS)])].sort((a, b) => b.length - a.length);

export function timeUnit(unit: string | undefined) {
  return unit ? TIME_UNITS[unit] : undefined;
}

/** UNITS by first character, longest first: every number asks, so no scan of the whole list. */
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u[0], [...(UNITS_BY_FIRST.get(u[0]) ?? []), u]);

export function unitAt(text: string, i: number): string | undefined {
  const candidates = UNITS_BY_FIRST.get(text[i]);
  if (candidates) for (const u of candidates) if (text.startsWith(u, i)) return u;
  return undefined;
}

const SI_UNIT_SET = new Set(SI_UNITS);

/** Whether `千`/`百` at `i` begins an SI-prefixed unit (`4千米`, `500千伏`) rather than being a scale word. */
export function siUnitAt(text: string, i: number): boolean {
  return SI_UNIT_SET.has(unitAt(text, i) ?? '');
}

/**
 * Bounds and estimates read before a number, longest first: `不超过` must be read before `超过`, or a
 * ceiling (`不超过3000人`, at most) is read as a floor.
 */
export const APPROX_BEFORE: readonly [string, Approx][] = [
  ['不超过', 'atMost'],
  ['不高于', 'atMost'],
  ['不多于', 'atMost'],
  ['不少于', 'atLeast'],
  ['不低于', 'atLeast'],
  ['少于', 'atMost'],
  ['低于', 'atMost'],
  ['高于', 'atLeast'],
  ['超过', 'atLeast'],
  ['将近', 'less'],
  ['大约', 'about'],
  ['不到', 'less'],
  ['不足', 'less'],
  ['至少', 'atLeast'],
  ['最多', 'atMost'],
  ['多达', 'atLeast'],
  ['突破', 'atLeast'],
  ['近', 'less'],
  ['约', 'about'],
  ['超', 'atLeast'],
  ['逾', 'atLeast'],
];
export const APPROX_INSIDE: readonly [string, Approx][] = [
  ['余', 'more'],
  ['多', 'more'],
];
export const APPROX_AFTER: readonly [string, Approx][] = [
  ['以上', 'atLeast'],
  ['以下', 'atMost'],
  ['以内', 'atMost'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['之多', 'atLeast'],
  ['多', 'more'],
];
export const CHANGE_WORDS = ['增长了', '增长', '增加了', '增加', '减少了', '减少', '下降了', '下降', '提高了', '提高', '提升了', '提升', '上升了', '上升', '降低了', '降低', '增幅', '降幅'];
