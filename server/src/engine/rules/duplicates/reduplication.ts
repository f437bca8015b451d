// When a word written twice is Chinese grammar and when it is a slip. Edited news copy doubles
// words on purpose all the time: measure words and nouns meaning "every" (`件件有回应`, `年年`),
// adjectives and onomatopoeia (`通红通红的`, `咔嚓咔嚓`), verbs tried out (`再说道说道`, `好好拾掇拾掇`),
// "one by one" (`一项一项`), emphasis (`抓紧抓紧再抓紧`), names (`屠呦呦`), rhetoric (`干部干部，`).
// A slip doubles a function word (`的的`, `是是`, `完成了了`) or a content word where no pattern
// allows it (`为了增强增强说服力`, `两人两人拥抱`). Single characters: only the function words of
// FUNCTION_WORDS are ever a slip; two or more: a slip unless a pattern below accounts for it.
import type { TaggedWord } from '../../segment/segmenter';

/**
 * Function words that Chinese never doubles: `的的`, `了了`, `是是`, `在在` are slips wherever they
 * stand (jieba keeps the idioms that contain them whole: `一了了之`, `的的确确`). `对对` (yes, yes),
 * `把把关` (preposition then verb), `不不` (no, no) and pronouns are left out: speech doubles them.
 */
export const FUNCTION_WORDS = new Set([
  '的',
  '了',
  '是',
  '在',
  '和',
  '与',
  '及',
  '被',
  '从',
  '向',
  '将',
  '为',
  '也',
  '都',
  '又',
  '而',
  '或',
  '但',
  '并',
  '着',
  '之',
  '其',
  '以',
  '于',
  '由',
  '让',
  '给',
  '这',
  '那',
  '很',
  '最',
  '更',
  '已',
  '就',
  '还',
  '却',
  '所',
]);

/**
 * Tags of two-character words whose doubling is a form of the word: onomatopoeia (`咔嚓咔嚓`),
 * interjections. State adjectives (`z`: `通红通红的`) double before `的`/`地` or at a clause end (jieba
 * also tags `湿地` z: `湿地湿地保护` is a slip). Names of two characters are not doubled (jieba tags
 * `友谊` a name); ordinary adjectives, numerals and unknown words double by mistake (`两人两人`).
 */
const REDUPLICATING_TAGS = /^(?:zg|o|e|y|eng)$/u;
/** `整箱整箱地`, `成包成包的`: whole lots at a time, `整`/`成` and a container or batch (not `整个`, `成本`). */
const WHOLE_LOTS = /^[整成][箱卷包车批桶筐袋块片群排堆捆盒瓶套座]$/u;

/**
 * Second characters of `一X` words that do not count items off one by one: adverbs (`一起`, `一度`,
 * `一直`), determiners (`一些`, `一切`) and containers (`一脸`, `一身`). `两人一起一起用` is a slip, while
 * `一项一项`, `一摞一摞`, `一层一层` are counted off.
 */
const NOT_COUNTED = new Set([...'起些脸身度直定样般切同旦向再律共致并齐贯味番概战']);
/** Words that pick out one item, which a one-by-one doubling never follows (`我们这一代一代，`, `开天辟地头一遭一遭`). */
const ONE_ITEM_BEFORE = /^(?:这|那|另|每|头|第)$/u;

/** Characters that spell sounds (`哔哩哔哩`, `咔嚓咔嚓`, `噼里啪啦`): a word of them doubled is onomatopoeia, whatever jieba's tag. */
const SOUND_CHARACTERS = new Set([...'哔哩咔嚓叮咚铃哗啦啪嗒嘀呼噜咕嘟嗡嘤叽喳咯吱嘎嘣噼里轰隆砰乒乓哐当扑通呜哇哈嘿嘻呵哼唧喵汪咩哞嘭噔嗖唰沙簌滴答']);

/** Words before a verb doubled as a tentative or softened action (`再说道说道`, `好好拾掇拾掇`, `给参谋参谋`, `来热闹热闹`). */
const TENTATIVE_BEFORE = new Set(['再', '好好', '给', '经常', '常', '常常', '来', '去', '不去', '让', '帮', '一起', '一块', '先']);
/** Words before it that state a fact or a degree, which a tentative form never follows (`报名已经启动启动`, `需求比较强烈强烈`). */
const REALIS_BEFORE = /^(?:已经|已|正在|不断|比较|很|非常|十分|更加|更|越来越|逐步|持续|日益|进一步|全面|均|都|也)$/u;
/** Words after it: `参观参观去`, `归纳归纳看`, `商量商量吧`, a suggestion about this or that (`研究研究这个问题`). */
const TENTATIVE_AFTER = new Set(['吧', '去', '看', '一下', '呗', '嘛', '这个', '这些', '那个', '那些', '这件', '这事']);
const PUNCTUATION = /^[\p{P}\s]*$/u;
const CLAUSE_END = /^[，。！？；,!?;]/u;
/** Verbs and adjectives, which Chinese doubles to soften or try out an action. */
const VERBAL_TAGS = /^(?:v|vd|vn|vi|a|ad|an)$/u;

/** `open`: a doubling that may be either (a verb doubled at a clause end after a wish or plan: `趁着逢年过节走动走动。`), reported as a hint. */
export type Doubling = 'slip' | 'open' | 'grammar';

/**
 * Whether the doubling of `words[i]` (equal to `words[i + 1]`) is a slip or grammar. `text` is
 * the sentence and `at` the doubling's offset in it, for what stands around it.
 */
export function classifyDoubling(words: readonly TaggedWord[], i: number, text: string, at: number): Doubling {
  const w = words[i];
  const before = words[i - 1]?.word ?? '';
  const after = words[i + 2]?.word ?? '';
  // Inside a title or quotes of its own (`《月亮粑粑》`, `“意思意思”`, `“陵陵”`) the words are a name's.
  if (quotedWhole(text, at, 2 * w.word.length)) return 'grammar';
  if (w.word.length === 1) return FUNCTION_WORDS.has(w.word) && !verseEnding(text, at) ? 'slip' : 'grammar';
  if (REDUPLICATING_TAGS.test(w.tag) || [...w.word].every((c) => SOUND_CHARACTERS.has(c))) return 'grammar';
  if (w.tag === 'z' && (after === '' || after === '的' || after === '地' || CLAUSE_END.test(after))) return 'grammar'; // `通红通红的`
  if (oneByOne(w.word, before) || WHOLE_LOTS.test(w.word) || (/着$/u.test(w.word) && !/^p/u.test(w.tag))) return 'grammar'; // `一项一项`, `整箱整箱`, `成包成包`, `聊着聊着` (not the preposition `沿着沿着`)
  if (after === '再' && words[i + 3]?.word === w.word) return 'grammar'; // `抓紧抓紧再抓紧`
  // Tried out is what verbs are (`让我看看`, not `让海外海外华侨`); after `去`/`吧` jieba's tag matters less (`参观参观去`, 参观 tagged a noun).
  if ((TENTATIVE_BEFORE.has(before) && VERBAL_TAGS.test(w.tag)) || TENTATIVE_AFTER.has(after)) return 'grammar';
  // A doubled word standing as its own clause, called out and then answered in words of its own
  // characters: `干部干部，首先要干`, `年画年画，无画不年` (not `然而然而，仅靠…`).
  if (PUNCTUATION.test(before) && PUNCTUATION.test(after) && answered(w.word, words, i + 2)) return 'grammar';
  // An adverb doubled at a clause start is emphasis (`，逐项逐项抓好`), or a slip: the text leaves it open.
  if (/^d/u.test(w.tag) && PUNCTUATION.test(before)) return 'open';
  // At a clause end a verb or adjective is tried out (`趁着逢年过节走动走动。`) only where something is
  // wished, asked, planned or habitual, and the clause says so (`过年不去走动走动`, `李书记给参谋参谋？`,
  // `如果能提议提议，`), and nothing just before states a fact or a degree (`已经启动启动，`) or makes
  // it a noun (`有了更深的认识认识，`). A clause that reports (`美方表示表示，`, `工作效率就会提高提高。`)
  // doubles it by mistake. Going somewhere to do a thing counts whatever jieba's tag (`去店里问道问道。`:
  // 问道 tagged a noun). Either way the text leaves it open.
  const realis = REALIS_BEFORE.test(before) || before === '的';
  if (CLAUSE_END.test(after) && !realis) {
    const cue = irrealisCue(words, i);
    if (cue && (VERBAL_TAGS.test(w.tag) || cue === '去' || cue === '来')) return 'open';
  }
  return 'slip';
}

/** Words of wish, request, plan, habit or purpose, which license a verb tried out later in their clause. */
const IRREALIS_CUES = new Set([
  '要',
  '想',
  '能',
  '可以',
  '应该',
  '应当',
  '得',
  '该',
  '需要',
  '让',
  '请',
  '给',
  '帮',
  '来',
  '去',
  '不去',
  '再',
  '好好',
  '一块',
  '一起',
  '趁',
  '趁着',
  '把',
  '如果',
  '要是',
  '咱',
  '咱们',
  '经常',
  '常',
  '常常',
  '时常',
  '平时',
  '没事',
  '有空',
  '不妨',
  '何不',
  '不如',
  '多',
]);

/** The irrealis cue in the clause before `words[i]`, if any. */
function irrealisCue(words: readonly TaggedWord[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && !PUNCTUATION.test(words[k].word); k--) if (IRREALIS_CUES.has(words[k].word)) return words[k].word;
  return undefined;
}

/**
 * `一项一项落实`, `一摞一摞的`: a sequence counted off one by one, unless a word before picks out one
 * item (`我们这一代一代，`). Before a noun it may also count that noun (`一名一名陌生人`), but jieba tags
 * too many verbs as nouns after it (`一层一层拓印`, `一步一步量出来`) to tell the two apart.
 */
function oneByOne(word: string, before: string): boolean {
  return word.length === 2 && word[0] === '一' && !NOT_COUNTED.has(word[1]) && !ONE_ITEM_BEFORE.test(before);
}

/**
 * A doubled stretch that jieba cuts into several words, the same in both copies (`没走没走多远`:
 * 没/走/没/走): a slip, except where the doubling is a phrase pattern or stands where speech
 * repeats itself. `before` and `after` are the words around it.
 */
export function classifyPhraseDoubling(stretch: string, before: string, after: string): 'slip' | 'grammar' {
  // (A stretch quoted whole, `“没走没走”`, has a closing mark after it: grammar below.)
  // `一个问题一个问题解决`, `一块石头一块石头地垒砌`: one by one.
  if (stretch[0] === '一' && !ONE_ITEM_BEFORE.test(before)) return 'grammar';
  // `说着说着`, `做实做实再做实`, `嘎嘣嘎嘣`.
  if (/着$/u.test(stretch) || after === '再' || [...stretch].every((c) => SOUND_CHARACTERS.has(c))) return 'grammar';
  // Speech repeats a phrase where it ends (`够了够了，`, `很远很远，`, `好酒好酒，`), and adjectives
  // double before 的/地 (`脆甜脆甜的`): only a doubling that runs on into its clause is a slip.
  if (after === '' || CLAUSE_END.test(after) || /^[的地”’」》]/u.test(after)) return 'grammar';
  return 'slip';
}

/** Whether the `length` code units at `at` stand inside a title or quotes of their own (`《月亮粑粑》`, `“意思意思”`). */
function quotedWhole(text: string, at: number, length: number): boolean {
  return /[《“‘「]/u.test(text[at - 1] ?? '') && /[》”’」]/u.test(text[at + length] ?? '');
}

/** Whether the clause after position `from` uses a character of `word`. */
function answered(word: string, words: readonly TaggedWord[], from: number): boolean {
  let clause = '';
  for (let k = from + 1; k < words.length && !PUNCTUATION.test(words[k].word); k++) clause += words[k].word;
  return [...word].some((c) => clause.includes(c));
}

/**
 * A function word doubled that jieba reads as one token (`写成了了《老司机》`: its dictionary has
 * `了了`, to understand): a slip, except where the token is that word (`不甚了了`).
 */
export function doubledFunctionToken(words: readonly TaggedWord[], i: number, text: string, at: number): boolean {
  const w = words[i].word;
  if (w.length !== 2 || w[0] !== w[1] || !FUNCTION_WORDS.has(w[0])) return false;
  return !/甚$/u.test(words[i - 1]?.word ?? '') && !verseEnding(text, at);
}

/**
 * A doubled syllable closing a four-character line of verse after another such line
 * (`钟鼓喤喤，磬莞将将`, from the 诗经): the doubling is the poem's, whatever the character.
 */
function verseEnding(text: string, at: number): boolean {
  const line = /[\p{Script=Han}]{2}$/u.exec(text.slice(Math.max(0, at - 2), at));
  if (!line || !/^[，。！？；、”’]/u.test(text[at + 2] ?? '')) return false;
  const previous = text.slice(Math.max(0, at - 7), at - 2);
  return /^(\p{Script=Han})(\p{Script=Han})(\p{Script=Han})\3[，；、]$/u.test(previous) || /(\p{Script=Han})\1[，；、]$/u.test(previous);
}
