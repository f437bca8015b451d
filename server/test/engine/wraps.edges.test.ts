// The wrap rules one branch at a time, on paragraphs built to a width in cells: which wrapped
// paragraphs NP101 reads as set in one column, and what NP105 takes for a cut number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, SourceText } from '../../src/engine';
import { aroundBreak, hyphenationAt, joiner, showBreak } from '../../src/engine/rules/wraps/breaks';
import { loadJieba } from '../../src/jieba';
import { line } from './widths';

const np101 = (lines: string[]) =>
  review(`## 标题行\n\n${lines.join('\n')}\n`, { families: ['wraps'] })
    .findings.filter((f) => f.ruleId === 'NP101')
    .map((f) => f.message);

test('NP101: narrow lines are a column however uneven; wider ones only within two and a half cells of their median, the last no wider', () => {
  assert.deepEqual(np101([line(20), line(12), line(20), line(8, '。')]), ['Paragraph hard-wrapped over 4 lines at 20 characters: reflow it to one line.']);
  assert.equal(np101([line(20), line(30), line(20), line(10, '。')]).length, 1);
  assert.equal(np101([line(24), line(24), line(23), line(10, '。')]).length, 1);
  assert.equal(np101([line(24), line(26.5), line(24), line(10, '。')]).length, 1);
  assert.deepEqual(np101([line(24), line(27), line(24), line(10, '。')]), []);
  assert.equal(np101([line(24), line(24), line(24), line(26.5, '。')]).length, 1);
  assert.deepEqual(np101([line(24), line(24), line(24), line(27, '。')]), []);
});

test('NP101 names the column width up to thirty cells', () => {
  assert.deepEqual(np101([line(30), line(30), line(30), line(10, '。')]), ['Paragraph hard-wrapped over 4 lines at 30 characters: reflow it to one line.']);
  assert.deepEqual(np101([line(31), line(31), line(31), line(10, '。')]), ['Paragraph hard-wrapped over 4 lines: reflow it to one line.']);
});

const np106 = (text: string) =>
  review(text, { families: ['wraps'] })
    .findings.filter((f) => f.ruleId === 'NP106')
    .map((f) => f.message);
const body = (b: string) => np106(`## 标题行\n\n${b}\n`);

test('NP106 in body text: a space beside a figure or between Chinese characters, unless a slogan, a title or a note in brackets shelters it', () => {
  assert.deepEqual(body('今年以来，全区新增企业 36家。'), ['Stray space between a figure and a Chinese character: “新增企业␣36家。”.']);
  assert.deepEqual(body('今年以来，全区上下 狠抓落实。'), ['Stray space between Chinese characters: “全区上下␣狠抓落实”.']);
  assert.deepEqual(body('提出“爱上涪陵 岂止榨菜”的口号。'), []);
  assert.equal(body('他说“我们要 加强合作，推动发展”。').length, 1);
  // Twenty-four characters in quotation marks may be a slogan; longer is speech.
  assert.deepEqual(body('他说“我们要加强合作推动发展再上新台阶取得 新成效真好”。'), []);
  assert.equal(body('他说“我们要加强合作推动发展再上新台阶取得 新成效真好啊”。').length, 1);
  assert.deepEqual(body('印发《中国人民银行 国家外汇管理局关于进一步加强跨境资金流动管理有关问题的通知》。'), []);
  assert.deepEqual(body('会议（经省人大常委会通过 并予以公布）结束。'), []);
  assert.equal(body('会议（会议通过。 予以公布）结束。').length, 1);
});

test('NP106 leaves the spaces layout puts in body text on purpose, and not a space inside a dateline', () => {
  for (const b of [
    '第十五条 车辆管理应当规范。',
    '第一百二十三条 车辆管理应当规范。',
    '本报讯 记者张三报道，全区召开会议。',
    '李红英　　北方民族大学教授。',
    '5　悬挂流苏。',
    '会上，市委书记 王小明说，全区干部参加会议。',
    '【汉书】 【后汉书】都是史书。',
    '新增企业 36家，总数228家。',
  ]) {
    assert.deepEqual(body(b), [], b);
  }
  // A number opening the paragraph before its unit is no label; a name must end where the role's clause does.
  assert.equal(body('5 个项目已开工。').length, 1);
  assert.equal(body('会上，市委书记 王小明表示，全区干部参加会议。').length, 1);
  assert.deepEqual(body('本报北京2月 9日电  记者从教育部获悉，会议召开。'), ['Stray space between a figure and a Chinese character: “北京2月␣9日电 ”.']);
});

test('NP106 in display lines and titles: only a space inside a figure, or the spaces of line breaks in a long title', () => {
  assert.deepEqual(body('今年以来全区新增企业 36家，总数228家'), []);
  assert.equal(body('今年以来全区新增企业 36家，总数228家。').length, 1);
  assert.deepEqual(body('亮点12 月'), ['Stray space between a figure and a Chinese character: “亮点12␣月”.']);
  // The space after a Markdown heading's # is the heading's own: removing it would unmake the heading.
  assert.deepEqual(np106('# 以干部敢为善为拼出发展新活力推动 高质量发展再上新台阶取得新成效 全区上下\n\n今天，天气很好。\n'), [
    'Stray space where the title’s line breaks were: “活力推动␣高质量发”.',
    'Stray space where the title’s line breaks were: “得新成效␣全区上下”.',
  ]);
});

const segmenter = loadJieba();
const BODY = '文章指出，生态文明建设是关系中华民族永续发展的根本大计，要自觉把经济社会发展同生态文明建设统筹起来。';
/** NP102's findings, `h` for a hint and `w` for a warning. */
const np102 = (text: string) =>
  review(text, { segmenter })
    .findings.filter((f) => f.ruleId === 'NP102')
    .map((f) => (f.severity === 'hint' ? 'h' : 'w'));
/** Lead sentences a commentary sets as lines of their own: wider than a subhead (30 cells), no wider than 40. */
const LEAD1 = '观照历史走向的规律，才能更好应对时代要求和社会变迁带来的新挑战与新机遇';
const LEAD2 = '从历史的风云中汲取智慧，才能在新时代走得更稳更远更加坚定自信从容';
const withLeads = (first: string) => `标题\n\n${BODY}\n\n${first}\n\n${BODY}\n\n${LEAD2}\n\n${BODY}\n`;

test('NP102: an article with two lead lines or more leaves each break after one open; one lead line alone is a cut paragraph', () => {
  assert.deepEqual(np102(withLeads(LEAD1)), ['h', 'h']);
  assert.deepEqual(np102(`标题\n\n${BODY}\n\n${LEAD1}\n\n${BODY}\n`), ['w']);
  // Another cut in the same article, after a paragraph that is no lead line, stays a warning.
  assert.deepEqual(np102(`${withLeads(LEAD1)}\n今天是春运首日，旅客们纷纷\n踏上回家路\n\n车站里人潮涌动，秩序井然。\n`), ['h', 'h', 'w']);
  // Not a lead line: wider than 40 cells, ending on a pause, opening on a connective, set over two lines.
  for (const first of [LEAD1 + LEAD1, `${LEAD1}，`, `此外，${LEAD1}`, `${LEAD1.slice(0, 17)}\n${LEAD1.slice(17)}`]) {
    assert.ok(!np102(withLeads(first)).includes('h'), first);
  }
});

test('NP102 under a heading: a piece with a sentence end in it, or a dateline, is a cut paragraph', () => {
  assert.deepEqual(np102('春运的温度\n\n今天是春运首日。旅客们纷纷踏上回家的路途和归途\n\n车站里人潮涌动，秩序井然。\n'), ['w']);
  assert.deepEqual(np102('春运的温度\n\n本报讯（记者 王小明）旅客们纷纷踏上回家的路途和归途\n\n车站里人潮涌动，秩序井然。\n'), ['w']);
});

test('NP102 on a paragraph cut in two: verse, an open quotation, a last word that wants more, a dash', () => {
  const pair = (a: string, b: string) => np102(`标题\n\n${BODY}\n\n${a}\n\n${b}\n`);
  // Two short lines, the second closing a sentence, may be a couplet; a long second part is a cut paragraph.
  assert.deepEqual(pair('漫漫归乡路，', '自驾不再怵。'), ['h']);
  assert.deepEqual(pair('漫漫归乡路，', '自驾不再怵，高速公路四通八达，回家之路越走越顺。'), ['w']);
  // A quotation opened before the break runs on only if it closes after it.
  assert.deepEqual(pair('会上，他说“我们要坚持', '推进改革”，走好新时代的长征路。'), ['w']);
  assert.deepEqual(pair('会上，他说“我们要坚持', '推进改革，走好新时代的长征路。'), ['h']);
  // `了` ends a sentence as often as not: no evidence that it runs on.
  assert.deepEqual(pair('冬去春来，春天来了', '大地一片生机，万物复苏，田野里到处是忙碌的身影。'), ['h']);
  // A lead-in ending on a dash introduces what follows.
  assert.deepEqual(pair('记者采访了，云南玉溪顾芸——', '买上鲜花过大年，心情好。'), []);
});

test('joining a break: a space only between two Latin words, none inside an acronym', () => {
  assert.equal(joiner('Hello', 'World'), ' ');
  assert.equal(joiner('big', 'DATA'), ' ');
  assert.equal(joiner('DATA', 'big'), ' ');
  assert.equal(joiner('CD', 'MO'), '');
  assert.equal(joiner('全区', 'App'), '');
  assert.equal(joiner('App', '下载'), '');
});

test('a hyphen at a break goes only when the word without it is attested at least as often', () => {
  const at = (text: string) => {
    const source = new SourceText(text);
    const leftEnd = text.indexOf('-\n') + 1;
    return hyphenationAt(source, { leftEnd, rightStart: leftEnd + 1, blank: false });
  };
  assert.deepEqual(at('临床CRO、CD-\nMO以及MAH'), { hyphened: 'CD-MO', joined: 'CDMO', evidence: false });
  assert.deepEqual(at('临床CRO、CD-\nMO以及CDMO'), { hyphened: 'CD-MO', joined: 'CDMO', evidence: true });
  assert.deepEqual(at('Wi-Fi网络、Wi-\nFi热点'), { hyphened: 'Wi-Fi', joined: 'WiFi', evidence: false });
  assert.deepEqual(at('WiFi网络、Wi-Fi、Wi-Fi、Wi-\nFi热点'), { hyphened: 'Wi-Fi', joined: 'WiFi', evidence: false });
  assert.deepEqual(at('WiFi网络、Wi-Fi、Wi-\nFi热点'), { hyphened: 'Wi-Fi', joined: 'WiFi', evidence: true });
  assert.equal(at('全区-\n全市'), undefined);
  assert.equal(at('全区CD-\n全市'), undefined);
});

test('a break shown in a message: six characters a side, whole characters, within their lines', () => {
  const text = '第一行\n全区上下狠抓落实各项工作取得\n明显成效新认定高新技术企业\n末行';
  const source = new SourceText(text);
  const leftEnd = text.indexOf('\n明');
  assert.equal(showBreak(source, { leftEnd, rightStart: leftEnd + 1, blank: false }), '各项工作取得|明显成效新认');
  assert.equal(showBreak(source, { leftEnd, rightStart: leftEnd + 1, blank: false }, 3), '作取得|明显成');
  const astral = '第一行𠮷𠮷\n𠮷𠮷末行';
  const end = astral.indexOf('\n');
  assert.equal(showBreak(new SourceText(astral), { leftEnd: end, rightStart: end + 1, blank: false }, 2), '𠮷𠮷|𠮷𠮷');
  assert.deepEqual(aroundBreak(astral, { leftEnd: end, rightStart: end + 1, blank: false }), { start: end - 2, end: end + 3 });
  assert.deepEqual(aroundBreak(text, { leftEnd, rightStart: leftEnd + 1, blank: false }), { start: leftEnd - 1, end: leftEnd + 2 });
});

test('NP103: a caption, credit, banner or fragment between the halves of a sentence, named once each; pieces of a cut word joined', () => {
  const np103 = (...parts: string[]) =>
    review(`标题\n\n${BODY}\n\n${parts.join('\n\n')}\n`, { segmenter })
      .findings.filter((f) => f.ruleId === 'NP103')
      .map((f) => f.message);
  // Longer than a subhead (30 cells), so that the first half cannot stand alone.
  const first = '为做好考前心理辅导工作，缓解学生的紧张情绪，永川区教委联合各校并成立了';
  const second = '永川区心理健康教育中心教研组，组织学生进行考前放松。';
  const shown = '各校并成立了|永川区心理健';
  assert.deepEqual(np103(first, '（张三摄）', second), [`Sentence split by a photo credit (“（张三摄）”): ${shown}. Move it out and join the sentence.`]);
  const caption = '心理教研组组织学生进行考前放松(永川区教委供图)';
  const moved = `Sentence split by a caption (“${caption.slice(0, 20)}”): ${shown}. Move it out and join the sentence.`;
  assert.deepEqual(np103(first, caption, second), [moved]);
  // Two captions are named once; a caption and a credit each.
  assert.deepEqual(np103(first, caption, '学生们在操场上做游戏（李四摄）', second), [moved]);
  assert.deepEqual(np103(first, caption, '（李四摄）', second), [moved.replace('a caption', 'a caption and a photo credit')]);
  assert.deepEqual(np103(first, '外', '媒', second), [`Sentence split by a layout fragment (“外”): ${shown}. Move it out and join the sentence.`]);
  // A banner between halves only where the words run on across it; nothing where the first half ends on a colon.
  assert.deepEqual(np103(first, '\u3000\u3000新春走基层', second), []);
  assert.equal(np103(first.replace(/并成立了$/u, '成立的'), '\u3000\u3000新春走基层', '心理健康教育中心教研组，组织学生进行考前放松。').length, 1);
  assert.deepEqual(np103(`${first}：`, '（张三摄）', second), []);
  // One-character fragments that are pieces of a word cut on either side.
  assert.deepEqual(np103('今年以来，全市重点推进重庆市', '永', '川区的发展，效果很好。'), ['Sentence cut into pieces by blank lines: 点推进重庆市|永 … 永|川区的发展，. Join the pieces.']);
  assert.deepEqual(np103('今年以来，全市重点推进重庆市永', '川', '区的发展，效果很好。'), ['Sentence cut into pieces by blank lines: 推进重庆市永|川 … 川|区的发展，效. Join the pieces.']);
});

test('NP104 prefers keeping the hyphen, and dropping it where the joined word occurs elsewhere', () => {
  const np104 = (b: string) =>
    review(`## 标题行\n\n${b}\n`, { families: ['wraps'] })
      .findings.filter((f) => f.ruleId === 'NP104')
      .map((f) => `${f.message} | ${f.fixes.map((x) => `${x.title}${x.preferred ? '*' : ''}`).join(' ; ')}`);
  assert.deepEqual(np104('临床CRO、CD-\nMO以及MAH等企业正在发展，效果很好。'), [
    '“CD-MO” is hyphenated across a line break (RO、CD-|MO以及MA). | Join as CD-MO (keep the hyphen)* ; Join as CDMO (drop the wrap hyphen)',
  ]);
  assert.deepEqual(np104('临床CRO、CD-\nMO以及CDMO等企业正在发展，效果很好。'), [
    '“CD-MO” is hyphenated across a line break (RO、CD-|MO以及CD); “CDMO” occurs elsewhere. | Join as CDMO (drop the wrap hyphen)* ; Join as CD-MO (keep the hyphen)',
  ]);
});
