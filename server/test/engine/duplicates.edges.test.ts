// NP202 one condition at a time: where the other copy is and how the finding says so, the copies of
// the same story elsewhere left to NP201, the budget, and each repeat a page makes on purpose beside
// the look-alike that is not one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, RULES } from '../../src/engine';
import { checkRule, workspaceOf } from './ruleCheck';

const S = [
  '在各方共同努力下，永川区十五件区级重点民生实事已开复工十三件，其余两件按时序进度推进。',
  '区发改委负责人表示，下一步将加强统筹调度，确保各项民生实事按期完成并发挥实效。',
  '今年以来，全区新认定高新技术企业四十二家，科技型企业总数达到六百余家，创新平台建设取得新进展。',
  '乡村振兴战略实施以来，当地农民人均可支配收入持续增长，农村人居环境明显改善，村容村貌焕然一新。',
  '区科技局负责人表示，下一步将继续加大研发投入，推动科技成果转化，培育更多创新型企业。',
  '据介绍，该项目总投资约十亿元，建成后将新增就业岗位两千余个，带动周边产业协同发展。',
];
/** The paragraph printed twice. */
const P = '防止脱贫后返贫，不仅需要立足当前、切实解决突出问题，更需要着眼长远、建立健全体制机制。';

/** NP202's findings in `uri`, each as the line it stands on, its severity, message, related copies and fix titles. */
function np202(uri: string, files: Record<string, string>) {
  return review(files[uri], { uri, workspace: workspaceOf(files), families: ['duplicates'] })
    .findings.filter((f) => f.ruleId === 'NP202')
    .map((f) => ({
      line: f.range.start.line,
      severity: f.severity,
      message: f.message,
      related: f.related.map((r) => `${r.uri} ${r.range.start.line} ${r.message}`),
      fixes: f.fixes.map((x) => x.title),
    }));
}

const page = (headline: string, ...paragraphs: string[]) => `# ${headline}\n\n${paragraphs.join('\n\n')}\n`;

test('NP202 in two articles of one file: an info at each copy, naming the other’s line, pointing at it, offering no removal', () => {
  const text = `${page('永川民生实事进展顺利', S[0], P, S[1])}\n${page('乡村振兴迈出新步伐', S[3], S[4], P, S[5])}`;
  assert.deepEqual(np202('mem:a', { 'mem:a': text }), [
    { line: 4, severity: 'info', message: 'Paragraph also printed in another article (line 15).', related: ['mem:a 14 the same paragraph'], fixes: [] },
    { line: 14, severity: 'info', message: 'Paragraph also printed in another article (line 5).', related: ['mem:a 4 the same paragraph'], fixes: [] },
  ]);
});

test('NP202 with the copies in other files: names the first file and line, points at no more than five copies', () => {
  const other = page('乡村振兴迈出新步伐', S[3], S[4], P, S[5]);
  const files: Record<string, string> = { 'mem:a': page('永川民生实事进展顺利', S[0], P, S[1]) };
  for (const c of 'bcdefg') files[`mem:${c}`] = other;
  assert.deepEqual(np202('mem:a', files), [
    {
      line: 4,
      severity: 'info',
      message: 'Paragraph also printed in another article (mem:b line 7).',
      related: [...'bcdef'].map((c) => `mem:${c} 6 the same paragraph`),
      fixes: [],
    },
  ]);
});

test('NP202 inside an article whose story is printed again elsewhere: the copies in the other print are NP201’s, the repeat inside this one is still reported', () => {
  const story = page('永川民生实事进展顺利', S[0], P, S[1], P);
  // The other print stands second in its file, so its article index differs from this one's.
  const files = { 'mem:a': story, 'mem:b': `${page('科技创新成效明显', S[2], S[4], S[5])}\n${story}` };
  const all = review(files['mem:a'], { uri: 'mem:a', workspace: workspaceOf(files), families: ['duplicates'] }).findings;
  assert.ok(
    all.some((f) => f.ruleId === 'NP201'),
    'the other print is the same story',
  );
  assert.deepEqual(np202('mem:a', files), [
    { line: 4, severity: 'warning', message: 'Paragraph repeated in this article (also at line 9).', related: ['mem:a 8 the same paragraph'], fixes: [] },
    { line: 8, severity: 'warning', message: 'Paragraph repeated in this article (also at line 5).', related: ['mem:a 4 the same paragraph'], fixes: ['Remove this repeated paragraph'] },
  ]);
});

test('NP202 stops at the budget the review gives it, and goes on below it', () => {
  const rule = RULES.find((r) => r.id === 'NP202')!;
  const text = `${page('永川民生实事进展顺利', S[0], P, S[1])}\n${page('乡村振兴迈出新步伐', S[3], S[4], P, S[5])}`;
  const check = (budget?: number) => checkRule(rule, text, { uri: 'mem:a', budget }).length;
  assert.equal(check(), 2);
  assert.equal(check(1), 1);
  assert.equal(check(2), 2);
});

const hint = (line: number, message: string, other: number) => ({ line, severity: 'hint', message, related: [`mem:a ${other} the same paragraph`], fixes: [] });
const onPurpose = (what: string) => (line: number, other: number) => hint(line, `${what} printed again (also at line ${other + 1}): a repeat the page makes on purpose.`, other);
const severities = (text: string) => np202('mem:a', { 'mem:a': text }).map((f) => f.severity);

test('NP202 on purpose: a summary under its label, the whole label and nothing but', () => {
  const summary = onPurpose('A summary');
  assert.deepEqual(np202('mem:a', { 'mem:a': page('永川民生实事进展顺利', '核心阅读', P, S[0], S[1], P, S[2]) }), [summary(4, 10), summary(10, 4)]);
  // A subhead that holds a label among other words is a subhead like any other.
  for (const label of ['报告摘要', '摘要与附录']) {
    assert.deepEqual(severities(page('永川民生实事进展顺利', S[0], label, P, S[1], P, S[2])), ['warning', 'warning'], label);
  }
});

test('NP202 on purpose: the opening line printed again as the close; the opening printed again in the middle is not', () => {
  const close = onPurpose('The opening line');
  assert.deepEqual(np202('mem:a', { 'mem:a': page('永川民生实事进展顺利', P, S[0], S[1], P) }), [
    { ...close(2, 8), message: 'The opening line printed again as the close (also at line 9): a repeat the page makes on purpose.' },
    { ...close(8, 2), message: 'The opening line printed again as the close (also at line 3): a repeat the page makes on purpose.' },
  ]);
  assert.deepEqual(severities(page('永川民生实事进展顺利', P, S[0], P, S[1])), ['warning', 'warning']);
});

test('NP202 on purpose: the standfirst under a column’s headline; not under a plain headline, not a dateline paragraph', () => {
  const standfirst = (line: number, other: number) => hint(line, `The standfirst under a column headline printed again (also at line ${other + 1}): a repeat the page makes on purpose.`, other);
  assert.deepEqual(np202('mem:a', { 'mem:a': page('建立健全稳定脱贫长效机制（有的放矢）', P, S[0], P, S[1]) }), [standfirst(2, 6), standfirst(6, 2)]);
  assert.deepEqual(severities(page('建立健全稳定脱贫长效机制', P, S[0], P, S[1])), ['warning', 'warning'], 'no column tag');
  // The dateline opens an article: the paragraph under the headline is its lead, printed again further down.
  assert.deepEqual(severities(page('建立健全稳定脱贫长效机制（有的放矢）', `本报北京1月5日电 ${P}`, S[0], P, S[1])), ['warning', 'warning'], 'a dateline opens it');
});

test('NP202 on purpose: a summary point opens with its mark; a mark inside the paragraph is not one', () => {
  const point = `■${P}`;
  assert.ok(np202('mem:a', { 'mem:a': page('中国维和二十九年', point, S[0], S[1], P, S[2]) }).every((f) => f.severity === 'hint' && /summary point/u.test(f.message)));
  const inside = `${P.slice(0, 7)}■${P.slice(7)}`;
  assert.deepEqual(severities(page('中国维和二十九年', S[0], inside, S[1], inside, S[2])), ['warning', 'warning']);
});

test('NP202 on purpose: a pull quote is told by its last mark alone, a full stop inside it notwithstanding', () => {
  const pull = '马拉绞盘，冰下走网。冰湖腾鱼，冬捕让古老的渔猎文化得到了全面展示和传承';
  assert.deepEqual(severities(page('查干湖冬捕', S[0], pull, S[1], `${pull}。`, S[2])), ['hint', 'hint']);
  assert.deepEqual(severities(page('查干湖冬捕', S[0], `${pull}。`, S[1], `${pull}。`, S[2])), ['warning', 'warning']);
});

test('NP202 across files judges a pull quote by the copies in this file only', () => {
  const pull = '马拉绞盘，冰下走网，冰湖腾鱼，冬捕让古老的渔猎文化得到了全面展示和传承';
  // The other file's copy starts at the offset where this file holds a closed paragraph (S[1]):
  // looked up in this page, it would pass for this file's closed copy.
  const b = page('查干湖畔冬捕', S[0].replace('永川区', '九台区'), `${pull}。`);
  const a = page('查干湖冬捕节', S[0], S[1], pull);
  assert.equal(b.indexOf(pull), a.indexOf(S[1]));
  assert.deepEqual(
    np202('mem:a', { 'mem:a': a, 'mem:b': b }).map((f) => `${f.severity} ${f.message}`),
    ['info Paragraph also printed in another article (mem:b line 5).'],
  );
});

/** NP201's fix titles in `uri`. */
const np201Fixes = (uri: string, files: Record<string, string>) =>
  review(files[uri], { uri, workspace: workspaceOf(files), families: ['duplicates'] })
    .findings.filter((f) => f.ruleId === 'NP201')
    .map((f) => f.fixes.map((x) => x.title));

test('NP201 “holds all of it” weighs the headline, and reads the other copy alone, not the rest of its file', () => {
  const body = [S[2], S[4], S[5]];
  const holds = 'Remove this copy (lines 1–7): the copy in mem:b (lines 1–7) holds all of it';
  const differs = 'Remove this copy (lines 1–7), although its words differ from every other copy: compare them first';
  assert.deepEqual(np201Fixes('mem:a', { 'mem:a': page('永川科技创新成效明显', ...body), 'mem:b': page('永川科技创新成效明显', ...body) }), [[holds]]);
  assert.deepEqual(np201Fixes('mem:a', { 'mem:a': page('永川科技创新成效明显', ...body), 'mem:b': page('永川创新平台建设提速', ...body) }), [[differs]], 'another headline');
  // The paragraph this copy adds is printed in the other file, in another article.
  const added = { 'mem:a': page('永川科技创新成效明显', ...body, S[1]), 'mem:b': `${page('永川科技创新成效明显', ...body)}\n${page('民生实事', S[0], S[1], S[3])}` };
  assert.deepEqual(np201Fixes('mem:a', added), [['Remove this copy (lines 1–9), although its words differ from every other copy: compare them first']]);
});

test('NP201 on an article without a headline: the copy that holds every paragraph is named', () => {
  const untitled = `本报讯（记者 李华）${S[2]}\n\n${S[4]}\n\n${S[5]}\n`;
  assert.deepEqual(np201Fixes('mem:a', { 'mem:a': untitled, 'mem:b': untitled }), [['Remove this copy (lines 1–5): the copy in mem:b (lines 1–5) holds all of it']]);
});

test('NP201 stops at the budget the review gives it', () => {
  const rule = RULES.find((r) => r.id === 'NP201')!;
  const text = `${page('永川科技创新成效明显', S[2], S[4], S[5])}\n${page('乡村振兴迈出新步伐', S[3], S[1], S[0])}`;
  const check = (budget?: number) => checkRule(rule, text, { uri: 'mem:a', workspace: workspaceOf({ 'mem:b': text }), budget }).length;
  assert.deepEqual([check(), check(1), check(2)], [2, 1, 2]);
});

const story = (investment: string, growth = '，同比增长18%') =>
  page('永川科技创新成效明显', `本报讯(记者 李华)今年以来，永川区规上企业研发投入${investment}亿元${growth}。全区新认定高新技术企业42家，科技型企业总数达到六百余家，创新平台建设取得新进展。`, S[4]);
const np205 = (uri: string, files: Record<string, string>) =>
  review(files[uri], { uri, workspace: workspaceOf(files), families: ['duplicates'] })
    .findings.filter((f) => f.ruleId === 'NP205')
    .map(
      (f) =>
        `${files[uri].slice(f.start, f.end)} | ${f.message} | ${f.related.map((r) => `${r.uri} ${r.range.start.line}:${r.range.start.character}–${r.range.end.line}:${r.range.end.character} ${r.message}`).join('')}`,
    );

test('NP205 compares a copy with its three closest copies, not with every one', () => {
  const files: Record<string, string> = { 'mem:a': story('13.6') };
  for (const c of 'bcde') files[`mem:${c}`] = story('15.6');
  assert.equal(np205('mem:a', files).length, 3);
});

test('NP205: a figure one copy drops is reported at the copy that prints it, against nothing in the other', () => {
  const files = { 'mem:a': story('13.6'), 'mem:b': story('13.6', '') };
  assert.deepEqual(np205('mem:b', files), []);
  assert.deepEqual(np205('mem:a', files), [
    '同比增长18% | Figure missing from the other copy of “永川科技创新成效明显”: “同比增长18%” here, nothing in its place there (mem:b line 3). | mem:b 2:33–2:33 the other copy has nothing here',
  ]);
});

test('NP201 with both copies in one file says “in this file”', () => {
  const one = page('永川科技创新成效明显', S[2], S[4], S[5]);
  const found = review(`${one}\n${one}`, { uri: 'mem:a', families: ['duplicates'] }).findings.filter((f) => f.ruleId === 'NP201');
  assert.deepEqual(
    found.map((f) => [f.message, f.fixes[0].title]),
    [
      ['Duplicated article (重稿): “永川科技创新成效明显” is also in this file (lines 9–15, 100% similar).', 'Remove this copy (lines 1–7): the copy in this file (lines 9–15) holds all of it'],
      ['Duplicated article (重稿): “永川科技创新成效明显” is also in this file (lines 1–7, 100% similar).', 'Remove this copy (lines 9–15): the copy in this file (lines 1–7) holds all of it'],
    ],
  );
});

test('NP205 leaves a stretch rewritten around figures alone: longer than a clause, it is not a figure printed differently', () => {
  const rewritten = story('13.6').replace('全区新认定高新技术企业42家，科技型企业总数达到六百余家', '全区共建成市级以上研发平台35个，引进各类高层次人才1200余名');
  const files = { 'mem:a': story('13.6'), 'mem:b': rewritten };
  const all = review(files['mem:a'], { uri: 'mem:a', workspace: workspaceOf(files), families: ['duplicates'] }).findings;
  assert.ok(
    all.some((f) => f.ruleId === 'NP201'),
    'still the same story',
  );
  assert.deepEqual(np205('mem:a', files), []);
  // A figure within the same reach is still one.
  assert.equal(np205('mem:a', { 'mem:a': story('13.6'), 'mem:b': story('13.6').replace('42家', '45家') }).length, 1);
});

test('NP205 reports a clause only one copy prints, with a figure in it, up to twenty-four characters (spaces and breaks not counted)', () => {
  const dropped = (clause: string) => np205('mem:a', { 'mem:a': story('13.6', clause), 'mem:b': story('13.6', '') }).length;
  // `同比增长18%，` is eight characters.
  assert.equal(dropped(`，同比增长18%，${'增'.repeat(16)}`), 1);
  assert.equal(dropped(`，同比增长18%，${'增'.repeat(17)}`), 0);
  assert.equal(dropped(`，同比增长18%，${'增'.repeat(8)}\n${'增'.repeat(8)}`), 1);
});
