// review: the engine's single entry point for a document. Parse once, run every enabled rule on
// the shared model, and return findings sorted by position. A rule that throws is reported once
// as a finding of its own; the others still run.
import { SourceText } from './text/sourceText';
import { inspectText } from './text/decode';
import { emptyPage, parsePage } from './parse/page';
import type { Page } from './model/page';
import { RULES } from './rules/registry';
import type { Corpus, Family, Finding, Rule, Severity } from './rules/rule';
import { fallbackSegmenter, type Segmenter } from './segment/segmenter';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface ReviewOptions {
  uri?: string;
  /** Keyed by rule id or name. */
  rules?: Record<string, RuleSetting | undefined>;
  /** Only these rule families (all when absent). */
  families?: readonly Family[];
  /** jieba when loaded; the character fallback otherwise. */
  segmenter?: Segmenter;
  corpus?: Corpus;
}

export interface Review {
  page: Page;
  findings: Finding[];
  /** Set when the text is binary: nothing was parsed. */
  unreadable?: string;
}

export function settingFor(rule: Rule, options: ReviewOptions): Required<RuleSetting> {
  const s = options.rules?.[rule.id] ?? options.rules?.[rule.name] ?? {};
  return { enabled: s.enabled ?? true, severity: s.severity ?? rule.severity };
}

export function review(text: string | SourceText, options: ReviewOptions = {}): Review {
  const source = typeof text === 'string' ? new SourceText(text) : text;
  const trouble = inspectText(source.text);
  // Binary content has no articles; parse nothing rather than invent structure from noise.
  const page = trouble?.kind === 'binary' ? emptyPage(source) : parsePage(source);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settingFor(rule, options);
    if (!setting.enabled || (options.families && !options.families.includes(rule.family))) continue;
    try {
      for (const d of rule.check({ page, source, uri: options.uri, segmenter: options.segmenter ?? fallbackSegmenter, corpus: options.corpus })) {
        findings.push({
          ruleId: rule.id,
          rule: rule.name,
          severity: d.severity ?? setting.severity,
          message: d.message,
          start: d.start,
          end: d.end,
          range: source.range(d.start, d.end),
          fixes: d.fixes ?? [],
          related: d.related ?? [],
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
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { page, findings, unreadable: trouble?.kind === 'binary' ? trouble.message : undefined };
}
