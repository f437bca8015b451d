// The line patterns of newspaper layout, each against lines it must take and lines it must leave:
// real bylines, datelines, credits, captions, editors' lines, document numbers, notes, column tags
// and Markdown headings, and the body text and headlines that resemble them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength, endsInColumnTag, isByline, isCaption, isCredit, isDocNumber, isEditors, isNamesLine, isNote, isStandingLabel, markdownHeading } from '../../src/engine/parse/patterns';

function table(name: string, is: (line: string) => boolean, yes: string[], no: string[]) {
  for (const line of yes) assert.ok(is(line), `${name} should take ${JSON.stringify(line)}`);
  for (const line of no) assert.ok(!is(line), `${name} should leave ${JSON.stringify(line)}`);
}

test('bylines: the newsroom roles and names, alone on a line', () => {
  table(
    'isByline',
    isByline,
    [
      '渝西都市报记者 钟梅',
      '□本报记者 何春阳',
      '渝西都市报记者 凌泽英 通讯员 张莎莎',
      '文/图 张三',
      '文／图 李四',
      '本报记者 孙广勇 王 迪',
      '本报记者　张三、李四',
      '记者 欧阳晓明',
      '实习生 王五',
      '  本报特约记者 张三  ',
      '新华社记者 阿卜杜·热合曼',
    ],
    [
      '记者从市教委获悉，今年全市新增学位5万个。',
      '本报记者张三报道：今年全市新增学位5万个',
      '市委宣讲团成员、市委',
      '记者',
      '本报记者 张三说，今年全市新增学位5万个',
      '全面推进乡村振兴',
      `本报记者 ${'张三 '.repeat(13)}`,
      '记者 A B',
    ],
  );
});

test('datelines: the paper or agency, place and date, and the note in brackets', () => {
  const cases: [string, string][] = [
    ['本报讯(渝西都市报记者 钟梅)今年以来，', '本报讯(渝西都市报记者 钟梅)'],
    ['重庆日报讯(记者 周雨)继2019年', '重庆日报讯(记者 周雨)'],
    ['本报讯 （记者 周雨）继2019年', '本报讯 （记者 周雨）'],
    ['新华社北京12月1日电(记者 张三)国家统计局', '新华社北京12月1日电(记者 张三)'],
    ['本报讯 记者张三报道', '本报讯'],
    ['本报讯　12月19日，', '本报讯'],
    ['新华社北京1月31日电  2月1日出版的', '新华社北京1月31日电'],
    ['本报北京2月12日电  记者从教育部获悉', '本报北京2月12日电'],
    ['据新华社北京2月12日电  记者', '据新华社北京2月12日电'],
    ['本报北京2月9 日电  记者', '本报北京2月9 日电'],
    ['人民日报北京2月1日电  记者', '人民日报北京2月1日电'],
  ];
  for (const [paragraph, dateline] of cases) assert.equal(datelineLength(paragraph), dateline.length, paragraph);
  for (const paragraph of ['今年以来，本报讯息不断', '新华社报道称，', '本报讯息', '本报北京2月12日电记者从教育部获悉', '他说(记者 张三)', '']) {
    assert.equal(datelineLength(paragraph), 0, paragraph);
  }
});

test('photo credits: on a line of their own', () => {
  table(
    'isCredit',
    isCredit,
    [
      '(永川区教委供图)',
      '（记者 张三 摄）',
      '图片由南岸区疾控中心提供',
      '蒙钟德摄（影像中国）',
      '刘振清  张  敏摄影报道（影像中国）',
      '本报记者 孙广勇摄',
      '程学武摄（新华社发）',
      '资料图片',
      '图/张三',
    ],
    ['他摄取了大量营养', '摄影爱好者张三在展览上说', '我们要提供更好的服务', '本报记者 孙广勇', '张三李四王五赵六钱七摄'],
  );
});

test('captions: a line that opens as captions do, or ends in its credit', () => {
  table(
    'isCaption',
    (l) => isCaption(l),
    [
      '图为工人在车间生产。',
      '上图：村民在田间劳作',
      '图①：新建成的学校',
      '图3：展览现场',
      '村民在田间劳作（记者 张三 摄）',
      '新建成的学校（永川区教委供图）',
      '图片由南岸区疾控中心提供',
      '南岸区疾控中心提供',
    ],
    [
      '图为工人在车间生产。图为工人在车间生产。',
      '今年以来，全区新增就业2.6万人（区人社局供图）。记者了解到，',
      '该中心提供了大量便民服务，群众纷纷点赞',
      `图为${'工人在车间生产'.repeat(10)}`,
      '全面推进乡村振兴',
    ],
  );
  assert.ok(!isCaption('图为工人在车间生产。', false), 'inside a column block, only a credit makes a caption');
  assert.ok(isCaption('村民在田间劳作（记者 张三 摄）', false));
  assert.ok(!isCaption('南岸区疾控中心提供', false));
});

test("editors' lines and page furniture", () => {
  table(
    'isEditors',
    isEditors,
    ['何婧 杨雪婷', '张三　李四　王五', '本版制图：沈亦伶', '版式设计：蔡华伟', '责任编辑：张三', '投稿邮箱：news@example.com', '——编  者', '——编者'],
    ['何婧杨雪婷', '何', '全面推进 乡村振兴发展新局面', '责任编辑张三', '本版制图：' + '沈'.repeat(20), '张三 李四 王五 赵六 钱七 孙八 周九'],
  );
  assert.ok(isNamesLine('何婧 杨雪婷'));
  assert.ok(!isNamesLine('本版制图：沈亦伶'), 'furniture is not a names line');
});

test('document numbers, notes and column tags', () => {
  table('isDocNumber', isDocNumber, ['〔2022〕3号', '[十八届]第16号', '【2019】第 12 号', '［2020］一百号'], ['2022年3号', '〔2022〕', '第16号', '〔2022〕3号文件']);
  table('isNote', isNote, ['(2022年12月20日重庆市第六届人民代表大会常务委员会主任会议通过)', '（上接第一版）'], ['（上接第一版）今年以来', '（）', `（${'字'.repeat(80)}）`]);
  table(
    'endsInColumnTag',
    endsInColumnTag,
    ['乡村振兴见闻（人民眼·乡村善治）', '人民观点（评论员观察）', '风驰电掣（动感2019）', '让历史照亮未来（新论·学历史用历史③）', '“一带一路”建设（2019春运一线）'],
    [
      '乡村振兴见闻（2）',
      '乡村振兴见闻（上）',
      '（人民眼·乡村善治）',
      '乡村振兴见闻（人民眼，乡村善治）',
      '乡村振兴见闻（人民眼 乡村善治）',
      '乡村振兴见闻',
      '乡村振兴见闻（人民眼·乡村善治',
      `乡村振兴见闻（${'长'.repeat(45)}）`,
    ],
  );
});

test('Markdown headings: one to six #, then a space, then words', () => {
  assert.deepEqual(markdownHeading('# 永川区域创新中心加快建设'), { level: 1, text: '永川区域创新中心加快建设' });
  assert.deepEqual(markdownHeading('###　副题 '), { level: 3, text: '副题' });
  assert.deepEqual(markdownHeading('  ## 标题'), { level: 2, text: '标题' });
  for (const line of ['#标题', '####### 标题', '# ', '标题 # 二', '']) assert.equal(markdownHeading(line), undefined, line);
});

test('each pattern takes its line with the spaces around it', () => {
  const padded = (l: string) => `\u3000 ${l}  `;
  assert.ok(isCredit(padded('本报记者 孙广勇摄')));
  assert.ok(isCaption(padded('上图：村民在田间劳作')));
  assert.ok(isEditors(padded('何婧 杨雪婷')));
  assert.ok(isNamesLine(padded('何婧 杨雪婷')));
  assert.ok(isDocNumber(padded('〔2022〕3号')));
  assert.ok(isNote(padded('（上接第一版）')));
  assert.ok(endsInColumnTag(padded('人民观点（评论员观察）')));
  assert.ok(isStandingLabel(padded('图片报道')));
});

test('the length limits of bylines, captions, credits and notes', () => {
  const byline = (n: number) =>
    '本报记者 ' +
    '王小明 '
      .repeat(Math.ceil(n / 4))
      .slice(0, n - 5)
      .trim();
  assert.equal(byline(40).length, 40);
  assert.ok(isByline(byline(40)));
  assert.ok(!isByline(byline(40) + '明'));
  const opening = (n: number) => '图为' + '工人在车间生产'.repeat(9).slice(0, n - 2);
  assert.ok(isCaption(opening(60)));
  assert.ok(!isCaption(opening(61)));
  const supplied = (n: number) => '南岸区疾控中心'.repeat(6).slice(0, n - 2) + '提供';
  assert.ok(isCaption(supplied(40)));
  assert.ok(!isCaption(supplied(41)));
  const note = (n: number) => `（${'通过'.repeat(40).slice(0, n - 2)}）`;
  assert.ok(isNote(note(80)));
  assert.ok(!isNote(note(81)));
});

test('a credit ends its line, in brackets or after who supplied the picture', () => {
  assert.ok(isCaption('游客在景区参观（图）'));
  assert.ok(!isCaption('（张三摄）游客在景区参观'));
  assert.ok(!isCaption('游客在景区参观。（张三摄）'));
  assert.ok(isCredit('（图片由南岸区疾控中心提供）'));
  assert.ok(isCredit('（ 图片由南岸区疾控中心提供）'));
  assert.ok(!isCredit('（张三摄）游客在景区参观'));
});

test('document numbers, furniture and standing labels are whole lines', () => {
  assert.ok(isDocNumber('〔2022〕 第3号'));
  assert.ok(!isDocNumber('依据〔2022〕3号'));
  assert.ok(isEditors('投稿邮箱： news@example.com'));
  assert.ok(isEditors('—— 编者'));
  assert.ok(!isEditors('图为游客参观。责任编辑：王小明'));
  assert.ok(isStandingLabel('简讯'));
  assert.ok(!isStandingLabel('简讯一则'));
  assert.ok(!isStandingLabel('新华社简讯'));
});

test('a column tag: two Han characters in a row, after two characters of title ending a word, up to forty in brackets', () => {
  assert.ok(endsInColumnTag('春运（评论员观察）'));
  assert.ok(endsInColumnTag('人民观点(评论员观察)'));
  assert.ok(!endsInColumnTag('春运一场共享发展的旅程（第2版）'));
  assert.ok(!endsInColumnTag('春运一场共享发展的旅程（评论员观察）之旅）'));
  assert.ok(!endsInColumnTag('春运旅程——（评论员观察）'));
  assert.ok(endsInColumnTag('风驰电掣2019（动感地带）'));
  const longest = '在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章新征程再出发新时代';
  assert.equal(longest.length, 40);
  assert.ok(endsInColumnTag(`坚定不移推进全面从严治党向纵深发展取得新成效（${longest}）`));
  assert.ok(!endsInColumnTag(`坚定不移推进全面从严治党向纵深发展取得新成效（${longest}新）`));
});

test('a Markdown heading may set its words apart from the marks by several spaces', () => {
  assert.deepEqual(markdownHeading('##  标题'), { level: 2, text: '标题' });
});
