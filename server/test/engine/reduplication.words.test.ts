// NP204's word lists (reduplication.ts), one row a word: each word is listed because a doubling
// around it reads differently, and each row shows the reading the word gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { review, Workspace } from '../../src/engine';
import { loadJieba } from '../../src/jieba';

const segmenter = loadJieba();
/** NP204's findings in a one-paragraph page, as severities (`warning` a slip, `hint` open). */
const np204 = (body: string) =>
  review(`标题\n\n${body}\n`, { uri: 'file:///r.txt', segmenter, workspace: new Workspace() })
    .findings.filter((f) => f.ruleId === 'NP204')
    .map((f) => f.severity);

/** A function word doubled is a slip wherever it stands. */
const FUNCTION_WORD_SLIPS: [string, string][] = [
  ['的', '这是我的的书。'],
  ['了', '任务已经完成了了。'],
  ['是', '这是是我们的责任。'],
  ['在', '他在在会上发言。'],
  ['和', '老师和和学生一起参加。'],
  ['与', '城市与与乡村共同发展。'],
  ['及', '企业及及个人均可申报。'],
  ['被', '他被被评为先进个人。'],
  ['从', '代表们从从各地赶来。'],
  ['向', '他向向大家介绍情况。'],
  ['将', '会议将将于下月召开。'],
  ['为', '他为为群众办实事。'],
  ['也', '我们也也参加了活动。'],
  ['都', '大家都都同意这个方案。'],
  ['又', '今年又又获得丰收。'],
  ['而', '因地制宜而而不搞一刀切。'],
  ['或', '电话或或邮件均可联系。'],
  ['但', '条件艰苦，但但大家干劲十足。'],
  ['并', '会议讨论并并通过了决议。'],
  ['着', '他手里拿着着一本书。'],
  ['之', '他们的关系之之密切，令人感动。'],
  ['其', '各地要发挥其其作用。'],
  ['以', '他以以实际行动作出表率。'],
  ['于', '会议于于明天召开。'],
  ['由', '会议由由他主持。'],
  ['让', '这让让大家很感动。'],
  ['给', '他给给我们讲课。'],
  ['这', '这这是一次重要会议。'],
  ['那', '那那是一段难忘的岁月。'],
  ['很', '大家很很高兴。'],
  ['最', '这是最最重要的工作。'],
  ['更', '今年更更要抓好落实。'],
  ['已', '工程已已全面完工。'],
  ['就', '他一到就就开始工作。'],
  ['还', '他还还没有到。'],
  ['却', '条件有限，他却却毫无怨言。'],
  ['所', '这是我们所所希望的。'],
];

for (const [word, body] of FUNCTION_WORD_SLIPS) {
  test(`NP204: “${word}${word}” is a slip`, () => assert.deepEqual(np204(body), ['warning'], body));
}

/** A verb doubled after these words is tried out (grammar), even running on into its clause. */
const TENTATIVE_BEFORE: [string, string][] = [
  ['再', '我们再研究研究方案。'],
  ['好好', '大家好好休息休息身体。'],
  ['给', '请医生给检查检查身体。'],
  ['经常', '他经常活动活动筋骨。'],
  ['常', '平时常走动走动亲戚。'],
  ['常常', '他常常走动走动亲戚。'],
  ['来', '咱们来讨论讨论方案。'],
  ['去', '周末去活动活动筋骨。'],
  ['不去', '过年不去走动走动亲戚。'],
  ['让', '领导说让调查调查再定。'],
  ['帮', '请你帮修改修改稿子。'],
  ['一起', '大家一起活动活动筋骨。'],
  ['一块', '咱们一块研究研究对策。'],
  ['先', '大家先熟悉熟悉环境。'],
];

for (const [word, body] of TENTATIVE_BEFORE) {
  test(`NP204: a verb doubled after “${word}” is tried out`, () => assert.deepEqual(np204(body), [], body));
}

/** A word doubled before these is tried out or suggested (grammar), whatever jieba takes it for. */
const TENTATIVE_AFTER: [string, string][] = [
  ['吧', '我们商量商量吧，不着急。'],
  ['去', '我带你参观参观去，很近。'],
  ['看', '大家归纳归纳看，有什么规律。'],
  ['一下', '大家研究研究一下这个方案。'],
  ['呗', '没事就溜达溜达呗，散散心。'],
  ['嘛', '你就解释解释嘛，他也不容易。'],
  ['这个', '我们研究研究这个问题。'],
  ['这些', '大家整理整理这些材料。'],
  ['那个', '你们讨论讨论那个方案。'],
  ['那些', '他们清点清点那些物资。'],
  ['这件', '咱们议论议论这件事情。'],
  ['这事', '我们合计合计这事。'],
];

for (const [word, body] of TENTATIVE_AFTER) {
  test(`NP204: a word doubled before “${word}” is tried out`, () => assert.deepEqual(np204(body), [], body));
}

/** A verb doubled at a clause end after one of these (a wish, request, plan, habit) may be either: a hint. */
const IRREALIS_CUES: [string, string][] = [
  ['要', '过年要找时间走动走动。'],
  ['想', '他想找时间走动走动。'],
  ['能', '希望能找时间走动走动。'],
  ['可以', '大家可以找时间走动走动。'],
  ['应该', '亲戚之间应该找时间走动走动。'],
  ['应当', '亲戚之间应当找时间走动走动。'],
  ['得', '过年得找时间走动走动。'],
  ['该', '过年该找时间走动走动。'],
  ['需要', '过年需要找时间走动走动。'],
  ['让', '让孩子们找时间走动走动。'],
  ['请', '请大家找时间走动走动。'],
  ['给', '给老人找时间按摩按摩。'],
  ['帮', '帮老人找时间按摩按摩。'],
  ['来', '来这里找时间走动走动。'],
  ['去', '周末去亲戚家里走动走动。'],
  ['不去', '过年不去亲戚家里走动走动？'],
  ['再', '明年再找时间走动走动。'],
  ['好好', '过年好好找时间走动走动。'],
  ['一块', '咱俩一块找时间走动走动。'],
  ['一起', '大家一起找时间走动走动。'],
  ['趁', '趁过年找时间走动走动。'],
  ['趁着', '趁着过年找时间走动走动。'],
  ['把', '把身体活动活动。'],
  ['如果', '如果有时间就走动走动，'],
  ['要是', '要是有时间就走动走动，'],
  ['咱', '咱就找时间走动走动。'],
  ['咱们', '咱们找个时间走动走动。'],
  ['经常', '亲戚之间经常找时间走动走动。'],
  ['常', '亲戚之间常出门走动走动。'],
  ['常常', '亲戚之间常常找时间走动走动。'],
  ['时常', '亲戚之间时常找时间走动走动。'],
  ['平时', '亲戚之间平时找时间走动走动。'],
  ['没事', '退休后没事就出门走动走动。'],
  ['有空', '退休后有空就出门走动走动。'],
  ['不妨', '大家不妨找时间走动走动。'],
  ['何不', '大家何不找时间走动走动？'],
  ['不如', '大家不如找时间走动走动。'],
  ['多', '亲戚之间多找时间走动走动。'],
];

for (const [word, body] of IRREALIS_CUES) {
  test(`NP204: a verb doubled at a clause end after “${word}” is open`, () => assert.deepEqual(np204(body), ['hint'], body));
}

/** Words doubled as a name's or a sound's, which a word list or a quotation tells. */
test('NP204: a word doubled inside quotes of its own is the quotation’s; a name of sound characters doubles whatever jieba’s tag', () => {
  assert.deepEqual(np204('他说这只是“意思意思”而已。'), []);
  assert.deepEqual(np204('视频网站哔哩哔哩上线新功能。'), []);
});
