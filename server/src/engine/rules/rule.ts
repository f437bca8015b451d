// What a rule is and what it returns. Findings carry their fixes as data (text edits with exact
// offsets and UTF-16 ranges); the LSP layer, the CLI and the tests only translate them.
import type { Range, SourceText } from '../text/sourceText';
import type { Page } from '../model/page';
import type { Segmenter } from '../segment/segmenter';
import type { Workspace } from '../workspace';
import type { Corpus } from '../corpus';

export type { Corpus };

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Family = 'input' | 'wraps' | 'duplicates' | 'figures' | 'punctuation' | 'layout';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  range: Range;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor most likely wants: shown first, applied by "fix all". */
  preferred?: boolean;
}

export interface Related {
  /** Another document; absent for the same one. */
  uri?: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: Range;
  fixes: Fix[];
  related: Related[];
  /** Facts a client may act on (the other copy of a duplicate, the numbers a check used), by kind. */
  data?: FindingData;
}

/**
 * What a finding carries besides its message, for the editor and other tools to act on. Clients
 * dispatch on `kind`, never on the rule id: a rule that reports a duplicate says so by its data.
 */
export type FindingData = DuplicateData | FigureDiffersData | ArithmeticData | EncodingData | SpotData;

/** One spot of a finding that lists them all (NP401's marks, each a hint): reports that list the finding leave the spots out. */
export interface SpotData {
  kind: 'spot';
}

/** An article printed again elsewhere (NP201): the other copy, and how alike the two are. */
export interface DuplicateData {
  kind: 'duplicate';
  similarity: number;
  /** The article's index in this file. */
  article: number;
  other: { uri: string; index: number; name: string; range: Range };
}

/** A figure that differs between two copies of an article (NP205). */
export interface FigureDiffersData {
  kind: 'figure-differs';
  here: string;
  there: string;
  other: { uri: string; range: Range };
}

/** A check the figures fail (NP31x): the arithmetic, why the figures were read together, the figures. */
export interface ArithmeticData {
  kind: 'arithmetic';
  arithmetic: string;
  basis: string;
  figures: string[];
}

/** Text that is not readable (NP001): what is wrong with it. */
export interface EncodingData {
  kind: 'encoding';
  trouble: 'binary' | 'replacement' | 'mojibake';
}

/** The data of a finding when it is of `kind`: `dataOf(f, 'duplicate')?.similarity`. */
export function dataOf<K extends FindingData['kind']>(f: { data?: FindingData }, kind: K): Extract<FindingData, { kind: K }> | undefined {
  return f.data?.kind === kind ? (f.data as Extract<FindingData, { kind: K }>) : undefined;
}

/**
 * A rule's example, run by the tests: `bad` must draw a finding of the rule, `good` (unless it
 * abbreviates with `…`) must draw none. A `good` alone is copy the rule must leave alone.
 */
export interface RuleExample {
  bad?: string;
  good?: string;
  note?: string;
  /** The example is a whole page (`bad` and `good` as they stand); otherwise it is body copy, run under a headline. */
  page?: boolean;
  /**
   * What `bad` needs to be found: the word segmenter (jieba; without it the rule cannot tell), or
   * the workspace (`good`'s form used in another file, the evidence for the repair).
   */
  needs?: 'segmenter' | 'workspace';
  /**
   * `good` is not what fix-all makes: an editor writes it (no fix can know the right figure) or
   * applies a fix that is offered and never automatic (moving text).
   */
  manual?: true;
}

export interface RuleContext {
  page: Page;
  source: SourceText;
  /** The document's identity in the workspace. */
  uri: string;
  /** The other documents under review; this document is in it too. */
  workspace: Workspace;
  /** jieba once loaded, the character fallback until then. */
  segmenter: Segmenter;
  corpus?: Corpus;
  /** The rule's options as set (see Rule.options), defaults filled in. */
  options?: Readonly<Record<string, boolean>>;
  /**
   * The review keeps at most this many of a rule's findings and says that more were left out, so a
   * rule may stop building findings once it has this many (a 10 MB archive has 80,000 half-width
   * marks; building a finding for each took longer than finding them).
   */
  budget?: number;
}

/** A finding as a rule reports it; `review` fills in the rule's id, name and severity. */
export interface Draft {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: Related[];
  severity?: Severity;
  data?: FindingData;
}

export interface Rule {
  /** Stable id (`NP001`): settings, acceptances and SARIF refer to it. */
  id: string;
  /** Stable readable name (`unreadable-text`). */
  name: string;
  family: Family;
  description: string;
  /** The standard clause the rule rests on, where there is one. */
  standard?: string;
  severity: Severity;
  examples: RuleExample[];
  /** Set when findings get sharper once the word segmenter is loaded (the server reviews again then). */
  usesSegmenter?: boolean;
  /** Set when the rule reads other documents (the workspace or its token corpus): it runs where the workspace lives. */
  readsWorkspace?: boolean;
  /** Switches that change what the rule converts; each becomes a setting (`newsprint.ruleOptions.<name>.<key>`). */
  options?: readonly RuleOption[];
  check(ctx: RuleContext): Draft[];
}

export interface RuleOption {
  key: string;
  description: string;
  default: boolean;
}

/** An option's value in a rule's context: as set, else its default. */
export function optionOf(rule: Pick<Rule, 'options'>, ctx: Pick<RuleContext, 'options'>, key: string): boolean {
  return ctx.options?.[key] ?? rule.options?.find((o) => o.key === key)?.default ?? false;
}

/**
 * Whether the rule needs nothing but the page and its text: no workspace, corpus or segmenter. Such
 * rules can review a page anywhere, in another thread included (ReviewOptions.part).
 */
export function pageOnly(rule: Rule): boolean {
  return !rule.usesSegmenter && !rule.readsWorkspace;
}

export function edit(source: SourceText, start: number, end: number, newText: string): TextEdit {
  return { start, end, newText, range: source.range(start, end) };
}
