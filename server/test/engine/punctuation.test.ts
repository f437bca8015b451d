// Punctuation by GB/T 15834: true cases, the exemptions (false cases), pairing across wraps, and a
// property test that conversion replaces only the marks it lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, fixAll, parsePage, review, SourceText } from '../../src/engine';
import { seed } from '../helpers';
import { marksBalanced, pairingProblems } from '../../src/engine/rules/punctuation/pairs';

const punct = (text: string) => review(text, { families: ['punctuation'] }).findings;
const fixed = (text: string) => fixAll(text, { families: ['punctuation'] }).text;
const page = (body: string) => `## 标题行\n\n${body}\n`;

test('half-width marks in Chinese text become full-width; one finding per paragraph plus a hint per spot', () => {
  const text = page('本报讯(渝西都市报记者 钟梅)12月19日,记者获悉:全区新增就业2.6万人;你知道吗?真好!');
  const found = punct(text).filter((f) => f.ruleId === 'NP401');
  const paragraph = found.filter((f) => f.severity !== 'hint');
  assert.equal(paragraph.length, 1);
  assert.match(paragraph[0].message, /7 half-width marks/);
  assert.equal(found.filter((f) => f.severity === 'hint').length, 7);
  assert.equal(fixed(text), page('本报讯（渝西都市报记者 钟梅）12月19日，记者获悉：全区新增就业2.6万人；你知道吗？真好！'));
});

test('exemptions: decimals, times, thousands, Latin and code runs, URLs, e-mail, file names', () => {
  const body = '会议于12:00开始，共1,000人参加，增长2.6%。拓展“5G+工业互联网”，CXO公司，函数f(x)=2x，详见https://example.com/a,b 或 news@example.com，附件report.pdf。';
  const text = page(body);
  assert.deepEqual(
    punct(text)
      .filter((f) => f.ruleId === 'NP401')
      .map((f) => f.message),
    [],
  );
  assert.equal(fixed(text), text);
});

test('corner quotes become curly quotes in horizontal text, unless the rule option says not to', () => {
  const text = page('他说：「我们要把『实干』二字记在心上。」');
  assert.equal(fixed(text), page('他说：“我们要把‘实干’二字记在心上。”'));
  const off = fixAll(text, { families: ['punctuation'], rules: { NP401: { options: { cornerQuotes: false } } } }).text;
  assert.equal(off, text);
});

test('a bracket pair converts when its content or a neighbour is Chinese', () => {
  assert.equal(fixed(page('新领先(重庆)医药公司成立。')), page('新领先（重庆）医药公司成立。'));
  assert.equal(fixed(page('心理教研组组织学生进行考前放松(永川区教委供图)')), page('心理教研组组织学生进行考前放松（永川区教委供图）'));
});

test('unpaired and misnested marks; a quotation across a wrap or a blank-line split is one quotation', () => {
  const bad = punct(page('他说：“我们要加强合作。')).filter((f) => f.ruleId === 'NP402');
  assert.equal(bad.length, 1);
  assert.match(bad[0].message, /never closed/);
  assert.equal(punct(page('他说：“我们《要》加强”合作》。')).filter((f) => f.ruleId === 'NP402').length, 1);
  assert.match(punct(page('他说：“‘我们”加强’合作。')).filter((f) => f.ruleId === 'NP402')[0].message, /misnested/);
  const split = '“此举是为了培养干部，同时也激\n\n发年轻干部的冲劲。”他说。';
  assert.deepEqual(
    punct(page(split)).filter((f) => f.ruleId === 'NP402'),
    [],
  );
  const multi = '他说：“第一段没有结束。\n\n“第二段接着说，最后结束。”';
  assert.deepEqual(
    punct(page(multi)).filter((f) => f.ruleId === 'NP402'),
    [],
  );
});

test('a mark opened in one paragraph and closed in a later one of the article pairs: verse a line a paragraph, a note over two paragraphs', () => {
  const verse = page('他唱起了山歌：\n\n“小小马儿修雄鬃，\n\n心想带妹路不通。\n\n哪天哪日路通了，\n\n把妹带着耍昭通……”\n\n云南昭通，大山包红旗梁子。');
  assert.deepEqual(
    punct(verse)
      .filter((f) => f.ruleId === 'NP402')
      .map((f) => f.message),
    [],
  );
  const note = page('第二十二条  本法自公布之日起施行。\n\n（注1：本表所称全年应纳税所得额是指依照本法第六条的规定计算。\n\n注2：非居民个人取得工资、薪金所得，依照本表按月换算后计算应纳税额。）');
  assert.deepEqual(
    punct(note)
      .filter((f) => f.ruleId === 'NP402')
      .map((f) => f.message),
    [],
  );
  // Opened and never closed anywhere in the article: still reported.
  assert.equal(punct(page('他唱起了山歌：\n\n“小小马儿修雄鬃，\n\n心想带妹路不通。')).filter((f) => f.ruleId === 'NP402').length, 1);
});

test('顿号 between quoted items or titles goes, unless a bracketed note stands between', () => {
  const text = page('要抓好“初心使命”、“方向道路”，学习《史记》、《汉书》和《条例》（草案）、《办法》。');
  const found = punct(text).filter((f) => f.ruleId === 'NP403');
  assert.equal(found.length, 2);
  assert.equal(fixed(text), page('要抓好“初心使命”“方向道路”，学习《史记》《汉书》和《条例》（草案）、《办法》。'));
});

test('the 顿号 stays where words stand between the items; two items with words after the second leave it open', () => {
  const np403 = (body: string) => punct(page(body)).filter((f) => f.ruleId === 'NP403');
  assert.deepEqual(np403('“潇湘八景”的“江天暮雪”、“西湖十景”的“断桥残雪”都很美。'), []);
  assert.deepEqual(np403('《人民报》、“霍瓦尔”国家通讯社报道。'), []);
  assert.deepEqual(
    np403('坚持“一国两制”、“港人治港”、“澳人治澳”方针。').map((f) => f.severity),
    ['warning', 'warning'],
    'three items: the shared head',
  );
  const open = np403('举办“大学生创客秀”、“青年红色筑梦之旅”活动成果展。');
  assert.deepEqual(
    open.map((f) => f.severity),
    ['hint'],
  );
  assert.equal(open[0].fixes[0].preferred, false);
  assert.equal(fixed(page('举办“大学生创客秀”、“青年红色筑梦之旅”活动成果展。')), page('举办“大学生创客秀”、“青年红色筑梦之旅”活动成果展。'), 'fix-all leaves an open case alone');
});

test('a closing mark at a line start inside a paragraph betrays a bad wrap', () => {
  const text = page('协同开展技术攻关\n，共同开发教学资源。');
  const found = punct(text).filter((f) => f.ruleId === 'NP404');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].start, found[0].end), '，');
});

test('an opening mark at a line end inside a paragraph betrays a bad wrap; at a line start it is where print puts it', () => {
  const text = page('协同开展技术攻关，他在会上说：“我们要\n加强合作，共同开发教学资源。”');
  const found = punct(text).filter((f) => f.ruleId === 'NP404');
  assert.deepEqual(found, []);
  const bad = page('协同开展技术攻关，他在会上说：“\n我们要加强合作，共同开发教学资源。”');
  const [f, ...rest] = punct(bad).filter((x) => x.ruleId === 'NP404');
  assert.deepEqual(rest, []);
  assert.equal(bad.slice(f.start, f.end), '“');
  assert.equal(f.range.start.line, 2);
  // An indented line is read from its first mark, and the finding covers that mark exactly.
  const indented = page('协同开展技术攻关，共同推进\n\u3000\u3000，共同开发教学资源。');
  const [i] = punct(indented).filter((x) => x.ruleId === 'NP404');
  assert.equal(indented.slice(i.start, i.end), '，');
  assert.equal(indented[i.start - 1], '\u3000');
  // A paragraph may open on a mark (an omission, `……`): only breaks inside it count, not its first line.
  assert.deepEqual(
    punct(page('……他说，这是最好的时代，\n也是奋斗者的时代。')).filter((x) => x.ruleId === 'NP404'),
    [],
  );
  // The last line of a paragraph may end as it likes: only breaks inside the paragraph count (a
  // paragraph that ends on `“` was split, which is NP102's to say).
  const split = page('协同开展技术攻关，共同开发教学资源，\n他在会上说：“\n\n我们要加强合作。”');
  assert.equal(parsePage(new SourceText(split)).elements.find((e) => e.kind === 'paragraph')?.lastLine, 3, 'a paragraph of two lines');
  assert.deepEqual(
    punct(split).filter((x) => x.ruleId === 'NP404'),
    [],
  );
});

test('NP404 names the mark it found, at either edge', () => {
  const [start] = punct(page('协同开展技术攻关\n）共同开发教学资源。')).filter((f) => f.ruleId === 'NP404');
  assert.match(start.message, /begins with “）”/u);
  const [end] = punct(page('协同开展技术攻关《\n共同开发教学资源》。')).filter((f) => f.ruleId === 'NP404');
  assert.match(end.message, /ends with “《”/u);
});

test('document numbers take 〔 〕', () => {
  const text = seed('000').text;
  const [f] = punct(text).filter((x) => x.ruleId === 'NP405');
  assert.equal(applyEdits(text, f.fixes[0].edits).split('\n')[48], '〔十八届〕第16号');
});

test('mixed styles in one file: one finding with the counts', () => {
  const text = page('本报讯(记者 张三)今天,天气很好。\n\n他说，明天也会很好。\n\n她说，后天也一样。');
  const found = punct(text).filter((f) => f.ruleId === 'NP406');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /1 paragraph\(s\) use half-width marks, 2 use full-width/);
  // A paragraph opening with an astral character (the fuzz suite found this): the mark covers it whole.
  const astral = punct(page('𠮷说(记者 张三)今天,天气很好。\n\n他说，明天也会很好。')).find((f) => f.ruleId === 'NP406')!;
  assert.equal(astral.end - astral.start, 2);
});

test('seeds: 000–002 convert and, after fix-all, have no half-width mark left; 003 and 004 (already full-width) have nothing to fix and no false pairing alarms', () => {
  for (const prefix of ['000', '001', '002']) {
    const { text } = seed(prefix);
    assert.ok(
      punct(text).some((f) => f.ruleId === 'NP401'),
      prefix,
    );
    // Neither the paragraph findings nor the hints of single spots: every mark was converted.
    assert.deepEqual(
      punct(fixed(text)).filter((f) => f.ruleId === 'NP401'),
      [],
      prefix,
    );
  }
  for (const prefix of ['003', '004']) {
    const { text } = seed(prefix);
    assert.deepEqual(
      punct(text).map((f) => `${f.ruleId} ${f.message}`),
      [],
      prefix,
    );
    assert.equal(fixed(text), text);
  }
});

test('property: conversion changes only listed marks, each to its full-width form; fix-all is idempotent', () => {
  const pieces = [
    '永川',
    '区',
    '2.6',
    '12:00',
    '1,000',
    '5G+',
    'CXO',
    '(',
    ')',
    ',',
    ';',
    ':',
    '?',
    '!',
    '.',
    '"',
    "'",
    '。',
    '“',
    '”',
    ' ',
    '\n',
    'App',
    '《史记》',
    '、',
    'https://a.b/c,d',
    'p.toString()',
    '&quot;',
    ';-)',
    "don't",
  ];
  const MAP: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。', '"': '“”', "'": '‘’' };
  // Only the conversion rule: NP403 and NP405 repair other things (a 顿号 removed, a bracket shape) and have their own tests.
  const onlyNp401 = { families: ['punctuation' as const], rules: { NP403: { enabled: false }, NP405: { enabled: false } } };
  const convert = (t: string) => fixAll(t, onlyNp401).text;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = page(parts.join(''));
      const out = convert(text);
      assert.equal(out.length, text.length);
      for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) assert.ok(MAP[text[i]]?.includes(out[i]), `position ${i}: “${text[i]}” → “${out[i]}”`);
      assert.equal(convert(out), out);
    }),
    { numRuns: Number(process.env.NEWSPRINT_PROPERTY_RUNS ?? 200) },
  );
});

test('NP402’s quick balance test agrees with its full reading on any string of marks and text', () => {
  const pieces = ['“', '”', '‘', '’', '（', '）', '《', '》', '(', ')', '【', '】', '「', '」', '〔', '〕', '字', '，', '"'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      assert.equal(marksBalanced(text, 0, text.length), pairingProblems(text, 0, text.length, false).length === 0, text);
    }),
    { numRuns: 3000 },
  );
});
