// The page's figures as the figure rules get them: each with its place (title, body, caption), its
// element and sentence, and a source range that covers exactly what was read, across a line wrap
// too; read once per page, yielding on a long archive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, parsePage, SourceText } from '../../src/engine';
import { isQuantity, pageFigures, pageFiguresSteps, placedFigures } from '../../src/engine/figures/model';

const TEXT = [
  '# 全市新增就业2.6万人',
  '',
  '本报记者 张三',
  '',
  '本报北京2月1日电 全市新增企业36家。他说：“再建6家。”另有7家在建！还有8家，总投资5.2',
  '亿元。',
  '',
  '图为12名工人在车间生产（新华社记者 王五 摄）',
  '',
].join('\n');

const page = () => parsePage(new SourceText(TEXT));

test('each figure knows its place, element and sentence, and its range covers what was read', () => {
  const p = page();
  const found = pageFigures(p)[0].figures.map((f) => ({
    text: f.figure.text,
    place: f.place,
    element: p.articles[0].elements[f.elementIndex].kind,
    sentence: f.sentence,
    source: TEXT.slice(f.start, f.end),
    line: f.range.start.line,
  }));
  assert.deepEqual(found, [
    { text: '2.6万人', place: 'title', element: 'headline', sentence: 0, source: '2.6万人', line: 0 },
    { text: '36家', place: 'body', element: 'paragraph', sentence: 0, source: '36家', line: 4 },
    { text: '6家', place: 'body', element: 'paragraph', sentence: 1, source: '6家', line: 4 },
    { text: '7家', place: 'body', element: 'paragraph', sentence: 2, source: '7家', line: 4 },
    { text: '8家', place: 'body', element: 'paragraph', sentence: 3, source: '8家', line: 4 },
    { text: '5.2亿元', place: 'body', element: 'paragraph', sentence: 3, source: '5.2\n亿元', line: 4 },
    { text: '12名', place: 'caption', element: 'caption', sentence: 0, source: '12名', line: 7 },
  ]);
  // The dateline's date is the dateline's, the byline has no figures.
  assert.ok(!found.some((f) => f.text.includes('2月1日')));
});

test('figures are read once per page: every rule gets the same list', () => {
  const p = page();
  assert.equal(pageFigures(p), pageFigures(p));
  assert.equal(placedFigures(p), placedFigures(p));
  assert.deepEqual(
    placedFigures(p).map((f) => f.figure.text),
    pageFigures(p).flatMap((af) => af.figures.map((f) => f.figure.text)),
  );
  const steps = pageFiguresSteps(p);
  assert.equal(steps.next().value, pageFigures(p), 'a page already read is returned at once');
});

test('a long archive is read in steps of a few hundred articles', () => {
  const text = Array.from({ length: 650 }, (_, i) => `# 第${i + 1}篇报道标题\n\n全市新增企业${i + 1}家，同比增长${(i % 9) + 1}%。`).join('\n\n');
  const p = parsePage(new SourceText(text));
  assert.equal(p.articles.length, 650);
  const steps = pageFiguresSteps(p);
  let yields = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) yields++;
  assert.equal(yields, 2, 'after 300 and 600 articles');
  assert.equal(next.value.length, 650);
  assert.equal(next.value[649].figures[0].figure.value, 650);
  assert.equal(pageFigures(p), next.value, 'kept for the rules');
});

test('quantities are counts and percentages, not dates, times or ordinals', () => {
  const kinds = pageFigures(page())[0].figures.map((f) => [f.figure.kind, isQuantity(f.figure)]);
  assert.ok(kinds.every(([kind, q]) => q === (kind === 'count' || kind === 'percent')));
  assert.ok(kinds.some(([, q]) => q));
});

test('a quantity is a count or a percentage, and nothing else the reading finds', () => {
  const figures = extractFigures('2022年12月25日（星期日）第3次会议于9:30召开，5G基站新增36个，占比12%，“两个维护”。');
  assert.deepEqual(
    figures.map((f) => [f.text, f.kind, isQuantity(f)]),
    [
      ['2022年12月25日', 'date', false],
      ['星期日', 'weekday', false],
      ['3次', 'ordinal', false],
      ['9:30', 'time', false],
      ['5G', 'code', false],
      ['36个', 'count', true],
      ['12%', 'percent', true],
      ['两个', 'ordinal', false],
    ],
  );
});

test('a sentence ends after a run of end marks and the quotes that close it', () => {
  const text = '# 标题\n\n甲方投入1人！？乙方投入2人。”丙方投入3人？』丁方投入4人……戊方投入5人\n';
  const found = pageFigures(parsePage(new SourceText(text)))[0].figures.map((f) => [f.figure.text, f.sentence]);
  assert.deepEqual(found, [
    ['1人', 0],
    ['2人', 1],
    ['3人', 2],
    ['4人', 3],
    ['5人', 3],
  ]);
});
