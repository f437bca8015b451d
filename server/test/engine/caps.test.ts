// The finding caps on small text. A rule may stop at the budget the review gives it (the review
// keeps no more than MAX_FINDINGS_PER_RULE of one rule's findings anyway); stopping must cut the
// list, never reorder or change it. The megabyte cases are in stress/limits.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, MAX_FINDINGS_PER_RULE, review, RULES, CAP_NOTICE_RULE, type Draft, type Rule } from '../../src/engine';
import { checkRule } from './ruleCheck';
import { loadJieba } from '../../src/jieba';

const segmenter = loadJieba();
const URI = 'file:///caps.txt';
const HEADS = ['永川区域创新中心加快建设', '乡村振兴迈出新步伐', '科技成果转化提速', '高校毕业生就业稳中有进'];

/** A rule's bad example four times over, each under its own headline (marked, so that each is its own article). */
const fourTimes = (example: string) => HEADS.map((h) => `# ${h}\n\n${example}`).join('\n\n');

const check = (rule: Rule, text: string, budget?: number): Draft[] => checkRule(rule, text, { uri: URI, segmenter, budget });

const shown = (d: Draft) => `${d.start}-${d.end} ${d.message}`;

// Which rules read the budget is a fact of their code, so the test asks the code.
const stopsAtBudget = (rule: Rule) => /\bbudget\b/u.test(rule.check.toString());

test('a rule that stops at its budget keeps the first findings, in order, and no fewer than the budget', () => {
  let checked = 0;
  for (const rule of RULES.filter(stopsAtBudget)) {
    for (const ex of rule.examples) {
      if (!ex.bad || ex.bad.includes('…') || ex.page) continue;
      const text = fourTimes(ex.bad);
      const all = check(rule, text);
      if (all.length < 2) continue;
      const cut = check(rule, text, 1);
      assert.ok(cut.length >= 1, `${rule.id}: nothing found under a budget of 1`);
      assert.ok(cut.length < all.length, `${rule.id}: a budget of 1 left ${cut.length} of ${all.length} findings`);
      assert.deepEqual(cut.map(shown), all.slice(0, cut.length).map(shown), `${rule.id}: the cut list is the start of the whole one`);
      // It stops as soon as it has the budget: given exactly what it kept, it keeps that again.
      assert.equal(check(rule, text, cut.length).length, cut.length, `${rule.id}: went on past a budget it had reached`);
      checked++;
    }
  }
  assert.ok(checked >= 5, `only ${checked} rule examples were long enough to cut`);
});

test(`more than ${MAX_FINDINGS_PER_RULE} findings of one rule: the first ${MAX_FINDINGS_PER_RULE} shown and one notice that more were left out`, () => {
  // Each line one paragraph with a half-width comma between Han characters (NP401).
  const lines = Array.from({ length: MAX_FINDINGS_PER_RULE + 7 }, (_, i) => `第${'一二三四五六七八九'[i % 9]}项工作,正在推进。`);
  const text = `示例标题\n\n${lines.join('\n\n')}`;
  const np401 = review(text, { uri: URI, segmenter }).findings.filter((f) => f.ruleId === 'NP401');
  assert.equal(np401.length, MAX_FINDINGS_PER_RULE + 1);
  const notices = np401.filter((f) => f.message.includes(`at most ${MAX_FINDINGS_PER_RULE} per rule`));
  assert.equal(notices.length, 1, 'one notice');
  // NP401 stops at its budget (past it by a paragraph's findings), so the review cannot know how many more there were.
  assert.match(notices[0].message, /^NP401 [a-z-]+: More findings in this file are not shown/u);
  assert.equal(notices[0].severity, 'info');
  // The notice stands where the first finding left out would have stood: after the last one shown.
  const last = np401.filter((f) => f !== notices[0]).at(-1)!;
  assert.ok(notices[0].start > last.start, 'the notice points past the last finding shown');
});

test('a file-wide cut (maxFindings) keeps the first findings by position and says how many there were', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `第${'一二三四五六七八九'[i % 9]}项工作,正在推进。`);
  const text = `示例标题\n\n${lines.join('\n\n')}`;
  const all = review(text, { uri: URI, segmenter }).findings.filter((f) => f.severity !== 'hint');
  assert.ok(all.length > 10);
  const cut = review(text, { uri: URI, segmenter, maxFindings: 10 });
  assert.deepEqual(cut.capped, { shown: 10, total: all.length });
  const kept = cut.findings.filter((f) => f.ruleId !== CAP_NOTICE_RULE.id && f.severity !== 'hint');
  assert.deepEqual(
    kept.map((f) => `${f.ruleId}@${f.start}`),
    all.slice(0, 10).map((f) => `${f.ruleId}@${f.start}`),
  );
  const notices = cut.findings.filter((f) => f.ruleId === CAP_NOTICE_RULE.id);
  assert.equal(notices.length, 1);
  assert.match(notices[0].message, new RegExp(`first 10 of ${all.length} findings`, 'u'));
  // With room for all, nothing is cut and nothing is said.
  const roomy = review(text, { uri: URI, segmenter, maxFindings: all.length });
  assert.equal(roomy.capped, undefined);
  assert.ok(!roomy.findings.some((f) => f.ruleId === CAP_NOTICE_RULE.id));
  // Fix-all is not cut: it repairs every comma, not only the ten shown.
  assert.ok(!fixAll(text, { uri: URI, segmenter, maxFindings: 10 }).text.includes(','));
});
