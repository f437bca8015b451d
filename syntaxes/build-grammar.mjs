#!/usr/bin/env node
// Generates syntaxes/newsprint.tmLanguage.json (TextMate grammar, scope `text.newsprint`).
//
// The grammar repeats the same figure sub-expressions (number, unit, date) in several
// rules (plain figures, both sides of a range), so it is composed here from named pieces
// instead of being edited as JSON. Edit this file, then run:
//
//   node syntaxes/build-grammar.mjs          # rewrite the JSON
//   node syntaxes/build-grammar.mjs --check  # exit 1 if the JSON is stale
//   npm run test:grammar                     # grammar tests in syntaxes/test/
//
// Regexes are Oniguruma (vscode-textmate). CJK is matched with explicit code-point
// ranges; every group inside a shared piece is non-capturing so that the capture
// numbers of the rules that embed it stay stable.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'newsprint.tmLanguage.json');

// ---------------------------------------------------------------- pieces
const HAN = String.raw`\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{f900}-\x{faff}`;
const SP = String.raw`[ \t\x{3000}]`; // half-width or ideographic space
const D = '[0-9０-９]'; // half- and full-width digits
const NOT_BEFORE = '(?<![A-Za-z0-9０-９.．])'; // not inside a word/number (5G, PM2.5, v1.2)
const NOT_AFTER = '(?![A-Za-z0-9０-９])';
const NUM = `${D}+(?:[.．]${D}+)?`;
const CNUM = '[〇零一二三四五六七八九十百千两]+';
const SCALE = '(?:万亿|千亿|百亿|千万|百万|十万|亿|万|千|百)';

const alt = (words) => `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})`;

// Measure words and units that may follow a number. Longest first (alt() sorts).
const UNIT_WORDS = [
  // money
  '元', '美元', '欧元', '日元', '港元', '英镑', '块',
  // people and things
  '人', '人次', '名', '位', '户', '家', '家次', '个', '件', '项', '条', '处', '场', '场次', '次',
  '批', '类', '种', '期', '届', '级', '号', '所', '座', '栋', '间', '张', '份', '篇', '部', '台',
  '辆', '架', '艘', '套', '支', '只', '头', '棵', '株', '堂', '门', '节', '章', '款', '例',
  '剂', '剂次', '册', '本', '页', '幅', '组', '队', '轮', '岁', '倍', '成', '点', '点钟', '遍', '字',
  '年级', '个百分点', '百分点',
  // time
  '年', '年度', '个月', '月', '日', '天', '周', '周年', '星期', '小时', '时', '分钟', '分', '秒',
  '世纪', '季度', '代',
  // measures
  '米', '千米', '公里', '厘米', '毫米', '平方米', '平方公里', '平方千米', '立方米', '亩', '公顷',
  '吨', '千克', '公斤', '斤', '两', '克', '毫克', '升', '毫升', '度', '千瓦', '千瓦时', '兆瓦', '瓦',
  '摄氏度', '分贝', '像素',
];
const UNIT_SIGNS = ['%', '％', '‰', '℃'];
const UNIT_LATIN = ['km', 'kg', 'cm', 'mm', 'm²', 'm³', 'GB', 'MB', 'TB', 'kW', 'kWh', 'MW', 'GW', 'Mbps', 'Gbps'];
const UNIT = `(?:${alt(UNIT_WORDS)}|${alt(UNIT_SIGNS)}|${alt(UNIT_LATIN)}(?![A-Za-z]))`;
// `元/人`, `万元/企`, `元/平方米`
const PER = `(?:[/／](?:${alt(UNIT_WORDS)}|[${HAN}]))?`;

// A quantity: 2.6万余人, 13.6亿元, 86.7%, 3705家, 1590人次, 70多人, 2300余, 5 年, or a bare 2.6.
const QTY_UNIT = `${NOT_BEFORE}${NUM}${SCALE}?(?:[余多来]?${SP}?${UNIT}${PER})`;
const QTY = `${NOT_BEFORE}${NUM}${SCALE}?(?:[余多来]?${SP}?${UNIT}${PER}|[余多]|${NOT_AFTER})`;
const NUM_BARE = `${NOT_BEFORE}${NUM}${NOT_AFTER}`;

// A calendar date or clock reading: 2022年12月25日, 12月19日, 12月 15日, 25日, 9月14日10时.
const DAY = `${D}{1,2}${SP}?[日号]`;
const MONTH = `${D}{1,2}${SP}?月`;
const HOUR = `(?:${SP}?${D}{1,2}${SP}?[时点](?:${D}{1,2}分)?)?`;
const DATE = `${NOT_BEFORE}(?:${D}{4}${SP}?年(?:${SP}?${MONTH})?(?:${SP}?${DAY})?|${MONTH}(?:${SP}?${DAY})?|${DAY})${HOUR}`;
const TIME = `${NOT_BEFORE}${D}{1,2}[:：]${D}{2}(?:[:：]${D}{2})?${NOT_AFTER}`;

const FIG_UNIT = `(?:${DATE}|${QTY_UNIT})`; // a figure that carries a unit
const FIG_ANY = `(?:${DATE}|${QTY})`;
const DASH = `(?:—(?!—)|[～~〜])`; // span marks; `——` is a prose dash, not a range
const HYPHEN = '[-－–]'; // a hyphen is only read as a range mark next to a unit (1月-10月)

// Ordinals: 第16号, 第十八届, 第二次会议 (a Chinese numeral needs a measure word).
const ORD_UNIT = alt(['届', '次', '号', '季度', '期', '批', '批次', '名', '条', '款', '章', '节', '版', '轮', '场', '类', '项', '件', '个', '位', '年', '天', '周', '代', '阶段', '部分']);
const ORDINAL = `第(?:${NUM}${ORD_UNIT}?|${CNUM}${ORD_UNIT})`;

// Roles in a byline: 本报记者, 渝西都市报记者, 新华社记者, 特约记者, 通讯员, 实习生.
const ROLE = `(?:(?:本报|[${HAN}]{1,10}?(?:报|社|台|网|刊))?(?:特约|见习|首席|摄影|驻[${HAN}]{1,4})?(?:记者|评论员)|通讯员|实习生)`;
const NAME = `[${HAN}]{2,4}(?:[·•][${HAN}]{1,6})?`;
// A whole byline line: `渝西都市报记者 钟梅`, `□本报记者 何春阳`, `渝西都市报记者 凌泽英 通讯员 张莎莎`.
// A name must be separated from its role by a space unless the line opens with □/■,
// so that a wrapped body line such as `重庆日报记者昨日从该` is not taken for a byline.
const BYLINE_BODY_SPACED = `${ROLE}${SP}+${NAME}(?:${SP}+(?:${ROLE}${SP}*)?${NAME})*`;
const BYLINE_BODY_LOOSE = `${ROLE}${SP}*${NAME}(?:${SP}+(?:${ROLE}${SP}*)?${NAME})*`;

// Photo credits in parentheses: (永川区教委供图), （记者 张三 摄）, （新华社发）.
const CREDIT_END = alt(['供图', '摄', '摄影', '制图', '绘图', '资料图片', '资料图', '新华社发']);
const CREDIT = `[(（](?:[^()（）]{0,40}?${CREDIT_END}|图片由[^()（）]{1,40}?提供)[)）]`;

// --------------------------------------------------------------- grammar
/** A pair of quotation marks that may run over line wraps until the closing mark or a blank line. */
function quotation(open, close, name) {
  return {
    begin: open,
    end: `${close}|^(?=${SP}*$)`,
    name,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.newsprint' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.newsprint' } },
    patterns: [{ include: '#quoted-content' }],
  };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Newsprint',
  scopeName: 'text.newsprint',
  comment: 'Generated by syntaxes/build-grammar.mjs; edit that file and rerun it. Tests: npm run test:grammar.',
  patterns: [
    { include: '#heading' },
    { include: '#dateline' },
    { include: '#byline-line' },
    { include: '#caption-line' },
    { include: '#inline' },
  ],
  repository: {
    heading: {
      comment: 'Markdown-like headline marks: `# 标题`, `## 标题`.',
      match: `^[ \\t]{0,3}(#{1,6})(${SP}+)(.*)$`,
      name: 'markup.heading.newsprint',
      captures: {
        1: { name: 'punctuation.definition.heading.newsprint' },
        3: { name: 'entity.name.section.newsprint', patterns: [{ include: '#inline' }] },
      },
    },

    dateline: {
      comment: 'A dateline opening a paragraph: 本报讯(渝西都市报记者 钟梅), 重庆日报讯 （记者 周雨）, 新华社北京12月19日电（记者 张三）.',
      patterns: [
        {
          match: `^${SP}*([${HAN}]{1,8}讯)${SP}*([(（])([^()（）]{1,40})([)）])`,
          name: 'meta.dateline.newsprint',
          captures: {
            1: { name: 'keyword.other.dateline.newsprint' },
            2: { name: 'punctuation.definition.dateline.begin.newsprint' },
            3: { name: 'meta.byline.newsprint', patterns: [{ include: '#byline-parts' }] },
            4: { name: 'punctuation.definition.dateline.end.newsprint' },
          },
        },
        {
          match: `^${SP}*([${HAN}]{2,10}?)(${D}{1,2}月${D}{1,2}日)(电)${SP}*([(（])([^()（）]{1,40})([)）])`,
          name: 'meta.dateline.newsprint',
          captures: {
            1: { name: 'keyword.other.dateline.newsprint' },
            2: { name: 'constant.numeric.date.newsprint' },
            3: { name: 'keyword.other.dateline.newsprint' },
            4: { name: 'punctuation.definition.dateline.begin.newsprint' },
            5: { name: 'meta.byline.newsprint', patterns: [{ include: '#byline-parts' }] },
            6: { name: 'punctuation.definition.dateline.end.newsprint' },
          },
        },
      ],
    },

    'byline-line': {
      comment: 'A line that is only a byline: 渝西都市报记者 钟梅 / □本报记者 何春阳 / … 通讯员 张莎莎.',
      patterns: [
        {
          match: `^${SP}*([□■])${SP}*(${BYLINE_BODY_LOOSE})${SP}*$`,
          name: 'meta.byline.newsprint',
          captures: {
            1: { name: 'punctuation.definition.byline.newsprint' },
            2: { patterns: [{ include: '#byline-parts' }] },
          },
        },
        {
          match: `^${SP}*(${BYLINE_BODY_SPACED})${SP}*$`,
          name: 'meta.byline.newsprint',
          captures: {
            1: { patterns: [{ include: '#byline-parts' }] },
          },
        },
      ],
    },

    'byline-parts': {
      patterns: [
        { match: ROLE, name: 'keyword.other.role.newsprint' },
        { match: `(?:(?!记者|评论员|通讯员|实习生)[${HAN}·•])+`, name: 'entity.name.function.byline.newsprint' },
      ],
    },

    'caption-line': {
      comment: 'Captions and photo credits that occupy a line of their own.',
      patterns: [
        {
          match: `^${SP}*((?:图片(?:由|来源|提供)|(?:摄影|图|图文|制图)${SP}*[/／:：|｜]|文${SP}*[/／]${SP}*图).*)$`,
          name: 'meta.caption.newsprint',
          captures: { 1: { name: 'comment.line.credit.newsprint' } },
        },
        {
          match: `^${SP}*(图为.*)$`,
          name: 'meta.caption.newsprint',
          captures: { 1: { name: 'comment.line.caption.newsprint' } },
        },
        {
          comment: 'A short line without sentence-final punctuation that ends in a credit: 心理教研组组织学生进行考前放松(永川区教委供图).',
          match: `^${SP}*([^。！？!?]{1,80}?)${SP}*(${CREDIT})${SP}*$`,
          name: 'meta.caption.newsprint',
          captures: {
            1: { name: 'comment.line.caption.newsprint' },
            2: { name: 'comment.line.credit.newsprint' },
          },
        },
      ],
    },

    inline: {
      patterns: [
        { include: '#credit' },
        { include: '#quote-double' },
        { include: '#quote-single' },
        { include: '#quote-corner' },
        { include: '#quote-corner-single' },
        { include: '#title' },
        { include: '#figures' },
      ],
    },

    credit: {
      match: CREDIT,
      name: 'comment.line.credit.newsprint',
    },

    // Quotations and titles may wrap onto following lines (column-wrapped pages);
    // a blank line (paragraph end) closes an unbalanced one.
    'quote-double': quotation('“', '”', 'string.quoted.double.newsprint'),
    'quote-single': quotation('‘', '’', 'string.quoted.single.newsprint'),
    'quote-corner': quotation('「', '」', 'string.quoted.double.corner.newsprint'),
    'quote-corner-single': quotation('『', '』', 'string.quoted.single.corner.newsprint'),
    'quoted-content': {
      patterns: [
        { include: '#quote-double' },
        { include: '#quote-single' },
        { include: '#quote-corner' },
        { include: '#quote-corner-single' },
        { include: '#title' },
        { include: '#figures' },
      ],
    },

    title: {
      comment: 'Titles of works: 《建设实施方案》, with 〈…〉 nested inside.',
      begin: '《',
      end: `》|^(?=${SP}*$)`,
      name: 'entity.name.tag.title.newsprint',
      beginCaptures: { 0: { name: 'punctuation.definition.title.begin.newsprint' } },
      endCaptures: { 0: { name: 'punctuation.definition.title.end.newsprint' } },
      patterns: [
        {
          begin: '〈',
          end: `〉|^(?=${SP}*$)`,
          beginCaptures: { 0: { name: 'punctuation.definition.title.begin.newsprint' } },
          endCaptures: { 0: { name: 'punctuation.definition.title.end.newsprint' } },
          patterns: [{ include: '#quoted-content' }],
        },
        { include: '#quoted-content' },
      ],
    },

    figures: {
      patterns: [
        { include: '#document-number' },
        { include: '#range' },
        { include: '#ordinal' },
        { include: '#time' },
        { include: '#date' },
        { include: '#quantity' },
      ],
    },

    'document-number': {
      comment: 'Document numbers: [十八届]第16号, 〔十八届〕第16号, 〔2022〕12号.',
      match: `([\\[［〔【])([${HAN}0-9０-９]{1,10})([\\]］〕】])${SP}?(第?(?:${D}+|${CNUM})号)`,
      name: 'constant.other.document-number.newsprint',
      captures: {
        1: { name: 'punctuation.definition.document-number.begin.newsprint' },
        3: { name: 'punctuation.definition.document-number.end.newsprint' },
        4: { name: 'constant.numeric.ordinal.newsprint' },
      },
    },

    range: {
      comment: 'Spans: 1—6月, 25日—26日, 9亿～16亿, 15%～30%; with a hyphen only next to a unit: 1月-10月.',
      patterns: [
        {
          match: `(${FIG_ANY})(${SP}?${DASH}${SP}?)(${FIG_ANY})`,
          name: 'meta.range.newsprint',
          captures: {
            1: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
            2: { name: 'punctuation.separator.range.newsprint' },
            3: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
          },
        },
        {
          match: `(${FIG_UNIT})(${HYPHEN})(${FIG_ANY})|(${NUM_BARE})(${HYPHEN})(${FIG_UNIT})`,
          name: 'meta.range.newsprint',
          captures: {
            1: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
            2: { name: 'punctuation.separator.range.newsprint' },
            3: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
            4: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
            5: { name: 'punctuation.separator.range.newsprint' },
            6: { patterns: [{ include: '#date' }, { include: '#quantity' }] },
          },
        },
      ],
    },

    ordinal: { match: ORDINAL, name: 'constant.numeric.ordinal.newsprint' },
    time: { match: TIME, name: 'constant.numeric.time.newsprint' },
    date: { match: DATE, name: 'constant.numeric.date.newsprint' },
    quantity: { match: QTY, name: 'constant.numeric.figure.newsprint' },
  },
};

const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch { /* missing */ }
  if (current !== json) {
    console.error(`${OUT} is stale: run node syntaxes/build-grammar.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}`);
}
