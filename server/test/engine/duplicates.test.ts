// Duplicate articles and paragraphs across a workspace, and figures that differ between copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, dataOf, parsePage, review, Workspace } from '../../src/engine';
import { workspaceOf } from './ruleCheck';
import { seedFiles } from '../helpers';

const seeds = Object.fromEntries(seedFiles().map((f) => [`file:///seeds/${path.basename(f)}`, fs.readFileSync(f, 'utf8')]));
const URI_000 = 'file:///seeds/000_024af6bbebe0fcb3.txt';
const URI_003 = 'file:///seeds/003_feb2debdf300b655.txt';
const dupes = (uri: string, ws: Workspace, text = seeds[uri]) => review(text, { uri, workspace: ws, families: ['duplicates'] }).findings;

test('the two copies of 永川发力药品 are flagged, each pointing at the other; nothing else in the seeds is', () => {
  const ws = workspaceOf(seeds);
  const in000 = dupes(URI_000, ws).filter((f) => f.ruleId === 'NP201');
  const in003 = dupes(URI_003, ws).filter((f) => f.ruleId === 'NP201');
  assert.equal(in000.length, 1);
  assert.equal(in003.length, 1);
  assert.match(in000[0].message, /永川发力药品“永川造”.*003_feb2debdf300b655\.txt \(lines 178–245, \d+% similar\)/);
  assert.equal(in000[0].related[0].uri, URI_003);
  assert.equal(in000[0].related[0].range.start.line, 244, 'points at the other copy’s headline');
  assert.equal(in003[0].related[0].uri, URI_000);
  assert.equal(in003[0].related[0].range.start.line, 18);
  assert.ok(dataOf(in000[0], 'duplicate')!.similarity >= 0.5);
  for (const uri of Object.keys(seeds)) {
    if (uri === URI_000 || uri === URI_003) continue;
    assert.deepEqual(
      dupes(uri, ws)
        .filter((f) => f.ruleId === 'NP201' || f.ruleId === 'NP205')
        .map((f) => f.message),
      [],
      uri,
    );
  }
  assert.deepEqual(
    dupes(URI_000, ws).filter((f) => f.ruleId === 'NP205'),
    [],
    'the real pair prints the same figures',
  );
});

test('“remove this copy” takes out the whole article and leaves the page’s other articles intact', () => {
  const ws = workspaceOf(seeds);
  const [f] = dupes(URI_003, ws).filter((x) => x.ruleId === 'NP201');
  const before = parsePage(seeds[URI_003]);
  const after = parsePage(applyEdits(seeds[URI_003], f.fixes[0].edits));
  assert.deepEqual(
    after.articles.map((a) => a.name),
    before.articles.filter((a) => a.name !== '永川发力药品“永川造”').map((a) => a.name),
  );
  const untouched = (name: string, p: typeof before) => p.articles.find((a) => a.name === name)!.paragraphs.map((x) => x.text);
  assert.deepEqual(untouched('重庆：以干部敢为善为拼出发展新活力', after), untouched('重庆：以干部敢为善为拼出发展新活力', before));
});

test('a figure that differs between the copies is its own finding at both places', () => {
  const changed = seeds[URI_003].replace('累计为\n522家科技型企业', '累计为\n552家科技型企业');
  const ws = workspaceOf({ ...seeds, [URI_003]: changed });
  const here = dupes(URI_003, ws, changed).filter((f) => f.ruleId === 'NP205');
  const there = dupes(URI_000, ws).filter((f) => f.ruleId === 'NP205');
  assert.equal(here.length, 1);
  assert.equal(there.length, 1);
  assert.match(here[0].message, /552.*522/);
  assert.equal(changed.slice(here[0].start, here[0].end).includes('552'), true);
  assert.equal(seeds[URI_000].slice(there[0].start, there[0].end).includes('522'), true);
  assert.equal(here[0].related[0].uri, URI_000);
});

test('NP205 on made-up copies: a changed figure is found in both, an unchanged copy and a different story are not, and nothing is repaired', () => {
  const story = (investment: string, firms: string) =>
    `永川科技创新成效明显\n\n本报讯(记者 李华)今年以来，永川区规上企业研发投入${investment}亿元，同比增长18%。全区新认定高新技术企业${firms}家，科技型企业总数达到六百余家，创新平台建设取得新进展。\n\n区科技局负责人表示，下一步将继续加大研发投入，推动科技成果转化。\n`;
  const a = story('13.6', '42');
  const b = story('15.6', '42');
  const other = '合川春耕有序推进\n\n本报讯(记者 赵强)合川区已完成春耕面积十万亩，投入资金13.6亿元。\n';
  const ws = workspaceOf({ 'mem:a': a, 'mem:b': b, 'mem:c': story('13.6', '42'), 'mem:other': other });
  const here = dupes('mem:a', ws, a).filter((f) => f.ruleId === 'NP205');
  const there = dupes('mem:b', ws, b).filter((f) => f.ruleId === 'NP205');
  assert.deepEqual(
    here.map((f) => a.slice(f.start, f.end)),
    ['13.6亿元'],
  );
  // b differs from both a and c: one finding per copy that differs, each pointing at its copy.
  assert.deepEqual(there.map((f) => [b.slice(f.start, f.end), f.related[0].uri]).sort(), [
    ['15.6亿元', 'mem:a'],
    ['15.6亿元', 'mem:c'],
  ]);
  assert.equal(here[0].related[0].uri, 'mem:b', 'the finding points at the copy that differs, not at the equal one');
  assert.deepEqual(here[0].fixes, [], 'only the editor knows which figure is right');
  assert.deepEqual(
    dupes('mem:c', ws, story('13.6', '42'))
      .filter((f) => f.ruleId === 'NP205')
      .map((f) => f.related[0].uri),
    ['mem:b'],
  );
  assert.deepEqual(
    dupes('mem:other', ws, other).filter((f) => f.ruleId === 'NP205'),
    [],
  );
});

test('two copies in one file are both flagged; stories sharing boilerplate are not', () => {
  const body = (place: string, what: string) =>
    `本报讯(渝西都市报记者 钟梅)3月27日,${place}${what}。会议强调,要强化工作合力,明确工作职责、拟定工作规程。\n\n下一步,永川区将继续全面落实中央决策部署和市委市政府工作要求,以更加高效务实的举措推进各项工作。`;
  const a = `## 北碚区召开春耕生产工作会议\n\n${body('北碚区', '召开春耕生产工作会议,部署全年粮油生产目标任务,全区种植面积稳定在三十万亩以上')}\n`;
  const b = `## 合川区举办职业技能大赛\n\n${body('合川区', '举办第三届职业技能大赛,来自二十个行业的四百余名选手参加了焊工、电工等项目的比拼')}\n`;
  const twice = `${a}\n${a.replace('## 北碚区召开春耕生产工作会议', '## 北碚部署春耕生产').replace(/,/g, '，')}`;
  const ws = workspaceOf({ 'mem:a': twice, 'mem:b': b });
  const found = dupes('mem:a', ws, twice).filter((f) => f.ruleId === 'NP201');
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.related[0].uri === 'mem:a'));
  assert.deepEqual(
    dupes('mem:b', ws, b).filter((f) => f.ruleId === 'NP201'),
    [],
    'shared dateline, byline and closing sentence are not a duplicate',
  );
});

test('a dateline paragraph is one paragraph in a column page and in a reflowed one, a no-break space at the wrap included', () => {
  const body = '国务院总理李克强1月31日在人民大会堂会见来华进行国事访问的卡塔尔埃米尔塔米姆。';
  const ws = new Workspace();
  const column = ['本报北京1月31日电\u00a0', '（记者王迪）国务院总', ...(body.slice(4).match(/.{1,10}/gu) ?? [])].join('\n');
  ws.set('mem:column', `李克强会见卡塔尔埃米尔\n\n${column}\n`);
  ws.set('mem:reflowed', `## 李克强会见卡塔尔埃米尔\n\n本报北京1月31日电（记者王迪）${body}\n`);
  const copies = ws.paragraphCopies(body);
  assert.deepEqual(copies.map((c) => c.uri).sort(), ['mem:column', 'mem:reflowed']);
});

test('a paragraph repeated inside an article is flagged at its second print, with a removal fix', () => {
  const para = '在各方共同努力下,永川区15件区级重点民生实事已开复工13件,开复工率达86.7%,其余2件按时序进度推进。';
  const text = `## 永川民生实事进展顺利\n\n本报讯(记者 张玲)7月24日,记者从永川区发改委获悉。\n\n${para}\n\n项目责任部门切实负责起牵头组织的责任。\n\n${para}\n`;
  const found = dupes('mem:p', workspaceOf({}), text).filter((f) => f.ruleId === 'NP202');
  assert.equal(found.length, 2);
  const second = found[1];
  assert.equal(second.fixes.length, 1);
  const fixed = applyEdits(text, second.fixes[0].edits);
  assert.equal(fixed.split(para).length - 1, 1);
  assert.ok(fixed.endsWith('项目责任部门切实负责起牵头组织的责任。\n\n'));
});

test('a repeat the page makes on purpose is a hint that says what it is; a plain repeat stays a warning', () => {
  const np202 = (text: string) => dupes('mem:d', workspaceOf({}), text).filter((f) => f.ruleId === 'NP202');
  const standfirst = '防止脱贫后返贫，不仅需要立足当前、切实解决突出问题，更需要着眼长远、建立健全体制机制。';
  const body = ['在脱贫攻坚进程中，一些贫困人口脱贫后可能返贫。', '脱贫后返贫主要受三方面因素影响。', '强化“造血能力”提升机制。'];
  const column = `建立健全稳定脱贫长效机制（有的放矢）\n\n${standfirst}\n\n${body.join('\n\n')}\n\n${standfirst}\n`;
  const hints = np202(column);
  assert.equal(hints.length, 2);
  assert.ok(
    hints.every((f) => f.severity === 'hint' && /standfirst under a column headline/.test(f.message)),
    hints.map((f) => f.message).join(' / '),
  );
  const point = '■1990年以来，中国军队已先后参加24项维和行动，派出维和军事人员3.9万余人次。';
  const marked = `中国维和二十九年\n\n${point}\n\n本报北京2月18日电 ${body[0]}\n\n${body[1]}\n\n${point.slice(1)}\n`;
  assert.ok(np202(marked).every((f) => f.severity === 'hint' && /summary point/.test(f.message)));
  const pull = '马拉绞盘，冰下走网，冰湖腾鱼，冬捕让古老的渔猎文化得到了全面展示和传承';
  const quoted = `查干湖冬捕\n\n本报长春1月5日电 ${body[0]}\n\n千年冬捕\n\n${pull}\n\n${body[1]}\n\n${pull}。\n`;
  assert.ok(np202(quoted).every((f) => f.severity === 'hint' && /pull quote/.test(f.message)));
  const plain = `永川民生实事进展顺利\n\n本报讯(记者 张玲)${body[0]}\n\n${standfirst}\n\n${body[1]}\n\n${standfirst}\n`;
  assert.deepEqual(
    np202(plain).map((f) => f.severity),
    ['warning', 'warning'],
  );
});

test('a variant re-wrapped at another width, with punctuation converted and a sentence edited, is still the same story', () => {
  const page = parsePage(seeds[URI_000]);
  const article = page.articles[1];
  const body = seeds[URI_000].slice(article.paragraphs[0].start, article.paragraphs[article.paragraphs.length - 1].end);
  const variant = body
    .replace(/\n\s*\n/g, '\n\n')
    .split('\n\n')
    .map((p) =>
      p
        .replace(/,/g, '，')
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/(.{13})/gu, '$1\n')
        .trim(),
    )
    .join('\n\n')
    .replace('靠单个药企去完成这个过程的难度非常大', '单个药企难以完成这个过程');
  const ws = workspaceOf({ [URI_000]: seeds[URI_000], 'mem:variant': `## 永川将有“永川造”药品\n\n${variant}\n` });
  const found = dupes('mem:variant', ws, `## 永川将有“永川造”药品\n\n${variant}\n`).filter((f) => f.ruleId === 'NP201');
  assert.equal(found.length, 1);
  assert.equal(found[0].related[0].uri, URI_000);
});

test('NP201 names up to five other copies with their likeness, counts the rest, points at each, and says whether another copy holds all of this one', () => {
  const story = (tail = '') =>
    `永川科技创新成效明显\n\n本报讯(记者 李华)今年以来，永川区规上企业研发投入13.6亿元，同比增长18%。全区新认定高新技术企业42家，科技型企业总数达到六百余家，创新平台建设取得新进展。\n\n区科技局负责人表示，下一步将继续加大研发投入，推动科技成果转化。${tail}\n`;
  const np201 = (copies: number, tail = '') => {
    const files = Object.fromEntries(Array.from({ length: copies }, (_, i) => [`mem:${'abcdefgh'[i]}`, story(i === 0 ? tail : '')]));
    return dupes('mem:a', workspaceOf(files), files['mem:a'])
      .filter((f) => f.ruleId === 'NP201')
      .map((f) => ({ message: f.message, related: f.related.map((r) => `${r.uri} ${r.message}`), fixes: f.fixes.map((x) => x.title) }));
  };
  const other = (uri: string, pct: number) => `${uri} other copy: “永川科技创新成效明显” (${pct}% similar)`;
  assert.deepEqual(np201(2), [
    {
      message: 'Duplicated article (重稿): “永川科技创新成效明显” is also in mem:b (lines 1–5, 100% similar).',
      related: [other('mem:b', 100)],
      fixes: ['Remove this copy (lines 1–5): the copy in mem:b (lines 1–5) holds all of it'],
    },
  ]);
  const five = (pct: number) => ['b', 'c', 'd', 'e', 'f'].map((c) => `in mem:${c} (lines 1–5, ${pct}% similar)`).join('; ');
  assert.deepEqual(np201(8), [
    {
      message: `Duplicated article (重稿): “永川科技创新成效明显” is also ${five(100)}; and 2 more copies.`,
      related: ['b', 'c', 'd', 'e', 'f'].map((c) => other(`mem:${c}`, 100)),
      fixes: ['Remove this copy (lines 1–5): the copy in mem:b (lines 1–5) holds all of it'],
    },
  ]);
  // This copy has a sentence no other copy has: removing it would lose words.
  assert.deepEqual(np201(7, '另有新增内容一段。'), [
    {
      message: `Duplicated article (重稿): “永川科技创新成效明显” is also ${five(92)}; and 1 more copy.`,
      related: ['b', 'c', 'd', 'e', 'f'].map((c) => other(`mem:${c}`, 92)),
      fixes: ['Remove this copy (lines 1–5), although its words differ from every other copy: compare them first'],
    },
  ]);
});

test('NP205 says where the other copy is, in another file or further down this one, and points at its figure', () => {
  const story = (investment: string) =>
    `永川科技创新成效明显\n\n本报讯(记者 李华)今年以来，永川区规上企业研发投入${investment}亿元，同比增长18%。全区新认定高新技术企业42家，科技型企业总数达到六百余家，创新平台建设取得新进展。\n\n区科技局负责人表示，下一步将继续加大研发投入，推动科技成果转化。\n`;
  const np205 = (uri: string, files: Record<string, string>) =>
    dupes(uri, workspaceOf(files), files[uri])
      .filter((f) => f.ruleId === 'NP205')
      .map((f) => [
        f.message,
        files[uri].slice(f.start, f.end),
        ...f.related.map((r) => `${r.uri} ${r.range.start.line}:${r.range.start.character}–${r.range.end.line}:${r.range.end.character} ${r.message}`),
      ]);
  const differs = (here: string, there: string, where: string) => `Figure differs between copies of “永川科技创新成效明显”: “${here}” here, “${there}” in the other copy (${where}).`;
  assert.deepEqual(np205('mem:a', { 'mem:a': story('13.6'), 'mem:b': story('15.6') }), [
    [differs('13.6亿元', '15.6亿元', 'mem:b line 3'), '13.6亿元', 'mem:b 2:26–2:32 the other copy has “15.6亿元”'],
  ]);
  assert.deepEqual(np205('mem:a', { 'mem:a': `${story('13.6')}\n${story('15.6')}` }), [
    [differs('13.6亿元', '15.6亿元', 'line 9'), '13.6亿元', 'mem:a 8:26–8:32 the other copy has “15.6亿元”'],
    [differs('15.6亿元', '13.6亿元', 'line 3'), '15.6亿元', 'mem:a 2:26–2:32 the other copy has “13.6亿元”'],
  ]);
});
