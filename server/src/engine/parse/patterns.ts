// Line patterns of newspaper layout: bylines, datelines, captions and credits, editors' names,
// document numbers. Each is anchored to a whole line or a paragraph start, so body text that
// merely mentions a reporter never matches.

const H = '\\p{Script=Han}';
/**
 * A name: two to four characters, a two-character name padded to the width of three (`游 仪`,
 * `常  钦`: a third of one national daily's bylines), or a transliterated one (`阿卜杜·热合曼`).
 */
const NAME = `(?:[${H}·]{2,4}|${H}[ \\t\\u3000\\u00a0]{1,2}${H}|${H}{1,6}·${H}{1,8})`;
const NAMES = `${NAME}(?:[ \\t\\u3000\\u00a0、]+${NAME})*`;
/** Who a byline names: the newsroom's roles. */
export const ROLE = '(?:特约记者|实习记者|首席记者|记者|通讯员|实习生|见习记者|撰稿|摄影|摄像|编辑)';

/** `渝西都市报记者 钟梅`, `□本报记者 何春阳`, `渝西都市报记者 凌泽英 通讯员 张莎莎`, `文/图 张三`. */
// A bare `文` or `图` needs its space (`图 张三`): without one, `图片报道` would read as 图 + a name.
const BYLINE = new RegExp(
  `^[□■●◆]?\\s*(?:(?:[${H}]{0,10}?${ROLE}|文／图|文/图|图／文|图/文)[ \\t\\u3000\\u00a0]*|[文图][ \\t\\u3000\\u00a0]+)${NAMES}(?:[ \\t\\u3000\\u00a0]+${ROLE}[ \\t\\u3000\\u00a0]*${NAMES})*$`,
  'u',
);

/** A dateline's place and date; a stray space extraction left inside the date (`2月9 日`) does not hide the dateline. */
const PLACE_DATE = `(?:[${H}0-9０-９]|[ \\u00a0](?=[0-9０-９月日]))`;

/** `本报讯(渝西都市报记者 钟梅)`, `重庆日报讯(记者 周雨)`, `本报讯 （记者 周雨）`, `新华社北京12月1日电(记者 …)`. */
const DATELINE = new RegExp(`^[□■\\s]*(?:[${H}]{0,12}讯|(?:新华社|中新社|本报)${PLACE_DATE}{0,14}电)[ \\t\\u3000\\u00a0]*(?:[（(][^（()）\\n]{1,48}[）)])`, 'u');
/** A dateline without its parenthesised note: `本报讯 记者张三报道`, `本报讯　12月19日，…`. */
// Stryker disable next-line StringLiteral: every character the pattern names is in the BMP, so dropping the `u` flag changes nothing.
const DATELINE_BARE = new RegExp(`^[□■\\s]*本报讯(?=[ \\t\\u3000\\u00a0：:])`, 'u');
/** A wire or paper dateline set off by its conventional space, no note: `新华社北京1月31日电  2月1日出版…`, `本报北京2月12日电  记者…`. */
const DATELINE_WIRE = new RegExp(`^[□■\\s]*据?(?:新华社|中新社|本报|人民日报)${PLACE_DATE}{1,14}电(?=[ \\t\\u3000\\u00a0])`, 'u');

/** Photo credits and captions: `(永川区教委供图)`, `图片由南岸区疾控中心提供`, `（记者 张三 摄）`. */
/** A line ending in its credit, no sentence ended before the credit: `村民在田间劳作（记者 张三 摄）`. */
const CREDITED = /^[^。！？]*[（(][^（()）]{0,30}(?:供图|摄|图|提供)[）)]$/u;
const CREDIT_LINE = /^(?:[（(]?\s*(?:图片由|图片来源|图由|照片由|图\/|图／|摄影\/|摄影／|本版图片|资料图片)|[（(][^（()）]{0,30}(?:供图|摄)[）)]$)/u;
const CREDIT_INNER = /(?:提供|供图)$/u;

/** Two to six names of two or three characters: the editors' line at an article's end. */
const EDITORS = new RegExp(`^${`[${H}]{2,3}`}(?:[ \\t\\u3000\\u00a0]+[${H}]{2,3}){1,5}$`, 'u');

/** `[十八届]第16号`, `〔2022〕3号`. */
const DOCNUMBER = /^[[〔【［][^\]〕】］]{1,10}[\]〕】］]\s*第?\s*[0-9０-９一二三四五六七八九十百〇零]+\s*号$/u;

/** A whole line in brackets: `(2022年12月20日…主任会议通过)`. */
const NOTE = /^[（(][^（()）]+[）)]$/u;

/** Matched on a trimmed line: the heading's text runs to the line's end. */
const MARKDOWN_HEADING = /^(#{1,6})[ \t\u3000\u00a0]+(\S.*)/u;

export function isByline(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && BYLINE.test(t);
}

export function datelineLength(paragraph: string): number {
  const m = DATELINE.exec(paragraph) ?? DATELINE_BARE.exec(paragraph) ?? DATELINE_WIRE.exec(paragraph);
  return m ? m[0].length : 0;
}

/**
 * A photographer's credit on a line of its own, with the picture desk's tag: `蒙钟德摄（影像中国）`,
 * `刘振清  张  敏摄影报道（影像中国）`, `本报记者 孙广勇摄`, `程学武摄（新华社发）`. Names and spaces only before `摄`.
 */
const CREDIT_NAME = '(?:\\p{Script=Han}[ \\u3000\\u00a0]{1,2}\\p{Script=Han}|\\p{Script=Han}{2,4}(?:·\\p{Script=Han}{1,6})?)';
const PHOTO_CREDIT = new RegExp(
  `^(?:(?:本报|新华社|人民日报)?(?:特约)?(?:记者|通讯员)[ \\t\\u3000\\u00a0]*)?${CREDIT_NAME}(?:[ \\t\\u3000\\u00a0、]+${CREDIT_NAME}){0,3}[ \\t\\u3000\\u00a0]*(?:摄影报道|摄影|摄)(?:[（(][^（()）]{2,10}[）)])?$`,
  'u',
);

export function isCredit(line: string): boolean {
  const t = line.trim();
  return CREDIT_LINE.test(t) || PHOTO_CREDIT.test(t);
}

/** A caption: a short unpunctuated line that ends in a credit, or that names who supplied a photo. */
/** A caption's opening words: `图为…`, `上图：…`, `图①：…`. */
const CAPTION_OPENING = /^(?:图为|(?:上|下|左|右|题)图[：:为]|图[①-⑳0-9０-９一二三四五六七八九十]{1,2}[：:])/u;

export function isCaption(line: string, standsApart = true): boolean {
  const t = line.trim();
  if (t.length > 60) return false;
  // A short line of its own that opens as captions do, even one that ends in a full stop (`图为工人在车间生产。`).
  // Stryker disable next-line ArrayDeclaration: `?? []` only feeds a count of at most one, which a placeholder element meets too.
  if (standsApart && CAPTION_OPENING.test(t) && (t.match(/[。！？]/gu) ?? []).length <= 1) return true;
  if (CREDITED.test(t)) return true;
  return standsApart && CREDIT_INNER.test(t) && !/[，,、。；;！？]/u.test(t) && t.length <= 40;
}

/** Page furniture naming who made the page (`本版制图：沈亦伶`, `版式设计：蔡华伟`), and a note's signature (`——编  者`). */
const FURNITURE =
  /^(?:(?:本版|版面|版式)?(?:制图|设计|责编|编辑|统筹|摄影|图片编辑|责任编辑)[：:][ \t\u3000\u00a0]*\S(?:[ \t\u3000\u00a0]*\S){0,11}|(?:栏目)?(?:投稿邮箱|电子邮箱|邮箱|联系电话)[：:][ \t\u3000\u00a0]*[\w.@-]{3,40}|——[ \t\u3000\u00a0]*编[ \t\u3000\u00a0]*者)$/u;

export function isEditors(line: string): boolean {
  const t = line.trim();
  return EDITORS.test(t) || FURNITURE.test(t);
}

/** Names only, set apart (`何婧 杨雪婷`): the editors' line, or two short headline phrases of the same shape. */
export function isNamesLine(line: string): boolean {
  return EDITORS.test(line.trim());
}

export function isDocNumber(line: string): boolean {
  return DOCNUMBER.test(line.trim());
}

export function isNote(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && NOTE.test(t);
}

/**
 * A column tag closing a headline: `…（人民眼·乡村善治）`, `…（评论员观察）`, `风驰电掣（动感2019）`,
 * `…（新论·学历史用历史③）`, `…（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）`. Words in brackets (two Han characters in a row at least, no clause
 * mark, no space) after at least two characters of title. A part number alone (`（2）`, `（上）`) is no tag.
 */
/** Matched from the last opening bracket, so a tag is the whole of what it is given. */
const COLUMN_TAG = /[（(](?=[^（）()]*\p{Script=Han}{2})[^（）()，。、；\s]{2,40}[）)]$/u;
/** The longest tag, brackets included: COLUMN_TAG's forty characters in them. */
const LONGEST_TAG = 42;
/** Two Han characters of title before the tag, the last character a word's end (Han, a closing quote or title mark, a figure). */
const TITLE_BEFORE_TAG = /\p{Script=Han}[^（）()]*[\p{Script=Han}”》\p{N}]$/u;

export function endsInColumnTag(text: string): boolean {
  // Looked at from the end only: a page of 10 MB may be one unpunctuated line.
  const t = text.trim();
  const last = t[t.length - 1];
  // Stryker disable next-line ConditionalExpression: a fast exit; COLUMN_TAG also ends on a closing bracket.
  if (last !== '）' && last !== ')') return false;
  const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
  // Stryker disable next-line ConditionalExpression: a fast exit before slicing a long line; COLUMN_TAG bounds the tag too.
  if (t.length - open > LONGEST_TAG) return false;
  // TITLE_BEFORE_TAG asks for two characters of title before the tag.
  if (!COLUMN_TAG.test(t.slice(open))) return false;
  return TITLE_BEFORE_TAG.test(t.slice(Math.max(0, open - 60), open));
}

/** A section's standing label over each item it runs (`图片报道` over a photo and its caption, `简讯` over brief news). */
const STANDING_LABEL = /^(?:图片报道|图片新闻|新闻图片|摄影报道|图说新闻|一图读懂|简讯|快讯|短讯|要闻简报|新闻速览)$/u;

export function isStandingLabel(text: string): boolean {
  return STANDING_LABEL.test(text.trim());
}

export function markdownHeading(line: string): { level: number; text: string } | undefined {
  const m = MARKDOWN_HEADING.exec(line.trim());
  return m ? { level: m[1].length, text: m[2] } : undefined;
}
