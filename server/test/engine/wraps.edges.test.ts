// The wrap rules one branch at a time, on paragraphs built to a width in cells: which wrapped
// paragraphs NP101 reads as set in one column, and what NP105 takes for a cut number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fallbackSegmenter, parsePage, review, RULES, SourceText, type Element, type Segmenter } from '../../src/engine';
import { checkRule } from './ruleCheck';
import { cutKind, isVerseLine, runsOn, splitBetween } from '../../src/engine/rules/wraps/splits';
import { straySpace } from '../../src/engine/rules/wraps/straySpace';
import { reflowArticleFix } from '../../src/engine/rules/wraps/reflowArticle';
import { aroundBreak, articleReflowEdits, hyphenationAt, joinEdit, joiner, showBreak, textBreaks } from '../../src/engine/rules/wraps/breaks';
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
  // Only the characters either side of the break count, and an acronym only when both sides are capitals where they meet.
  assert.equal(joiner('用A的', 'word'), '');
  assert.equal(joiner('word', '的B'), '');
  assert.equal(joiner('the NBA game', 'Over'), ' ');
});

test('joinEdit takes out the break alone: a space between Latin words, the hyphen too where the joined word is attested', () => {
  const joined = (text: string) => {
    const source = new SourceText(text);
    const leftEnd = text.indexOf('\n');
    return applyEdits(text, [joinEdit(source, { leftEnd, rightStart: text.indexOf('\n') + 1 })]);
  };
  assert.equal(joined('他在发布会上说 Hello\nworld 很多次。'), '他在发布会上说 Hello world 很多次。');
  assert.equal(joined('新闻报道NBA\nCBA联赛。'), '新闻报道NBACBA联赛。');
  assert.equal(joined('临床CRO、CDMO企业、CD-\nMO以及MAH'), '临床CRO、CDMO企业、CDMO以及MAH');
  // The right side must begin with the word: a bracket first, and the hyphen is the text's.
  assert.equal(joined('临床CRO、CDMO企业、CD-\n（MO）以及MAH'), '临床CRO、CDMO企业、CD-（MO）以及MAH');
});

test('textBreaks and articleReflowEdits: breaks inside paragraphs and between body paragraphs, in source order, never after a title', () => {
  const text = '标题行\n\n今年以来，全区上下狠抓\n落实，各项工作取得了明\n显成效，新认定高新技术\n\n企业四十二家，科技型企\n业总数达到六百余家。\n';
  const source = new SourceText(text);
  const article = parsePage(source).articles[0];
  const shown = (breaks: { leftEnd: number; rightStart: number }[]) => breaks.map((br) => showBreak(source, br, 2));
  assert.deepEqual(shown(textBreaks(source, article)), ['狠抓|落实', '了明|显成', '技术|企业', '型企|业总']);
  const reflowed = (isSplit: (a: Element) => boolean) => applyEdits(text, articleReflowEdits(source, article, isSplit));
  assert.equal(
    reflowed((a) => a.kind === 'paragraph'),
    '标题行\n\n今年以来，全区上下狠抓落实，各项工作取得了明显成效，新认定高新技术企业四十二家，科技型企业总数达到六百余家。\n',
  );
  assert.equal(
    reflowed(() => false),
    '标题行\n\n今年以来，全区上下狠抓落实，各项工作取得了明显成效，新认定高新技术\n\n企业四十二家，科技型企业总数达到六百余家。\n',
  );
});

test('a hyphen at a break goes only when the word without it is attested at least as often', () => {
  const at = (text: string) => {
    const source = new SourceText(text);
    const leftEnd = text.indexOf('-\n') + 1;
    return hyphenationAt(source, { leftEnd, rightStart: leftEnd + 1 });
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
  assert.equal(showBreak(source, { leftEnd, rightStart: leftEnd + 1 }), '各项工作取得|明显成效新认');
  assert.equal(showBreak(source, { leftEnd, rightStart: leftEnd + 1 }, 3), '作取得|明显成');
  const astral = '第一行𠮷𠮷\n𠮷𠮷末行';
  const end = astral.indexOf('\n');
  assert.equal(showBreak(new SourceText(astral), { leftEnd: end, rightStart: end + 1 }, 2), '𠮷𠮷|𠮷𠮷');
  assert.deepEqual(aroundBreak(astral, { leftEnd: end, rightStart: end + 1 }), { start: end - 2, end: end + 3 });
  assert.deepEqual(aroundBreak(text, { leftEnd, rightStart: leftEnd + 1 }), { start: leftEnd - 1, end: leftEnd + 2 });
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
  // Two fragments that make a word between them.
  assert.deepEqual(np103('今年以来，全市重点推进重庆市', '永', '川', '区的发展，效果很好。'), ['Sentence cut into pieces by blank lines: 点推进重庆市|永 … 川|区的发展，效. Join the pieces.']);
  // A banner after a comma cuts the sentence as surely as words running on.
  assert.equal(np103(`${first.replace(/并成立了$/u, '')}，`, '\u3000\u3000新春走基层', second).length, 1);
});

test('NP103 fixes: pieces of a word joined where they stand; an insert moved, whole, after the paragraph', () => {
  const fixes = (...parts: string[]) => {
    const text = `标题\n\n${BODY}\n\n${parts.join('\n\n')}\n`;
    return review(text, { segmenter })
      .findings.filter((f) => f.ruleId === 'NP103')
      .map((f) => f.fixes.map((x) => `${x.title}: ${applyEdits(text, x.edits).slice(text.indexOf(parts[0]))}`));
  };
  assert.deepEqual(fixes('今年以来，全市重点推进重庆市', '永', '川区的发展，效果很好。'), [['Join the pieces: 今年以来，全市重点推进重庆市永川区的发展，效果很好。\n']]);
  const first = '为做好考前心理辅导工作，缓解学生的紧张情绪，永川区教委联合各校并成立了';
  assert.deepEqual(fixes(first, '（张三摄）', '永川区心理健康教育中心教研组，组织学生进行考前放松。'), [
    [`Move a photo credit after the paragraph and join the sentence: ${first}永川区心理健康教育中心教研组，组织学生进行考前放松。\n\n（张三摄）\n`],
  ]);
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

/** An element as the parser would make it, for the split tests: its lines, its kind, its column width. */
function el(lines: string | string[], kind: Element['kind'] = 'paragraph', columnWidth?: number): Element {
  const list = typeof lines === 'string' ? [lines] : lines;
  const raw = list.join('\n');
  const range = { start: { line: 0, character: 0 }, end: { line: list.length - 1, character: list[list.length - 1].length } };
  return { kind, firstLine: 0, lastLine: list.length - 1, start: 0, end: raw.length, range, raw, text: list.join(''), layout: list.length > 1 ? 'column' : 'reflowed', columnWidth, block: 0 };
}
const split = (left: string | string[] | Element, right: string, seg: Segmenter = fallbackSegmenter) =>
  splitBetween(typeof left === 'object' && !Array.isArray(left) ? left : el(left), el(right), seg);

test('cutKind: a hyphen between Latin letters or digits at the very break; a number cut from its digits or its unit', () => {
  assert.equal(cutKind('CD-', 'MO'), 'hyphen');
  for (const [left, right] of [
    ['Wi-Fi', 'MO'], // the hyphen is not at the break
    ['CD-', '（MO'], // the right side does not begin with the word
    ['的-', 'MO'], // nothing Latin before the hyphen
    ['CD-', '的'],
  ]) {
    assert.equal(cutKind(left, right), undefined, `${left}|${right}`);
  }
  assert.equal(cutKind('共20', '19年'), 'number');
  assert.equal(cutKind('共20', '人'), 'number');
  for (const [left, right] of [
    ['共20', '的'], // neither digits nor a unit after
    ['2019年的', '人'], // no digit at the break
    ['共20', '的人'], // a unit, but not at the break
  ]) {
    assert.equal(cutKind(left, right), undefined, `${left}|${right}`);
  }
});

test('isVerseLine: one line of a paragraph, closed by its mark, up to twenty cells', () => {
  assert.equal(isVerseLine(el(`${'漫'.repeat(19)}。`)), true);
  assert.equal(isVerseLine(el(`${'漫'.repeat(20)}。`)), false);
  assert.equal(isVerseLine(el('漫漫归乡路。', 'subhead')), false);
  assert.equal(isVerseLine(el(['漫漫归乡', '路。'])), false);
  assert.equal(isVerseLine(undefined), false);
});

test('splitBetween at a comma: a verse couplet when both lines are at most twelve cells', () => {
  assert.deepEqual(split(`${'漫'.repeat(11)}，`, `${'自'.repeat(11)}。`), { kind: 'at-comma', open: true });
  assert.deepEqual(split(`${'漫'.repeat(12)}，`, `${'自'.repeat(11)}。`), { kind: 'at-comma' });
  assert.deepEqual(split(`${'漫'.repeat(11)}，`, `${'自'.repeat(12)}。`), { kind: 'at-comma' });
  assert.deepEqual(split('今年以来全区各项工作,', '取得明显成效。'), { kind: 'at-comma', open: true });
  assert.deepEqual(split('今年以来全区城镇、', '乡村各项工作取得明显成效。'), { kind: 'at-comma' });
  assert.deepEqual(split('今年以来全区上下各项工作扎实推进，', '取得明显成效。'), { kind: 'at-comma' });
  assert.deepEqual(split('他表示：', '今年以来全区各项工作取得明显成效。'), { kind: 'after-colon', open: true });
  assert.deepEqual(split('他表示:', '今年以来全区各项工作取得明显成效。'), { kind: 'after-colon', open: true });
});

test('splitBetween: list items in a row, or after a colon, are not a split; each form of item counts, at the start only', () => {
  const items: [string, string][] = [
    ['（一）加强组织领导', '（二）强化责任落实'],
    ['（十一）加强组织领导', '（十二）强化责任落实'],
    ['一、加强组织领导', '二、强化责任落实'],
    ['十一、加强组织领导', '十二、强化责任落实'],
    ['一是加强组织领导', '二是强化责任落实'],
    ['1.加强组织领导', '2.强化责任落实'],
    ['10.加强组织领导', '11.强化责任落实'],
    ['●加强组织领导', '●强化责任落实'],
  ];
  for (const [left, right] of items) assert.equal(split(left, right), undefined, `${left}|${right}`);
  assert.equal(split('主要措施有：', '（一）加强组织领导'), undefined);
  // Not list items: a note in brackets, words before a 顿号, a decimal point, an item mark later in the text.
  for (const right of ['（续）全区各项工作取得明显成效。', '各地、各部门要狠抓落实。', '全年增长1.5个百分点。', '各项工作（一）取得明显成效。']) {
    assert.deepEqual(split('他表示：', right), { kind: 'after-colon', open: true }, right);
  }
  // A list item after a piece that is neither an item nor ends in a colon: still a split.
  assert.equal(split('今年以来，全区各地区各部门', '一是加强组织领导')?.kind, 'mid-sentence');
  assert.equal(split('会上，他说明：全区各地区各部门', '一是加强组织领导')?.kind, 'mid-sentence');
  assert.deepEqual(split('（一）加强组织领导，', '全面落实责任'), { kind: 'at-comma' });
});

test('splitBetween: a lead-in closed by a dash is no split', () => {
  assert.equal(split('记者采访了，云南玉溪顾芸——', '买上鲜花过大年。'), undefined);
  assert.equal(split('记者采访了，云南玉溪顾芸-', '买上鲜花过大年。'), undefined);
});

test('splitBetween: a short piece may stand as a subhead up to thirty cells, unless its last line runs to the column edge', () => {
  const right = '他们说今年各项工作取得明显成效。';
  assert.deepEqual(split('全'.repeat(30), right), { kind: 'mid-sentence', open: true });
  assert.deepEqual(split('全'.repeat(31), right), { kind: 'mid-sentence', runsOn: false });
  assert.deepEqual(split(el(['全'.repeat(12), '全'.repeat(11)], 'paragraph', 12), right), { kind: 'mid-sentence', runsOn: false });
  assert.deepEqual(split(el(['全'.repeat(12), '全'.repeat(10)], 'paragraph', 12), right), { kind: 'mid-sentence', open: true });
});

test('splitBetween after a one-line subhead or headline: only with jieba, a word across the break or words that run on', () => {
  assert.deepEqual(split(el('新领先数字一体化研', 'subhead'), '发服务平台建成。', segmenter), { kind: 'mid-word', word: '研发' });
  assert.deepEqual(split(el('新领先数字一体化研', 'headline'), '发服务平台建成。', segmenter), { kind: 'mid-word', word: '研发' });
  assert.deepEqual(split(el('杨鼎新决赛的对手是', 'subhead'), '时越。', segmenter), { kind: 'mid-sentence' });
  assert.equal(split(el('杨鼎新决赛的对手是', 'subhead'), '时越。'), undefined, 'no jieba');
  assert.equal(split(el(['杨鼎新决赛', '的对手是'], 'subhead'), '时越。', segmenter), undefined, 'two lines');
  assert.equal(split('今年以来全区各项工作取得', '明显成效。')?.kind, 'mid-sentence', 'no jieba: no word');
});

test('runsOn: a last word that wants more or a first word that leans back; without jieba, by characters', () => {
  assert.equal(runsOn('这项工作必须严格按照', '规定执行。', segmenter), true);
  assert.equal(runsOn('全区各类企业以及', '个人都可申报。', segmenter), true);
  assert.equal(runsOn('全区上下狠抓落实', '中国经济稳中向好。', segmenter), false);
  assert.equal(runsOn('全区上下狠抓落实', '后来被派到这里。', segmenter), false);
  assert.equal(runsOn('…脱贫摘帽', '后被派来的干部。', segmenter), true);
  assert.equal(runsOn('我们的', '客户很多。', fallbackSegmenter), true);
  assert.equal(runsOn('我们', '的客户很多。', fallbackSegmenter), true);
  assert.equal(runsOn('我们', '与往年相比有所增加。', fallbackSegmenter), false);
  assert.equal(runsOn('我们', '客户很多。', fallbackSegmenter), false);
  assert.equal(runsOn('极大的激励', '和鼓舞，与往年相比有所提高。', fallbackSegmenter), true);
});

test('NP106 brackets keep their spaces while they hold no sentence end; a quotation only while short and without a clause mark', () => {
  assert.deepEqual(body('该条例（经会议审议，全区上下 一致通过）自即日起施行。'), []);
  assert.deepEqual(body('该条例(经会议审议，全区上下 一致通过)自即日起施行。'), []);
  assert.equal(body('该条例（经会议审议。全区上下 一致通过）自即日起施行。').length, 1);
  // A space before the quotation is not sheltered by it.
  assert.deepEqual(body('今年以来，全区上下 狠抓落实“爱上涪陵 岂止榨菜”。'), ['Stray space between Chinese characters: “全区上下␣狠抓落实”.']);
});

test('NP106: the space after a law article’s number is the convention, only where the paragraph opens with it', () => {
  assert.deepEqual(body('第十五条  从事危险作业的单位应当依法参加工伤保险。'), []);
  assert.deepEqual(body('第3条 从事危险作业的单位应当依法参加工伤保险。'), []);
  assert.equal(body('根据本法第十五条 从事危险作业的单位应当依法参加工伤保险。').length, 1);
});

test('NP106: a short label opening a list entry keeps its space: a padded name, a name with a note in brackets, an item number', () => {
  for (const entry of ['陈  然　　北方民族大学教授，长期从事民族学研究。', '丁莲（女） 云南省农业科学院研究员。', '一、　坚持以人民为中心的发展思想。', '12、 坚持以人民为中心的发展思想。']) {
    assert.deepEqual(body(entry), [], entry);
  }
  // A name with its title, ending the paragraph.
  assert.deepEqual(np106('## 标题行\n\n会上，大家踊跃发言。主持会议的是国家主席 习近平'), []);
  // A padded name at the start of a wrapped line.
  assert.deepEqual(body('今天上午，全区表彰大会隆重召开，获奖代表\n罗 睿\n上台领奖并发言。'), []);
});

test('NP106 names the space with its own line’s words alone, in a wrapped paragraph too', () => {
  assert.deepEqual(body('今天上午，全区表彰大会隆重召开\n狠抓 落实各项工作，取得新成效。'), ['Stray space between Chinese characters: “狠抓␣落实各项”.']);
  assert.deepEqual(body('今天上午，全区表彰大会隆重召开，狠抓 落\n实各项工作，取得新成效。'), ['Stray space between Chinese characters: “开，狠抓␣落”.']);
});

test('NP106 in a display line (no sentence end, at most forty cells and three lines): figures set apart on purpose, a figure cut from its unit still stray', () => {
  assert.deepEqual(body('亮点 1'), []);
  assert.deepEqual(body('全年快递业务完成量 45.2亿件'), []);
  assert.deepEqual(body('全年快递业务完成量45.2 亿件'), ['Stray space between a figure and a Chinese character: “45.2␣亿件”.']);
  assert.deepEqual(body('2019年 2月 9日'), ['Stray space between a figure and a Chinese character: “019年␣2月 9”.', 'Stray space between a figure and a Chinese character: “年 2月␣9日”.']);
  // Closed by a mark, or over more than three lines: body text.
  assert.equal(body('今年全区新增企业 36家；').length, 1);
  assert.equal(body('全区新增企业\n全区新增企业\n全区新增企业\n新增 36家').length, 1);
});

test('NP106: a space between bracketed items of a list is layout; after an item, before words, it is stray', () => {
  assert.deepEqual(body('今年以来，他们整理出版了【汉书】 【后汉书】等典籍。'), []);
  assert.equal(body('今年以来，他们整理出版了【汉书】 全文注释。').length, 1);
  assert.equal(body('今年以来，他们整理出版了全文 【后汉书】注释。').length, 1);
});

test('NP106 display lines: up to three lines, no dateline, no closing mark; a figure cut from its unit or a date only', () => {
  assert.deepEqual(body('全区新增企业\n全区新增企业\n新增 36家'), []);
  assert.equal(body('全区新增企业\n全区新增企业\n全区新增企业\n新增 36家').length, 1);
  assert.equal(body('本报北京2月1日电 全区新增企业 36家').length, 1);
  assert.deepEqual(body('2019 亮点回顾'), []);
  assert.deepEqual(body('2019年 亮点回顾'), []);
  assert.deepEqual(body('2019年 第2日亮点'), []);
});

test('NP106: a digit beside Latin letters is not a figure beside a Chinese character', () => {
  assert.deepEqual(body('今年以来，共有36 Apple门店开业。'), []);
});

test('NP106 in a dateline: spaces set its parts apart; one inside a figure or a word is stray', () => {
  assert.deepEqual(body('本报北京2月1日电 （记者 王迪）今年以来，全区新增企业36家。'), []);
  assert.deepEqual(body('本报北京2月 1日电（记者王迪）今年以来，全区新增企业36家。'), ['Stray space between a figure and a Chinese character: “北京2月␣1日电（”.']);
});

test('NP106 in a title cut into lines: long runs only, each space once, in order', () => {
  const title = (t: string) => np106(`${t}\n\n今年以来，全区新增企业36家。\n`);
  assert.deepEqual(title('## 支持实体经济发展 推动高质量发展 努力实现目标'), []);
  // Three pieces, two of them exactly twelve characters: phrases, not lines.
  assert.deepEqual(title(`## ${'北'.repeat(12)} ${'碚'.repeat(12)} 决定`), []);
  assert.deepEqual(title(`## ${'北'.repeat(13)} ${'碚'.repeat(13)} 决定`), [
    `Stray space where the title’s line breaks were: “北北北北␣碚碚碚碚”.`,
    `Stray space where the title’s line breaks were: “碚碚碚碚␣决定”.`,
  ]);
  // In position order as the rule reports them, before the review sorts: the per-rule cap keeps the first.
  const cut = '重庆市北碚区人民代表大会常务委员会 关于召开北碚区第十八届人民代表大会 2019年 2月会议\n\n今年以来，全区新增企业36家。\n';
  const starts = checkRule(straySpace, cut).map((d) => d.start);
  assert.deepEqual(
    starts,
    [...starts].sort((x, y) => x - y),
  );
  assert.equal(starts.length, 3);
  assert.deepEqual(title(`重庆市北碚区人民代表大会常务委员会 关于召开北碚区第十八届人民代表大会 2019年 2月会议`), [
    'Stray space where the title’s line breaks were: “务委员会␣关于召开”.',
    'Stray space where the title’s line breaks were: “代表大会␣2019”.',
    'Stray space between a figure and a Chinese character: “019年␣2月会议”.',
  ]);
});

test('NP102: after a colon a hint that says so; number and hyphen cuts left to NP105 and NP104', () => {
  const found = review(`标题\n\n${BODY}\n\n他在会上表示：\n\n今年以来，全区上下狠抓落实，各项工作取得明显成效。\n`, { segmenter }).findings.filter((f) => f.ruleId === 'NP102');
  assert.deepEqual(
    found.map((f) => `${f.severity} ${f.message}`),
    ['hint Paragraph possibly split after a colon by a blank line: 在会上表示：|今年以来，全.'],
  );
  assert.deepEqual(np102(`标题\n\n${BODY}\n\n今年以来，全区上下共投入各类建设资金20\n\n19亿元，同比增长12%。\n`), []);
  assert.deepEqual(np102(`标题\n\n${BODY}\n\n近年来，临床研究机构CRO和CD-\n\nMO企业都在积极布局。\n`), []);
});

test('NP102: a stanza of short lines each closed by a pause is verse; one short line before a long one is a cut paragraph', () => {
  const page = (...lines: string[]) => `标题\n\n${BODY}\n\n${lines.join('\n\n')}\n`;
  assert.deepEqual(np102(page('不知流过了多少的伤心泪，', '也曾受尽了艰苦与辛酸，', '丝毫也不能摧毁我们铁的心愿。')), ['h', 'h']);
  assert.deepEqual(np102(page('漫漫归乡路，', '自驾不再怵，高速公路四通八达，回家之路越走越顺。')), ['w']);
});

test('NP102 under a heading: the climb to the heading through unpunctuated lines stops after six, a standfirst of more is no standfirst', () => {
  // Wider than a lead line (40 cells), with a comma: a paragraph, not a title line.
  const line = (n: number) => `第${'一二三四五六七八'[n]}段导语写到这里，还没有结束的一行文字，而且这一行文字写得比较长超过了四十个字的宽度`;
  const page = (lines: number) => `春运的温度\n\n${Array.from({ length: lines }, (_, n) => line(n)).join('\n\n')}\n\n车站里人潮涌动，秩序井然。\n`;
  assert.deepEqual(np102(page(7)).at(-1), 'h');
  assert.deepEqual(np102(page(8)).at(-1), 'w');
  // Two lines under the heading, the second with a sentence end inside: still a standfirst.
  assert.deepEqual(
    np102('春运的温度\n\n今年春运的变与不变，都写在一张张小小的车票上，写在千家万户回家团圆的路上和期盼里，写在每个人的心里\n\n回家的路。回家的路越走越顺越走越宽\n\n车站里人潮涌动，秩序井然。\n').at(
      -1,
    ),
    'h',
  );
});

test('NP105: a number wrapped before its unit is NP101’s to reflow; a blank line there, or digits cut apart, is NP105’s', () => {
  const np105 = (b: string) =>
    review(`## 标题行\n\n${b}\n`, { families: ['wraps'] })
      .findings.filter((f) => f.ruleId === 'NP105')
      .map((f) => f.message);
  assert.deepEqual(np105('今年以来，全区上下狠抓落实，2017\n年9月以来各项工作取得明显成效。'), []);
  assert.deepEqual(np105('今年以来，全区上下狠抓落实，20\n17年9月以来各项工作取得明显成效。'), ['A line break cuts the number 下狠抓落实，20|17年9月以来各 (GB/T 15835).']);
});

test('NP101 marks the first line without its trailing spaces, offers to reflow the paragraph, and stops at its budget', () => {
  const text = '## 标题行\n\n连日来，市委宣讲团成  \n员分赴各区县、市级有关部\n门宣讲全会精神。\n\n## 另一篇\n\n连日来，市委宣讲团成\n员分赴各区县、市级有关部\n门宣讲全会精神。\n';
  const found = review(text, { families: ['wraps'] }).findings.filter((f) => f.ruleId === 'NP101');
  assert.deepEqual(
    found.map((f) => [text.slice(f.start, f.end), f.fixes.map((x) => x.title)]),
    [
      ['连日来，市委宣讲团成', ['Reflow this paragraph']],
      ['连日来，市委宣讲团成', ['Reflow this paragraph']],
    ],
  );
  const rule = RULES.find((r) => r.id === 'NP101')!;
  const check = (budget?: number) => checkRule(rule, text, { budget }).length;
  assert.deepEqual([check(), check(1)], [2, 1]);
});

test('Reflow this article joins the column wraps and the splits only, and names the article', () => {
  const text = '## 永川民生实事进展顺利\n\n今年以来，全区上下狠抓\n落实，各项工作取得了明\n显成效，新认定高新技术\n\n企业四十二家。\n\n区科技局负责人表示，下一\n步将继续加大研发投入。\n';
  const source = new SourceText(text);
  const fix = reflowArticleFix(source, parsePage(source).articles[0], segmenter)!;
  assert.equal(fix.title, 'Reflow this article (永川民生实事进展顺利)');
  assert.equal(
    applyEdits(text, fix.edits),
    '## 永川民生实事进展顺利\n\n今年以来，全区上下狠抓落实，各项工作取得了明显成效，新认定高新技术企业四十二家。\n\n区科技局负责人表示，下一步将继续加大研发投入。\n',
  );
});
