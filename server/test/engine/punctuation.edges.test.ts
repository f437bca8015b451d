// The punctuation rules one condition at a time: each row on one side of one branch, so that a
// branch turned the other way fails a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, review, SourceText } from '../../src/engine';
import type { Element } from '../../src/engine/model/page';
import { bracketPairs, convertible, quotePairs } from '../../src/engine/rules/punctuation/context';
import { halfWidthEdits } from '../../src/engine/rules/punctuation/halfWidth';
import { marksBalanced, pairingProblems } from '../../src/engine/rules/punctuation/pairs';

const page = (body: string) => `## 标题行\n\n${body}\n`;
const found = (text: string, rule: string) => review(text, { families: ['punctuation'] }).findings.filter((f) => f.ruleId === rule);
/** NP403 on one paragraph, a word per finding: `bare` (a warning whose fix is preferred) or `open` (a hint); `-` for none. */
function np403(body: string): string {
  const fs = found(page(body), 'NP403');
  const kind = (f: (typeof fs)[number]) => (f.severity === 'hint' ? (assert.equal(f.fixes[0].preferred, false), 'open') : (assert.equal(f.fixes[0].preferred, true), 'bare'));
  return fs.length ? fs.map(kind).join(' ') : '-';
}

test('NP403: a 顿号 between two items of one kind goes when the list or the clause goes on after them', () => {
  for (const after of [
    '',
    '、其他书',
    '，',
    '。',
    '；',
    '：',
    '！',
    '？',
    ',',
    ';',
    ':',
    '!',
    '?',
    '）',
    ')',
    '和《后汉书》',
    '与《后汉书》',
    '及《后汉书》',
    '以及《后汉书》',
    '或《后汉书》',
    '等书',
    '等',
  ]) {
    assert.equal(np403(`他读了《史记》、《汉书》${after}`), 'bare', after);
  }
  assert.equal(np403('他说“初心使命”、“方向道路”'), 'bare');
});

test('NP403: it stays between items of two kinds, after a note in brackets, before 的, and where no item closes', () => {
  assert.equal(np403('《人民报》、“霍瓦尔”国家通讯社报道。'), '-');
  assert.equal(np403('《人民报》、“霍瓦尔”通讯社与《参考消息》报道。'), '-');
  assert.equal(np403('《草案》（征求意见稿）、《条例》已公布。'), '-');
  assert.equal(np403('“潇湘八景”、“江天暮雪”的画面。'), '-');
  assert.equal(np403('他读了《史记》、《汉书'), '-');
});

test('NP403: words after the last item are the shared head of three items, an open question after two', () => {
  assert.equal(np403('坚持“一国两制”、“港人治港”、“澳人治澳”方针。'), 'bare bare');
  assert.equal(np403('他读过《史记》、《汉书》、《后汉书》三部书。'), 'bare bare');
  assert.equal(np403('“大学生创客秀”、“青年红色筑梦之旅”活动成果展开幕。'), 'open');
  // Three items, but the first not set off by a 顿号: the list before it is not known to be one.
  assert.equal(np403('坚持“一国两制”“港人治港”、“澳人治澳”方针。'), 'open');
});

test('NP403 reads headlines, subtitles and paragraphs, and names what the items are', () => {
  const titled = found('# 《史记》、《汉书》导读\n\n## 《左传》、《国语》选读\n\n今天，我们一起读书。\n', 'NP403');
  assert.deepEqual(
    titled.map((f) => f.range.start.line),
    [0, 2],
  );
  assert.match(titled[0].message, /titles/u);
  const [quoted] = found(page('他说“初心使命”、“方向道路”。'), 'NP403');
  assert.match(quoted.message, /quoted items/u);
  assert.deepEqual(found('## 标题行\n\n图为《史记》、《汉书》展览现场（张三摄）\n\n今天，我们一起读书。\n', 'NP403'), []);
});

const kinds = (text: string, continuesQuote = false, from = 0, to = text.length) =>
  pairingProblems(text, from, to, continuesQuote)
    .map((p) => `${p.kind}@${p.at}`)
    .join(' ');

test('pairingProblems: a mark that closes nothing, one never closed, and marks closed out of order', () => {
  assert.equal(kinds('“他说（好）”'), '');
  assert.equal(kinds('好”'), 'close@1');
  assert.equal(kinds('“好'), 'open@0');
  assert.equal(kinds('“好', true), '');
  assert.equal(kinds('（好', true), 'open@0');
  assert.equal(kinds('“（”）'), 'nest@1 close@3');
  assert.equal(kinds('“‘（”'), 'nest@2');
  // Only the stretch asked about.
  assert.equal(kinds('”“好”“', false, 1, 4), '');
});

test('marksBalanced agrees with pairingProblems', () => {
  for (const t of ['“他说（好）”', '好”', '“好', '“（”）', '《》《', '']) assert.equal(marksBalanced(t, 0, t.length), kinds(t) === '', t);
});

test('NP402: a quotation that goes on in the next paragraph, a mark closed in a later paragraph, and what is never reported', () => {
  const np402 = (body: string) => found(page(body), 'NP402').map((f) => f.message);
  assert.deepEqual(np402('他说：“第一，要抓好项目建设。\n\n“第二，要抓好招商引资。”'), []);
  assert.equal(np402('他说：“第一，要抓好项目建设。\n\n第二，要抓好招商引资。').length, 1);
  // Verse quoted a line a paragraph: opened in the first, closed in the last.
  assert.deepEqual(np402('“小小马儿修雄鬃，\n\n把妹带着耍昭通……”'), []);
  // The closing mark pairs with the last mark of its kind left open; the first stays reported.
  assert.deepEqual(
    found(page('他说：“第一。\n\n他又说：“第二。\n\n完。”'), 'NP402').map((f) => f.range.start.line),
    [2],
  );
  // Only a paragraph opening on “ goes on with the quotation: a caption does not.
  assert.equal(np402('他说：“第一，要抓好项目建设。\n\n“新春走基层”活动现场（张三摄）').length, 1);
  // Marks in a caption are read for pairing, never reported.
  assert.deepEqual(found('## 标题行\n\n图为“新春走基层活动现场（张三摄）\n\n今天，我们一起读书。\n', 'NP402'), []);
});

/** NP401's paragraph findings on a page: each as its message. */
const np401 = (text: string, cornerQuotes?: boolean) =>
  review(text, { families: ['punctuation'], rules: cornerQuotes === undefined ? {} : { NP401: { options: { cornerQuotes } } } })
    .findings.filter((f) => f.ruleId === 'NP401' && f.severity !== 'hint')
    .map((f) => f.message);

test('NP401 reads the copy and its display lines, not the page furniture', () => {
  assert.equal(np401('# 标题,副题\n\n## 副题,说明\n\n今天,天气很好。\n').length, 3);
  assert.equal(np401('## 标题行\n\n今天，天气很好。\n\n(记者 张三 摄)\n').length, 1);
  assert.equal(np401('## 标题行\n\n今天，天气很好。\n\n(2022年12月20日重庆市人大常委会主任会议通过)\n').length, 1);
  assert.equal(np401('## 标题行\n\n今天，天气很好。\n\n新春走基层(张三摄)\n').length, 1);
  assert.deepEqual(np401('## 标题行\n\n今天，天气很好。\n\n责任编辑:张三\n'), []);
});

test('NP401 counts marks and corner quotes in one message, one or several', () => {
  assert.deepEqual(np401(page('今天,天气很好。')), ['1 half-width mark in Chinese text (,→，).']);
  assert.deepEqual(np401(page('今天,天气很好,真好。')), ['2 half-width marks in Chinese text (,→， ×2).']);
  assert.deepEqual(np401(page('他说：「好」,对。')), ['3 marks to convert in Chinese text, 2 of them corner quotes (「→“, 」→”, ,→，).']);
  assert.deepEqual(np401(page('他说：「好」。')), ['2 marks to convert in Chinese text, 2 of them corner quotes (「→“, 」→”).']);
  assert.deepEqual(np401(page('他说：「好」。'), false), []);
  assert.deepEqual(np401(page('他说：「好」,对。'), false), ['1 half-width mark in Chinese text (,→，).']);
  assert.deepEqual(np401(page('他说：『好』。')), ['2 marks to convert in Chinese text, 2 of them corner quotes (『→‘, 』→’).']);
});

test('NP401 leaves marks inside code, URLs and file names, brackets and quotes included', () => {
  assert.deepEqual(np401(page('调用foo(a, b)方法，详见report.pdf。')), []);
  assert.deepEqual(np401(page('配置项为data-x="值"，请勿修改。')), []);
  assert.deepEqual(np401(page('他说"好"，对。')), ['2 half-width marks in Chinese text ("→“, "→”).']);
  assert.deepEqual(np401(page('新领先(重庆)公司成立。')), ['2 half-width marks in Chinese text ((→（, )→）).']);
});

test('NP401 looks past spaces and tabs for a Chinese neighbour, pairs only brackets that both stand, and skips an apostrophe inside a word', () => {
  assert.deepEqual(np401(page('点击App,\t下载。')), ['1 half-width mark in Chinese text (,→，).']);
  assert.deepEqual(np401(page('点击App,\nDownload')), []);
  assert.deepEqual(np401(page('1)规定如下。')), []);
  assert.deepEqual(np401(page("他读了'Tom'的书。")), ["2 half-width marks in Chinese text ('→‘, '→’)."]);
  assert.deepEqual(np401(page("他读了Tom's书。")), []);
  assert.deepEqual(np401(page('会议于12:00开始，共1,000人参加，增长2.6%。')), []);
  assert.deepEqual(np401(page('好...')), []);
});

test('NP401 protects a call that opens the paragraph, a name ending on a digit included, and a URL that swallows a closing mark', () => {
  assert.deepEqual(np401(page('foo(a,b)函数返回。')), []);
  assert.deepEqual(np401(page('f1(a,b)函数返回。')), []);
  // The URL runs to the closing mark: the pair is left alone, neither half converted.
  assert.deepEqual(np401(page('页面(详见http://a.cn/x)。')), []);
  assert.deepEqual(np401(page('他说"详见http://a.cn/x"。')), []);
  assert.deepEqual(np401(page('详见http://a.cn/?q=1,2。')), []);
});

test('NP401 pairs a bracket typed in the other width, and converts a pair only where it holds or touches Chinese', () => {
  assert.deepEqual(np401(page('本报讯（记者王政)日前，会议召开。')), ['1 half-width mark in Chinese text ()→）).']);
  assert.deepEqual(np401(page('本报讯(记者王政）日前，会议召开。')), ['1 half-width mark in Chinese text ((→（).']);
  // Latin or digits on both sides and none inside: not Chinese text. A full-width mark inside is not enough either.
  assert.deepEqual(np401(page('第1(a)2项。')), []);
  assert.deepEqual(np401(page('第1(“a”)2项。')), []);
  assert.deepEqual(np401(page('第1"a"2项。')), []);
});

test('NP401 skips a single quote between two Latin letters (an apostrophe), never a double one, and counts the rest', () => {
  assert.deepEqual(np401(page("他说：'I don't know'。")), ["2 half-width marks in Chinese text ('→‘, '→’)."]);
  assert.deepEqual(np401(page('他说"abc"def"中文"。')), ['4 half-width marks in Chinese text ("→“ ×2, "→” ×2).']);
  // Quotes at the very ends of the text: no character beyond them, so no letter.
  assert.deepEqual(quotePairs("'a中'", 0, 4), [[0, 3, '‘', '’']]);
  assert.deepEqual(quotePairs("'中a'", 0, 4), [[0, 3, '‘', '’']]);
  // Only what lies before `to` is read.
  assert.deepEqual(quotePairs('"中"', 0, 2), []);
  assert.deepEqual(bracketPairs('(中文)', 0, 3), []);
});

test('NP401: a mark is Chinese text by its nearest neighbour past spaces, the first character of the text included', () => {
  assert.equal(convertible('中,', 1), true);
  assert.equal(convertible('中 ,a', 2), true);
  assert.equal(convertible('a ,b', 2), false);
});

test('NP401: subheads are checked; the finding sits at the paragraph’s first mark; a hint converts its one mark; one corner quote is one mark', () => {
  const text = '# 标题\n\n今年以来，全区上下狠抓落实，各项工作取得明显成效。\n\n加快推进乡村振兴(上)\n\n全区新认定高新技术企业42家，科技型企业总数达到六百余家。\n';
  assert.equal(parsePage(new SourceText(text)).elements[2].kind, 'subhead');
  assert.deepEqual(np401(text), ['2 half-width marks in Chinese text ((→（, )→）).']);
  const all = review(page('本报讯(记者 钟梅)12月19日,记者获悉。'), { families: ['punctuation'] }).findings.filter((f) => f.ruleId === 'NP401');
  const [first, ...spots] = all;
  assert.equal(first.range.start.character, 3);
  assert.deepEqual(
    spots.map((s) => [s.range.start.character, s.fixes[0].edits.map((e) => e.newText).join('')]),
    [
      [3, '（'],
      [9, '）'],
      [16, '，'],
    ],
  );
  assert.deepEqual(np401(page('他说「好')), ['1 mark to convert in Chinese text, 1 of them corner quotes (「→“).']);
});

test('NP401 edits stay inside the element they are asked for', () => {
  const source = new SourceText('中,,中');
  const at = (end: number) => halfWidthEdits(source, { kind: 'paragraph', start: 0, end } as Element).map((e) => e.start);
  assert.deepEqual(at(2), [1]);
  assert.deepEqual(at(4), [1, 2]);
});

test('NP406 counts body paragraphs only, a paragraph with marks of both widths in neither count, and corner quotes as no half-width mark', () => {
  const np406 = (text: string) => found(text, 'NP406').map((f) => [f.message, f.end - f.start]);
  const one = 'Punctuation styles are mixed in this file: 1 paragraph(s) use half-width marks, 1 use full-width marks.';
  assert.deepEqual(np406(page('今天,天气很好。\n\n他说：好。')), [[one, 1]]);
  assert.deepEqual(np406('## 北京,上海\n\n他说：好。\n'), []);
  assert.deepEqual(np406(page('今天,天气很好。\n\n他说好。')), []);
  assert.deepEqual(np406(page('今天,天气很好。\n\n他说,好，吗。')), []);
  assert.deepEqual(np406(page('今天,天气很好。\n\n他说：「好」。')), [[one, 1]]);
});
