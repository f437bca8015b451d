// The labelled agreement checks: every check the figure-agreement rules make on the clean corpus
// pages (held or not), each read by a person and labelled true (the figures belong together and
// the verdict is right) or false (they do not, or the verdict is wrong), with a reason. Kept as
// JSON lines beside the finding labels; `npm run accuracy -- --checks FILE` writes the unlabelled.
import * as path from 'node:path';
import { AGREEMENT_RULES, countedCharacters, parsePage, type Check } from '../../src/engine';
import { ROOT } from '../helpers';
import type { CorpusPage } from './corpus';
import { readKeyed } from './labels';
import { render } from './measure';

export const CHECKS_FILE = path.join(ROOT, 'server', 'test', 'accuracy', 'checks.jsonl');

export interface CheckLabel {
  key: string;
  rule: string;
  held: boolean;
  label: boolean;
  reason: string;
}

export interface MadeCheck {
  key: string;
  rule: string;
  held: boolean;
  message: string;
  arithmetic: string;
  /** The sentence or so around the figures, for the person labelling it. */
  context: string;
}

/** A check's key: the page, the rule, the figures it used, and the words around the first (layout-free: the figures' flat text). */
export function checkKey(pageId: string, rule: string, c: Check): string {
  const first = c.used[0];
  const text = first.flat.text;
  const { start, end } = first.figure;
  const around = `${text.slice(Math.max(0, start - 8), start)}[${text.slice(start, end)}]${text.slice(end, end + 6)}`;
  return `${pageId}|${rule}|${c.used.map((u) => u.figure.text).join('/')}|${around}`;
}

/** Every agreement check on the pages rendered reflowed (figures are read from unwrapped text, so one layout is all of them), with the characters read. */
export function madeChecks(pages: readonly CorpusPage[]): { checks: MadeCheck[]; characters: number } {
  const checks: MadeCheck[] = [];
  let characters = 0;
  for (const page of pages) {
    const text = render(page, 'reflowed').text;
    characters += countedCharacters(text);
    const parsed = parsePage(text);
    for (const rule of AGREEMENT_RULES) {
      for (const c of rule.checks(parsed)) {
        const flat = c.used[0].flat.text;
        const from = Math.max(0, Math.min(...c.used.filter((u) => u.flat === c.used[0].flat).map((u) => u.figure.start)) - 40);
        const to = Math.max(...c.used.filter((u) => u.flat === c.used[0].flat).map((u) => u.figure.end)) + 30;
        const others = c.used.filter((u) => u.flat !== c.used[0].flat).map((u) => `⟨${u.flat.text.slice(Math.max(0, u.figure.start - 30), u.figure.end + 20)}⟩`);
        checks.push({
          key: checkKey(page.id, rule.id, c),
          rule: rule.id,
          held: c.held,
          message: c.message,
          arithmetic: c.arithmetic,
          context: [flat.slice(from, to), ...others].join(' … '),
        });
      }
    }
  }
  return { checks, characters };
}

export function readCheckLabels(file = CHECKS_FILE): { labels: Map<string, CheckLabel>; bad: number } {
  return readKeyed<CheckLabel>(file, (l) => typeof l.key === 'string' && typeof l.rule === 'string' && typeof l.held === 'boolean' && typeof l.label === 'boolean' && typeof l.reason === 'string');
}

export interface CheckSummary {
  characters: number;
  falsePer100k: number;
  rules: {
    rule: string;
    held: number;
    failed: number;
    unlabelled: number;
    labelled: { heldTrue: number; heldFalse: number; failedTrue: number; failedFalse: number };
  }[];
}

/** The checks made, counted per rule against their labels (a check printed on two pages counts twice, as an editor meets it twice). */
export function agreementSummary(made: { checks: MadeCheck[]; characters: number }, labels: Map<string, CheckLabel>): CheckSummary {
  const rules = new Map<string, CheckSummary['rules'][number]>();
  for (const c of made.checks) {
    let r = rules.get(c.rule);
    if (!r) rules.set(c.rule, (r = { rule: c.rule, held: 0, failed: 0, unlabelled: 0, labelled: { heldTrue: 0, heldFalse: 0, failedTrue: 0, failedFalse: 0 } }));
    if (c.held) r.held++;
    else r.failed++;
    const l = labelFor(labels, c);
    if (!l) r.unlabelled++;
    else if (c.held) r.labelled[l.label ? 'heldTrue' : 'heldFalse']++;
    else r.labelled[l.label ? 'failedTrue' : 'failedFalse']++;
  }
  const falseFailed = [...rules.values()].reduce((n, r) => n + r.labelled.failedFalse, 0);
  return {
    characters: made.characters,
    falsePer100k: made.characters ? (falseFailed / made.characters) * 100_000 : 0,
    rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)),
  };
}

/** A check's label, if it still applies: a label given to a held check says nothing once the check fails, and the other way round. */
export function labelFor(labels: Map<string, CheckLabel>, c: MadeCheck): CheckLabel | undefined {
  const l = labels.get(c.key);
  return l && l.held === c.held ? l : undefined;
}
