// The figure model on its own: a table of printed figures (from the seeds and from the examples of
// GB/T 15835 and GB/T 15834) and what each must read as. A row names the text, the figure expected
// at a given span and the facts that matter; `none` rows must yield no figure of that text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseValue, extractFigures, type Figure } from '../../src/engine';

type Expect = Partial<Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'scale' | 'decimals' | 'numerals' | 'thing' | 'thingAfter' | 'change' | 'duration' | 'weekday' | 'percentMark'>> & {
  approx?: string;
  mark?: string;
  dropped?: string;
  date?: Figure['date'];
  dateHigh?: Figure['dateHigh'];
};

/** [sentence, the figure's text as read, what it must be]; an expectation of `null` means no figure with that text. */
const CASES: [string, string, Expect | null][] = [
  // Counts with scale words, precision and units (000, 001, 002, 003, 004).
  ['永川实现城镇新增就业2.6万余人', '2.6万余人', { kind: 'count', value: 26000, scale: '万', unit: '人', approx: '余', decimals: 1, thing: '永川实现城镇新增就业' }],
  ['全区新增就业2.6万人', '2.6万人', { kind: 'count', value: 26000, unit: '人', thing: '全区新增就业' }],
  ['超市级新增就业目标任务4000余人', '4000余人', { value: 4000, approx: '余', unit: '人' }],
  ['全年落实稳岗返还3705家企业2941.81万元', '3705家', { value: 3705, unit: '家', thingAfter: '企业' }],
  ['全年落实稳岗返还3705家企业2941.81万元', '2941.81万元', { value: 29418100, unit: '元', scale: '万', decimals: 2 }],
  ['帮助所属企业稳定就业岗位11.6万个', '11.6万个', { value: 116000, unit: '个' }],
  ['累计举办招聘会54场', '54场', { value: 54, unit: '场' }],
  ['对接成功7000余人次', '7000余人次', { value: 7000, unit: '人次', approx: '余' }],
  ['全年发放创业担保贷款1.5亿元', '1.5亿元', { value: 150000000, scale: '亿', unit: '元' }],
  ['财政贴息423万元', '423万元', { value: 4230000, unit: '元' }],
  ['新增市场主体1.59万户', '1.59万户', { value: 15900, unit: '户', decimals: 2 }],
  ['带动就业2.15万人', '2.15万人', { value: 21500, thing: '带动就业' }],
  ['技能培训就业率为60.9%', '60.9%', { kind: 'percent', value: 60.9, decimals: 1, thing: '技能培训就业率', percentMark: '%' }],
  ['人员等10类就业困难群体3108人', '10类', { value: 10, unit: '类', thingAfter: '就业困难群体' }],
  ['他们现已组建起70多人的研究团队', '70多人', { value: 70, approx: '多', unit: '人' }],
  ['至今已为全球药企提供超过1000个研发和生产服务项目', '超过1000个', { value: 1000, approx: '超过', unit: '个' }],
  ['每班学生人数不超过45人', '不超过45人', { value: 45, approx: '不超过', unit: '人' }],
  ['日均客流不少于3000人次', '不少于3000人次', { value: 3000, approx: '不少于', unit: '人次' }],
  ['粮食播种面积不低于1.2亿亩', '不低于1.2亿亩', { value: 120000000, approx: '不低于', unit: '亩' }],
  ['新培育国家高新技术企业36家，总数达228家', '228家', { value: 228, unit: '家' }],
  ['研发投入强度达到2.4%', '2.4%', { kind: 'percent', value: 2.4, thing: '研发投入强度' }],
  ['力争每年新增高新技术企业30家以上', '30家以上', { value: 30, approx: '以上', unit: '家' }],
  ['全区规上企业研发投入13.6亿元，同比增长22.6%', '13.6亿元', { value: 1360000000, unit: '元' }],
  ['全区规上企业研发投入13.6亿元，同比增长22.6%', '22.6%', { kind: 'percent', value: 22.6, change: '增长' }],
  ['万人发明专利拥有量12.06件', '12.06件', { value: 12.06, decimals: 2, unit: '件' }],
  ['确定实施15件区级重点民生实事', '15件', { value: 15, unit: '件', thing: '确定实施', thingAfter: '区级重点民生实事' }],
  ['已开复工13件，开复工率达86.7%，其余2件按时序进度推进', '13件', { value: 13, thing: '已开复工' }],
  ['已开复工13件，开复工率达86.7%，其余2件按时序进度推进', '86.7%', { kind: 'percent', value: 86.7, thing: '开复工率' }],
  ['已开复工13件，开复工率达86.7%，其余2件按时序进度推进', '2件', { value: 2, unit: '件' }],
  ['系列心理特色微课点击量已突破1万人次', '突破1万人次', { value: 10000, approx: '突破', unit: '人次' }],
  ['区长办公会纪要1000余件', '1000余件', { value: 1000, approx: '余' }],
  ['行政复议调撤率86.41%', '86.41%', { kind: 'percent', value: 86.41, decimals: 2 }],
  ['平均结案时间1.7天', '1.7天', { kind: 'duration', value: 1.7, duration: 'day' }],
  ['118处黑臭水体全部制定整治方案', '118处', { value: 118, unit: '处', thingAfter: '黑臭水体全部制定整治方案' }],
  ['共消除农村黑臭水体2929平方米', '2929平方米', { value: 2929, unit: '平方米', thing: '共消除农村黑臭水体' }],
  ['线上线下收到简历210份', '210份', { value: 210, unit: '份' }],
  ['北山路国控站优良天数303天', '303天', { kind: 'duration', value: 303, duration: 'day' }],
  ['优良率达83.8%', '83.8%', { kind: 'percent', value: 83.8, thing: '优良率' }],
  ['总投资额约2.84亿元', '约2.84亿元', { value: 284000000, approx: '约' }],
  ['阅读量超6000万次', '超6000万次', { value: 60000000, approx: '超', unit: '次' }],
  ['活动播放量超2.7亿次', '超2.7亿次', { value: 270000000, approx: '超' }],
  ['蜜桔每天销售量在5000斤左右', '5000斤左右', { value: 5000, unit: '斤', approx: '左右' }],
  ['农产品网络零售额预计实现5.4亿元左右', '5.4亿元左右', { value: 540000000, approx: '左右' }],
  ['同比增长20%以上', '20%以上', { kind: 'percent', value: 20, approx: '以上', change: '增长' }],
  ['营业额接近8000万元', '近8000万元', { value: 80000000, approx: '近' }],
  ['集聚110余家数字经济企业', '110余家', { value: 110, approx: '余', unit: '家' }],
  ['已申请各类知识产权43项', '43项', { value: 43, unit: '项' }],
  ['党员年龄结构以30岁以上的中青年为主', '30岁以上', { value: 30, unit: '岁', approx: '以上' }],
  ['较考核目标提升1个类别', '1个', { value: 1, change: '提升' }],
  ['较去年全年增长2倍', '2倍', { value: 2, unit: '倍', change: '增长' }],
  ['合同登记额突破2亿元', '突破2亿元', { value: 200000000, approx: '突破' }],
  ['入选“重庆英才”50人', '50人', { value: 50, unit: '人' }],
  ['1590人次进驻', '1590人次', { value: 1590, unit: '人次' }],
  ['810家次企业', '810家次', { value: 810, unit: '家次' }],
  ['培养6000名学徒制学生', '6000名', { value: 6000, unit: '名' }],
  ['共有1,200人参加', '1,200人', { value: 1200, unit: '人' }],
  ['捐款12,500,000元', '12,500,000元', { value: 12500000, unit: '元' }],
  ['面积0.25平方公里', '0.25平方公里', { value: 0.25, unit: '平方公里', decimals: 2 }],
  ['风电装机200兆瓦', '200兆瓦', { value: 200, unit: '兆瓦' }],
  ['重400吨', '400吨', { value: 400, unit: '吨' }],
  ['种植400亩', '400亩', { value: 400, unit: '亩' }],
  ['建成14所高校', '14所', { value: 14, unit: '所' }],
  ['接种疫苗1.2万剂次', '1.2万剂次', { value: 12000, unit: '剂次' }],
  ['共计3.5万亿元', '3.5万亿元', { value: 3.5e12, scale: '万亿' }],
  ['有4千万人', '4千万人', { value: 4e7, scale: '千万', unit: '人' }],
  ['观众4千人', '4千人', { value: 4000, scale: '千', unit: '人' }],
  ['投资3百万元', '3百万元', { value: 3e6, scale: '百万' }],
  ['全长4千米', '4千米', { value: 4, unit: '千米' }],
  ['重5千克', '5千克', { value: 5, unit: '千克' }],
  ['市区两级', '两级', null],
  // Chinese numerals.
  ['开设五个专题', '五个', { numerals: 'chinese', value: 5, unit: '个' }],
  ['出台十条措施', '十条', { numerals: 'chinese', value: 10, unit: '条' }],
  ['吸引二十万人', '二十万人', { numerals: 'chinese', value: 200000, unit: '人' }],
  ['三万五千人', '三万五千人', { value: 35000 }],
  ['一百零八人', '一百零八人', { value: 108 }],
  ['两年', '两年', { kind: 'duration', value: 2, duration: 'year' }],
  ['近三年', '近三年', { kind: 'duration', value: 3, approx: '近' }],
  ['高二三米', '二三米', { value: 2, approx: '二三', unit: '米' }],
  ['七八个人', '七八个', { value: 7, unit: '个' }],
  ['第十八届人民代表大会', '十八届', { kind: 'ordinal', value: 18 }],
  ['第二次会议', '二次', { kind: 'ordinal', value: 2 }],
  ['第十三次主任会议', '十三次', { kind: 'ordinal', value: 13 }],
  ['第16号', '16号', { kind: 'ordinal', value: 16 }],
  ['重庆高新区2021届高校毕业生', '2021届', { kind: 'ordinal', value: 2021 }],
  ['七成以上', '七成以上', { kind: 'percent', value: 70, percentMark: '成', approx: '以上' }],
  ['百分之五十', '百分之五十', { kind: 'percent', value: 50, percentMark: '百分之' }],
  ['百分之2.5', '百分之2.5', { kind: 'percent', value: 2.5 }],
  ['一体化发展', '一', null],
  ['二是拓展就业岗位', '二', null],
  ['三大国家级科技创新平台', '三', null],
  ['深入贯彻党的二十大精神', '二十', null],
  ['十四五规划', '十四五', null],
  ['将教育摆在十分重要的位置', '十分', null],
  ['作为永川唯一一家', '一一家', null],
  ['一成不变', '一成', null],
  ['千家万户', '千', null],
  ['百家争鸣', '百家', null],
  ['万人空巷', '万人', null],
  ['坚持一水一策', '一', null],
  ['一年来', '一年', { kind: 'duration', value: 1 }],
  // Dates.
  ['2022年12月25日', '2022年12月25日', { kind: 'date', date: { year: 2022, month: 12, day: 25 } }],
  ['12月19日，全区', '12月19日', { kind: 'date', date: { month: 12, day: 19 } }],
  ['继2019年拥有', '2019年', { kind: 'date', date: { year: 2019 } }],
  ['于今年9月建成投用', '今年9月', { kind: 'date', date: { relativeYear: '今年', month: 9 } }],
  ['去年全年', '去年', { kind: 'date', date: { relativeYear: '去年' } }],
  ['2023年10月', '2023年10月', { kind: 'date', date: { year: 2023, month: 10 } }],
  ['2023年底', '2023年', { kind: 'date', date: { year: 2023 } }],
  ['二〇二二年十二月二十五日', '二〇二二年十二月二十五日', { kind: 'date', numerals: 'chinese', date: { year: 2022, month: 12, day: 25 } }],
  ['二〇〇八年8月8日', '二〇〇八年8月8日', { kind: 'date', numerals: 'mixed', date: { year: 2008, month: 8, day: 8 } }],
  ['一九九八年', '一九九八年', { kind: 'date', date: { year: 1998 } }],
  ['7月24日', '7月24日', { kind: 'date', date: { month: 7, day: 24 } }],
  ['９月１日', '９月１日', { kind: 'date', numerals: 'fullwidth', date: { month: 9, day: 1 } }],
  ['13月', '13月', { kind: 'count', value: 13 }],
  ['2022-12-25', '2022', { kind: 'count', value: 2022 }],
  // Ranges.
  ['1—6月，全区', '1—6月', { kind: 'date', mark: '—', date: { month: 1 }, dateHigh: { month: 6 } }],
  ['1月-10月，全区', '1月-10月', { kind: 'date', mark: '-', date: { month: 1 }, dateHigh: { month: 10 } }],
  ['于2022年12月25日—26日召开', '2022年12月25日—26日', { kind: 'date', mark: '—', date: { year: 2022, month: 12, day: 25 }, dateHigh: { year: 2022, month: 12, day: 26 } }],
  ['9月14日至16日', '9月14日至16日', { kind: 'date', mark: '至', dateHigh: { month: 9, day: 16 } }],
  ['25日—26日', '25日—26日', { kind: 'date', date: { day: 25 }, dateHigh: { day: 26 } }],
  ['9亿～16亿', '9亿～16亿', { kind: 'count', value: 9e8, high: 16e8, mark: '～' }],
  ['9～16亿', '9～16亿', { value: 9e8, high: 16e8, dropped: '亿' }],
  ['15～30%', '15～30%', { kind: 'percent', value: 15, high: 30, dropped: '%' }],
  ['15%～30%', '15%～30%', { kind: 'percent', value: 15, high: 30 }],
  ['13万元～17万元', '13万元～17万元', { value: 130000, high: 170000, unit: '元' }],
  ['400～429页', '400～429', { value: 400, high: 429 }],
  ['-36～-8℃', '36～', null],
  ['12500～20000元', '12500～20000元', { value: 12500, high: 20000, unit: '元' }],
  ['9-16亿', '9-16亿', { value: 9e8, high: 16e8, mark: '-', dropped: '亿' }],
  ['5到10年', '5到10年', { kind: 'duration', value: 5, high: 10, mark: '到' }],
  ['1至6月', '1至6月', { kind: 'date', mark: '至' }],
  ['电话023-49876543', '023', { kind: 'count' }],
  ['由120家增至150家', '120家', { value: 120 }],
  ['由120家增至150家', '150家', { value: 150 }],
  ['30——40家', '40家', { value: 40 }],
  // Durations, weekdays, times.
  ['会期2天', '2天', { kind: 'duration', value: 2, duration: 'day', thing: '会期' }],
  ['为期6个月', '6个月', { kind: 'duration', value: 6, duration: 'month' }],
  ['一次授信最长可申请3年期', '3年期', { kind: 'duration', value: 3, duration: 'year' }],
  ['过去5年', '5年', { kind: 'duration', value: 5, duration: 'year' }],
  ['连续11年', '11年', { kind: 'duration', value: 11 }],
  ['培训3周', '3周', { kind: 'duration', duration: 'week' }],
  ['历时48小时', '48小时', { kind: 'duration', duration: 'hour' }],
  ['每天早上5点', '5点', { kind: 'time' }],
  ['会议于12:00开始', '12:00', { kind: 'time' }],
  ['12月25日（星期日）', '星期日', { kind: 'weekday', weekday: 7 }],
  ['12月26日周一', '周一', { kind: 'weekday', weekday: 1 }],
  ['礼拜三', '礼拜三', { kind: 'weekday', weekday: 3 }],
  ['每周一次', '周一', null],
  ['一周', '周', null],
  // Codes: not quantities.
  ['拓展5G应用', '5G', { kind: 'code' }],
  ['G20峰会', '20', { kind: 'code' }],
  ['CD8细胞', '8', { kind: 'code' }],
  ['“4050”人员', '4050', { kind: 'count', value: 4050 }],
  // Full-width and mixed.
  ['２０２６年', '２０２６年', { kind: 'date', numerals: 'fullwidth', date: { year: 2026 } }],
  ['增长８６．７％', '８６．７％', { kind: 'percent', value: 86.7, numerals: 'fullwidth', percentMark: '％' }],
  ['占比45％', '45％', { kind: 'percent', value: 45, percentMark: '％' }],
  ['千分之三', '三', null],
  ['5‰', '5‰', { kind: 'percent', value: 0.5 }],
];

for (const [sentence, text, expect] of CASES) {
  test(`figure: ${sentence} → ${text}`, () => {
    const figures = extractFigures(sentence);
    const found = figures.find((f) => f.text === text);
    if (expect === null) {
      assert.equal(found, undefined, `no figure “${text}” expected; got ${JSON.stringify(figures.map((f) => f.text))}`);
      return;
    }
    assert.ok(found, `expected “${text}” in ${JSON.stringify(figures.map((f) => f.text))}`);
    assert.equal(sentence.slice(found.start, found.end), found.text, 'offsets');
    const { approx, mark, dropped, date, dateHigh, ...plain } = expect;
    for (const [key, value] of Object.entries(plain)) assert.deepEqual(found[key as keyof Figure], value, key);
    if (approx !== undefined) assert.equal(found.approx?.word, approx, 'approx');
    if (mark !== undefined) assert.equal(found.range?.mark, mark, 'range mark');
    if (dropped !== undefined) assert.equal(found.range?.dropped, dropped, 'dropped');
    if (date) for (const [k, v] of Object.entries(date)) assert.equal(found.date?.[k as keyof typeof date], v, `date.${k}`);
    if (dateHigh) for (const [k, v] of Object.entries(dateHigh)) assert.equal(found.dateHigh?.[k as keyof typeof dateHigh], v, `dateHigh.${k}`);
  });
}

test('the table is large enough to mean something', () => {
  assert.ok(CASES.length >= 150, `${CASES.length} cases`);
});

test('Chinese numerals: positional years, sections, zeros', () => {
  const table: [string, number | undefined][] = [
    ['二十', 20],
    ['十八', 18],
    ['十', 10],
    ['一百零八', 108],
    ['三万五千', 35000],
    ['二〇二二', 2022],
    ['一九九八', 1998],
    ['两千', 2000],
    ['一亿二千万', 120000000],
    ['十四五', undefined],
    ['四千', 4000],
    ['〇', 0],
  ];
  for (const [s, v] of table) assert.equal(chineseValue(s), v, s);
});
