// review: the engine's single entry point for a document. Parse once, run every enabled rule on
// the shared model, and return findings sorted by position. A rule that throws is reported once
// as a finding of its own; the others still run.
import { SourceText } from './text/sourceText';
import { inspectText } from './text/decode';
import { emptyPage, parseSteps } from './parse/page';
import { pageFiguresSteps } from './figures/model';
import { drain } from './steps';
import type { Page, ParsedPage } from './model/page';
import { RULES } from './rules/registry';
import { pageOnly, type Corpus, type Family, type Finding, type Rule, type Severity } from './rules/rule';
import { fallbackSegmenter, type Segmenter } from './segment/segmenter';
import { Workspace } from './workspace';
import { CAP_NOTICE_RULE } from './rules/capNotice';

export { CAP_NOTICE_RULE };

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** The rule's options (Rule.options) by key. */
  options?: Record<string, boolean>;
}

export interface ReviewOptions {
  uri?: string;
  /** Keyed by rule id or name. */
  rules?: Record<string, RuleSetting | undefined>;
  /** Only these rule families (all when absent). */
  families?: readonly Family[];
  /** jieba when loaded; the character fallback otherwise. */
  segmenter?: Segmenter;
  /** Token evidence; the workspace's corpus when absent. */
  corpus?: Corpus;
  /** At most this many findings (hints aside) per document; past it, one notice says how many were left out. */
  maxFindings?: number;
  /** The documents this one is compared with; a workspace of this document alone when absent. The document is (re)registered in it. */
  workspace?: Workspace;
  /**
   * Half of the review, so the two can run side by side: `page` runs only the rules that need
   * nothing but the page (pageOnly) and registers nothing; `rest` runs the others. Both halves'
   * findings, put together by finishReview, are the whole review's.
   */
  part?: 'page' | 'rest';
  /**
   * The page already parsed from this very text (by another thread: see pageTransfer.ts); the
   * review skips its own parse. Ignored for text that is not readable (nothing is parsed then).
   */
  parsed?: ParsedPage;
}

/**
 * The registry with the rules that may ask for words last: a segmenter still loading (a batch run
 * starts jieba beside the review) is asked as late as the page allows. Findings are sorted at the
 * end, so the order changes nothing else.
 */
const WORDS_LAST = [...RULES.filter((r) => !r.usesSegmenter), ...RULES.filter((r) => r.usesSegmenter)];

/** The identity of a document reviewed without a URI. */
export const UNTITLED_URI = 'untitled:document';

export interface Review {
  page: Page;
  findings: Finding[];
  /** Set when the text is binary, garbled or undecodable throughout: nothing was parsed. */
  unreadable?: string;
  /** Set when `maxFindings` cut the list: how many findings there were. */
  capped?: { shown: number; total: number };
}

/** Keeps the first `max` findings (by position; hints only inside the kept span) and puts a notice first. */
function capFindings(findings: Finding[], max: number, source: SourceText): { findings: Finding[]; capped?: Review['capped'] } {
  const visible = findings.filter((f) => f.severity !== 'hint');
  if (visible.length <= max) return { findings };
  const shown = new Set(visible.slice(0, max));
  const last = visible[max - 1];
  const kept = findings.filter((f) => (f.severity === 'hint' ? f.start <= last.start : shown.has(f)));
  const notice: Finding = {
    ruleId: CAP_NOTICE_RULE.id,
    rule: CAP_NOTICE_RULE.name,
    severity: 'info',
    message: `Showing the first ${max} of ${visible.length} findings in this file (setting newsprint.maxFindings). Raise the limit, or turn off the noisiest rules, to see the rest.`,
    start: 0,
    end: 0,
    range: source.range(0, 0),
    fixes: [],
    related: [],
  };
  return { findings: [notice, ...kept], capped: { shown: max, total: visible.length } };
}

export function settingFor(rule: Rule, options: ReviewOptions): Required<RuleSetting> {
  const s = options.rules?.[rule.id] ?? options.rules?.[rule.name] ?? {};
  const ruleOptions = Object.fromEntries((rule.options ?? []).map((o) => [o.key, s.options?.[o.key] ?? o.default]));
  return { enabled: s.enabled ?? true, severity: s.severity ?? rule.severity, options: ruleOptions };
}

/** Findings one rule may report in one document; past it, one notice says how many were left out. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Where a stepped review stands: yielded inside and after the parse, the registration and the figure reading, and after each rule. */
export interface ReviewProgress {
  /** What is under way or was just done: `parse`, `index`, `figures`, or a rule id. */
  step: string;
  done: number;
  total: number;
  /** The findings so far, unsorted (the rules run so far). */
  findings: readonly Finding[];
  /** Absent while the page is still being parsed. */
  page?: Page;
}

/**
 * The review as a sequence of steps (the parse, the workspace registration, then one rule per
 * step), so a caller can yield to other work between steps, drop a review an edit has overtaken,
 * and show the findings found so far on a very large file. `review()` runs it to the end.
 */
export function* reviewSteps(text: string | SourceText, options: ReviewOptions = {}): Generator<ReviewProgress, Review> {
  const source = typeof text === 'string' ? new SourceText(text) : text;
  const trouble = inspectText(source.text);
  const uri = options.uri ?? UNTITLED_URI;
  const workspace = options.workspace ?? new Workspace();
  const rules = WORDS_LAST.filter(
    (rule) => settingFor(rule, options).enabled && (!options.families || options.families.includes(rule.family)) && (!options.part || (options.part === 'page') === pageOnly(rule)),
  );
  // The page half compares with nothing: registering it would only cost time.
  const registers = options.part !== 'page';
  const readsFigures = rules.some((rule) => rule.family === 'figures');
  const findings: Finding[] = [];
  const total = rules.length + (registers ? 2 : 1) + (readsFigures ? 1 : 0);
  let done = 0;
  // The parse, the registration and the figure reading yield inside too: on a 10 MB file each is a few hundred ms.
  const given = trouble?.stopsReview ? undefined : options.parsed;
  const parsing = trouble?.stopsReview || given ? undefined : parseSteps(source);
  // Binary or undecodable content has no articles; parse nothing rather than invent structure from noise.
  let page = given ? { ...given, source } : emptyPage(source);
  if (parsing) {
    for (let next = parsing.next(); ; next = parsing.next()) {
      if (next.done) {
        page = next.value;
        break;
      }
      yield { step: 'parse', done, total, findings };
    }
  }
  yield { step: 'parse', done: ++done, total, findings, page };
  if (registers) {
    const registering = workspace.setSteps(uri, source, page);
    while (!registering.next().done) yield { step: 'index', done, total, findings, page };
    yield { step: 'index', done: ++done, total, findings, page };
  }
  if (readsFigures) {
    const reading = pageFiguresSteps(page);
    while (!reading.next().done) yield { step: 'figures', done, total, findings, page };
    yield { step: 'figures', done: ++done, total, findings, page };
  }
  const corpus = options.corpus ?? workspace.corpus;
  for (const [k, rule] of rules.entries()) {
    const setting = settingFor(rule, options);
    findings.push(...runRule(rule, setting.severity, { page, source, uri, workspace, segmenter: options.segmenter ?? fallbackSegmenter, corpus, options: setting.options }));
    done++;
    if (k < rules.length - 1) yield { step: rule.id, done, total, findings, page };
  }
  return finishReview(page, findings, options, trouble?.stopsReview ? trouble.message : undefined);
}

export function review(text: string | SourceText, options: ReviewOptions = {}): Review {
  return drain(reviewSteps(text, options));
}

/** Sorted by position, cut at `maxFindings` with its notice. Also what a caller shows of an unfinished review. */
export function finishReview(page: Page, found: readonly Finding[], options: ReviewOptions, unreadable?: string): Review {
  // Rule ids are ASCII (`NP204`): a plain comparison, not localeCompare, which costs a tenth of a second on 10 MB.
  const findings = [...found].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const cut = options.maxFindings && options.maxFindings > 0 ? capFindings(findings, options.maxFindings, page.source) : { findings };
  return { page, findings: cut.findings, unreadable, ...(cut.capped ? { capped: cut.capped } : {}) };
}

/** One rule's findings, capped per rule; a rule that throws becomes one finding naming it, and the others still run. */
function runRule(rule: Rule, severity: Severity, context: Parameters<Rule['check']>[0]): Finding[] {
  const { source } = context;
  const findings: Finding[] = [];
  try {
    const budget = MAX_FINDINGS_PER_RULE + 1;
    const drafts = rule.check({ ...context, budget });
    if (drafts.length > MAX_FINDINGS_PER_RULE) {
      const rest = drafts.splice(MAX_FINDINGS_PER_RULE);
      // No count: a rule that stops at its budget (a paragraph's findings past it, as NP401 does)
      // does not know how many more there were, and the review cannot tell whether it stopped.
      drafts.push({
        message: `${rule.id} ${rule.name}: More findings in this file are not shown (at most ${MAX_FINDINGS_PER_RULE} per rule). The text is probably not ordinary newspaper copy.`,
        start: rest[0].start,
        end: rest[0].end,
        severity: 'info',
      });
    }
    for (const d of drafts) {
      findings.push({
        ruleId: rule.id,
        rule: rule.name,
        severity: d.severity ?? severity,
        message: d.message,
        start: d.start,
        end: d.end,
        range: source.range(d.start, d.end),
        fixes: d.fixes ?? [],
        related: d.related ?? [],
        ...(d.data ? { data: d.data } : {}),
      });
    }
  } catch (err) {
    findings.push({
      ruleId: rule.id,
      rule: rule.name,
      severity: 'warning',
      message: `Rule ${rule.id} ${rule.name} failed on this file and was skipped: ${(err as Error).message}`,
      start: 0,
      end: 0,
      range: source.range(0, 0),
      fixes: [],
      related: [],
    });
  }
  return findings;
}
