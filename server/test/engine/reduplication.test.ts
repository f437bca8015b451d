// NP204 against the reduplication patterns of Chinese (reduplication.ts), one case a pattern,
// each from edited copy: grammar is never a warning, a slip always is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, Workspace } from '../../src/engine';
import { loadJieba } from '../../src/jieba';

const segmenter = loadJieba();
const np204 = (body: string) => review(`标题\n\n${body}\n`, { uri: 'file:///r.txt', segmenter, workspace: new Workspace() }).findings.filter((f) => f.ruleId === 'NP204');
const warnings = (body: string) => np204(body).filter((f) => f.severity !== 'hint');

const GRAMMAR: [string, string][] = [
  ['a measure word or noun meaning “every”', '推动民生工作件件有回应、周周有交流，实现校校融合。'],
  ['“whole … at a time”', '有人整箱整箱地往车上搬。'],
  ['“one by one”', '把要求一项一项落到实处。'],
  ['a single-character verb tried out', '大姐先吃碗面垫垫肚子再去采买。'],
  ['a two-character verb tried out', '逢年过节，大家都要再说道说道。'],
  ['a two-character verb softened, with 吧 or 去', '我带你参观参观去。'],
  ['a state adjective', '通红通红的山村连同远山一起醒来。'],
  ['onomatopoeia', '他拿着剪刀咔嚓咔嚓剪了起来，门铃叮铃铃地响。'],
  ['emphasis: A A 再 A', '工作要抓紧抓紧再抓紧。'],
  ['V着V着', '聊着聊着，天就黑了。'],
  ['a name', '诺贝尔奖得主屠呦呦来到现场。'],
  ['a title', '新作《家道颖颖》和《月亮粑粑》上演。'],
  ['a word called out as its own clause', '干部干部，首先要干。年画年画，无画不年。'],
  ['the preposition 把 before the verb 把', '编辑要把把文字关的责任扛起来。'],
  ['verse: a doubled syllable closing a four-character line', '《诗经》写道：“钟鼓喤喤，磬莞将将。”'],
  ['“one by one” with any measure word', '报告材料挺厚，一摞一摞的，真看不过来。'],
  ['“one by one” over a measure word and its noun', '拿出钉钉子精神，一个问题一个问题解决。'],
  ['V着V着 cut into words', '走着走着就找不到来时的路了。'],
  ['a phrase repeated where speech ends', '他连声说“够了够了，不用捐了”。主人说，吃饭吧吃饭吧。'],
  ['a word and a longer word that begins with it', '他任特务大队大队长，提升基层党组织组织力。'],
  ['a verb tried out where the clause wishes or asks', '过年不去走动走动，这感情不就断了？李书记给参谋参谋？'],
];

const SLIPS: [string, string][] = [
  ['的 twice', '这是我的的书。'],
  ['是 twice', '这是是我们的责任。'],
  ['在 twice', '他在在会上发言。'],
  ['了 twice after a verb', '任务已经完成了了。'],
  ['了 twice, read by jieba as one word', '他的经历被写成了了《老司机》这首歌。'],
  ['a verb doubled before its object', '为了增强增强说服力，展台上还摆放了蜂箱。'],
  ['a noun doubled inside a clause', '两人两人拥抱在一起，久久不放。'],
  ['a conjunction doubled', '然而然而，仅靠某项政策还不够。'],
  ['一X doubled where X counts nothing', '今后，两人一起一起用勤劳双手致富。'],
  ['一X doubled after a word that picks out one', '是前辈培育了我们这一代一代，是时代滋养了我们。'],
  ['a two-word stretch doubled inside its clause', '好不容易才推掉。没走没走多远，又有菜贩推销青椒。'],
  ['a word whose copies jieba joins across the middle', '欧盟应成为应对应对气候变化的全球领导者。'],
  ['a preposition ending in 着', '带领观众沿着沿着“历史的车轮”回到过去。'],
  ['a verb doubled at the end of a clause that reports', '美方表示表示，美中关系是多维度的。'],
  ['a verb doubled after 的', '展览让更多人对中国有了更深的认识认识，友谊不断加深。'],
];

for (const [pattern, body] of GRAMMAR) {
  test(`NP204 grammar: ${pattern}`, () =>
    assert.deepEqual(
      warnings(body).map((f) => f.message),
      [],
      body,
    ));
}
for (const [pattern, body] of SLIPS) {
  test(`NP204 slip: ${pattern}`, () => assert.equal(warnings(body).length, 1, body));
}

test('NP204: a verb doubled at a clause end is open, a hint whose fix is not preferred', () => {
  const found = np204('不忘亲戚，趁着逢年过节走动走动。');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'hint');
  assert.equal(found[0].fixes[0].preferred, false);
});

test('NP204: a doubling across a column wrap is read as the paragraph reads, and its fix removes a copy no break runs through', () => {
  // `实实⏎在在`: the wrap splits 实实在在, which is one word; `的⏎的` is a slip across the wrap.
  const wrapped = '标题\n\n中国企业为南非带来实实\n在在的利益，中国已连续十\n年成为南非最大的贸易伙伴\n';
  assert.deepEqual(
    review(wrapped, { segmenter }).findings.filter((f) => f.ruleId === 'NP204'),
    [],
  );
  const slip = '标题\n\n中国企业为南非带来实在的\n的利益，中国已连续十年成\n为南非最大的贸易伙伴。\n';
  const found = review(slip, { segmenter }).findings.filter((f) => f.ruleId === 'NP204');
  assert.equal(found.length, 1);
  const edits = found[0].fixes[0].edits;
  assert.equal(slip.slice(edits[0].start, edits[0].end), '的');
});
