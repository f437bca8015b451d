// The page model on the five sample pages: article counts, names and the layouts the brief lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, type Page } from '../../src/engine';
import { seed, seedFiles } from '../helpers';
import * as fs from 'node:fs';

const names = (p: Page) => p.articles.map((a) => a.name);

test('000: three articles, headline-first, with kicker, fragments and a notice', () => {
  const page = parsePage(seed('000').text);
  assert.deepEqual(names(page).slice(0, 2), ['亮眼成绩单！ 永川实现城镇新增就业2.6万余人', '永川发力药品“永川造”']);
  assert.equal(page.articles.length, 3);
  const [first, second, notice] = page.articles;
  assert.equal(first.kickers[0]?.text, '全面推动党的二十大精神在重庆落地生根开花结果');
  assert.equal(first.dateline?.text, '本报讯(渝西都市报记者 钟梅)');
  assert.equal(second.kickers[0]?.text, '继拥有汽车整车之后');
  assert.equal(second.dateline?.text, '重庆日报讯(记者 周雨)');
  assert.deepEqual(
    second.residue.filter((e) => e.kind === 'fragment').map((e) => e.raw),
    ['外媒\n看\n永川'],
  );
  assert.match(notice.name, /关于召开重庆市永川区第十八届人民代表大会.*决定/);
  assert.ok(notice.elements.some((e) => e.kind === 'docnumber' && e.text === '[十八届]第16号'));
});

test('001: bylines, a subtitle, a caption inside the body, section subheads', () => {
  const page = parsePage(seed('001').text);
  assert.deepEqual(names(page), ['永川区域创新中心加快建设', '永川区15件区级重点民生实事已开复工13件', '永川区:法治助推双城经济圈桥头堡城市建设']);
  const [a, b, c] = page.articles;
  assert.equal(a.byline?.text, '渝西都市报记者 钟梅');
  assert.equal(b.subtitles[0]?.text, '开复工率达86.7%');
  assert.equal(b.captions[0]?.text, '心理教研组组织学生进行考前放松(永川区教委供图)');
  assert.equal(c.byline?.text, '渝西都市报记者 凌泽英 通讯员 张莎莎');
  assert.equal(c.subheads.length, 3);
});

test('002: eight articles marked with # and ##; one headline stands after its body', () => {
  const page = parsePage(seed('002').text);
  assert.equal(page.articles.length, 8);
  const first = page.articles[0];
  assert.equal(first.name, '打造具有永川辨识度的市域产教联合体');
  assert.equal(first.headline?.level, 1);
  assert.equal(first.kickers[0]?.text, '西部职教基地产教联合体理事会第一次会议提出');
  const late = page.articles.filter((a) => a.placement === 'after');
  assert.deepEqual(
    late.map((a) => a.name),
    ['永川江苏商会与部分在永异地商会开展交流合作'],
  );
  assert.equal(late[0].headline?.firstLine, 46);
  assert.equal(late[0].paragraphs[0].firstLine, 40);
  assert.equal(page.articles[4].name, '2024年重庆市普通高校就业创业服务站工作座谈会在永举行');
});

test('003: four articles; one without headline, two with the headline after the body', () => {
  const page = parsePage(seed('003').text);
  assert.equal(page.articles.length, 4);
  const [untitled, drug, cadres, fuling] = page.articles;
  assert.equal(untitled.untitled, true);
  assert.equal(untitled.byline?.text, '□本报记者 何春阳');
  assert.match(untitled.name, /^连日来，市委宣讲团成员/);
  assert.ok(untitled.residue.some((e) => e.kind === 'banner' && e.text === '敢闯敢干 唯实争先'));
  assert.equal(drug.name, '永川发力药品“永川造”');
  assert.equal(drug.placement, 'after');
  assert.equal(drug.kickers[0]?.text, '继拥有汽车整车之后');
  assert.equal(drug.dateline?.text, '本报讯 （记者 周雨）');
  assert.equal(cadres.name, '重庆：以干部敢为善为拼出发展新活力');
  assert.equal(cadres.placement, 'after');
  assert.equal(cadres.byline?.text, '□本报记者 陈国栋');
  assert.deepEqual(
    cadres.subheads.map((s) => s.text),
    ['出真招 见行动见效果', '在状态 时刻鼓起精气神', '建机制 有保障管长远'],
  );
  assert.equal(fuling.name, '涪陵：汇聚治网合力助推“三高地三示范区”建设');
  assert.equal(fuling.placement, 'before');
  assert.ok(fuling.residue.some((e) => e.kind === 'editors' && e.text === '刘玉珮 黄伟 马建保'));
});

test('003: a column-wrapped paragraph is one paragraph, with its column width', () => {
  const page = parsePage(seed('003').text);
  const p = page.articles[0].paragraphs[0];
  assert.equal(p.firstLine, 2);
  assert.equal(p.lastLine, 15);
  assert.equal(p.layout, 'column');
  assert.equal(p.columnWidth, 12);
  assert.ok(p.text.startsWith('连日来，市委宣讲团成员分赴各区县、市级有关部门'));
  assert.ok(p.text.endsWith('中华民族伟大复兴而团结奋斗。'));
});

test('004: the doubled headline opens the second article; the section subheads are two short lines; the editors and the credit close it', () => {
  const page = parsePage(seed('004').text);
  assert.equal(page.articles.length, 3);
  const [first, second, third] = page.articles;
  // `何婧 杨雪婷` / `图片由南岸区疾控中心提供` end the second story: the heading under them opens another.
  assert.ok(second.captions.some((c) => c.text.startsWith('图片由南岸区疾控中心')));
  assert.equal(third.name, '南岸区疾病预防控制中心');
  assert.ok(third.firstLine > second.lastLine);
  assert.equal(first.name, '重庆高新区 多管齐下完善多层级创业保障体系');
  assert.deepEqual(
    first.subheads.map((s) => s.text),
    ['给政策 构建创业扶持政策集群', '搭平台 丰富创新创业孵化载体', '强能力 健全创新创业指导体系'],
  );
  assert.ok(first.captions.some((c) => c.kind === 'credit' && c.text.startsWith('图片由重庆高新区')));
  assert.equal(second.name, '党建引领党建引领 促进区域疾控能力全面提升促进区域疾控能力全面提升');
  assert.equal(second.subheads[0].text, '紧抓组织建设 增强团队凝聚力战斗力');
});

test('every element range covers exactly its raw text, and articles do not overlap', () => {
  for (const file of seedFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const page = parsePage(text);
    for (const e of page.elements) {
      assert.equal(page.source.text.slice(page.source.offsetAt(e.range.start), page.source.offsetAt(e.range.end)), e.raw, `${file} ${e.kind}`);
      assert.equal(e.raw, e.raw.trim());
    }
    for (let i = 1; i < page.articles.length; i++) {
      assert.ok(page.articles[i].firstLine > page.articles[i - 1].lastLine, `${file}: article ${i} overlaps`);
    }
  }
});
