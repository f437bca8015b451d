// Every rule's examples, run: one table over the registry. A `bad` example draws a finding of its
// rule, a `good` one (written out whole, not abbreviated with `…`) draws none, and where both are
// given, the rule's own fixes (fix-all of that rule) turn `bad` into `good`, unless the example
// says an editor does it (`manual`: then no fix is applied unattended). `needs` is checked too:
// an example that needs the segmenter is not found without it, one that needs the workspace is not
// repaired without the other file. The rule reference is generated from these examples, so what it
// shows an editor is what the engine does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataOf, fallbackSegmenter, fixAll, optionOf, review, RULES, Workspace, type Rule, type RuleExample, type Segmenter } from '../../src/engine';
import { loadJieba } from '../../src/jieba';

const jieba = loadJieba();
const URI = 'file:///example.txt';

/** Body copy stands under a headline, as on a page; a whole-page example stands as it is. */
const asPage = (example: string, page?: boolean) => (page ? example : `示例标题\n\n${example}`);
const whole = (s: string | undefined): s is string => s !== undefined && !s.includes('…');

/** A workspace with, for `needs: 'workspace'`, the good form in another file (the evidence a repair rests on). */
function workspaceFor(ex: RuleExample, withOther: boolean): Workspace {
  const ws = new Workspace();
  if (withOther && ex.needs === 'workspace') ws.set('file:///elsewhere.txt', asPage(ex.good!, ex.page));
  return ws;
}

function options(rule: Rule, ex: RuleExample, segmenter: Segmenter, withOther = true) {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, { enabled: r.id === rule.id }]));
  return { uri: URI, segmenter, workspace: workspaceFor(ex, withOther), rules };
}

const findingsOf = (rule: Rule, ex: RuleExample, text: string, segmenter: Segmenter, withOther = true) =>
  review(asPage(text, ex.page), options(rule, ex, segmenter, withOther)).findings.filter((f) => f.ruleId === rule.id);

const counted = { bad: 0, good: 0, fixed: 0, manual: 0 };

for (const rule of RULES) {
  for (const [i, ex] of rule.examples.entries()) {
    const name = `${rule.id} example ${i + 1}`;
    // Without `needs: 'segmenter'` the example must hold with the character fallback too.
    const segmenter = ex.needs === 'segmenter' ? jieba : fallbackSegmenter;
    if (whole(ex.bad)) {
      counted.bad++;
      test(`${name}: “${ex.bad.slice(0, 30)}” draws a finding`, () => {
        const found = findingsOf(rule, ex, ex.bad!, segmenter);
        assert.ok(found.length > 0, `${rule.id} found nothing in its own example: ${ex.bad}`);
        // An editor reads what is wrong and what a fix does: neither may be empty.
        for (const f of found) {
          assert.ok(f.message.trim().length > 10, `${rule.id}: message ${JSON.stringify(f.message)}`);
          for (const fix of f.fixes) assert.ok(fix.title.trim().length > 2, `${rule.id}: fix title ${JSON.stringify(fix.title)}`);
        }
        if (ex.needs === 'segmenter') assert.equal(findingsOf(rule, ex, ex.bad!, fallbackSegmenter).length, 0, 'marked as needing the segmenter, but found without it');
      });
    }
    if (whole(ex.good)) {
      counted.good++;
      test(`${name}: “${ex.good.slice(0, 30)}” draws none`, () => {
        assert.deepEqual(
          findingsOf(rule, ex, ex.good!, jieba).map((f) => f.message),
          [],
          `${rule.id} fired on copy it should leave alone: ${ex.good}`,
        );
      });
    }
    if (whole(ex.bad) && whole(ex.good)) {
      if (ex.manual) {
        counted.manual++;
        test(`${name}: an editor makes the change (no fix is applied unattended)`, () => {
          const found = findingsOf(rule, ex, ex.bad!, segmenter);
          assert.ok(found.length > 0 && found.every((f) => !f.fixes.some((x) => x.preferred)), 'marked manual, but a preferred fix exists');
        });
      } else {
        counted.fixed++;
        test(`${name}: the rule’s fixes turn it into the good example`, () => {
          const fixed = (withOther: boolean) => fixAll(asPage(ex.bad!, ex.page), options(rule, ex, segmenter, withOther)).text;
          assert.equal(fixed(true), asPage(ex.good!, ex.page));
          if (ex.needs === 'workspace') assert.notEqual(fixed(false), asPage(ex.good!, ex.page), 'marked as needing the workspace, but repaired without it');
        });
      }
    }
  }
}

test('the registry: every rule has a stable id, a unique readable name, a description, a standard if it names one, and examples an editor can read', () => {
  const names = new Set<string>();
  for (const rule of RULES) {
    assert.match(rule.id, /^NP[0-9]{3}$/, rule.id);
    assert.match(rule.name, /^[a-z0-9]+(?:-[a-z0-9]+)+$/, `${rule.id} name`);
    assert.ok(!names.has(rule.name), `${rule.id}: ${rule.name} twice`);
    names.add(rule.name);
    assert.ok(rule.description.length > 40 && /[.。)]$/u.test(rule.description), `${rule.id} description: ${rule.description}`);
    if (rule.standard !== undefined) assert.match(rule.standard, /GB\/T|GB |CY\/T/, `${rule.id} standard`);
    // NP000-style notices aside, a rule shows what it finds: at least one example, each with something to show.
    assert.ok(rule.examples.length > 0, `${rule.id}: no example`);
    for (const ex of rule.examples) {
      assert.ok(ex.bad !== undefined || ex.good !== undefined || ex.note !== undefined, `${rule.id}: an empty example`);
      for (const [key, value] of Object.entries(ex)) if (typeof value === 'string') assert.ok(value.trim().length > 0, `${rule.id}: an empty ${key}`);
    }
    for (const o of rule.options ?? []) assert.ok(o.key.length > 0 && o.description.length > 10, `${rule.id}: option ${o.key}`);
  }
});

// The server reviews again when jieba has loaded only for rules that say they use it, and runs in a
// worker thread only the rules that read nothing but the page: a flag that disagrees with the code
// gives stale findings (one missing) or a crash in the worker (one extra is only slower). So each
// flag is asked of the code, as caps.test asks which rules read their budget.
test('the registry: a rule says it uses the segmenter, or reads the workspace or corpus, exactly when its check does', () => {
  for (const rule of RULES) {
    const code = rule.check.toString();
    assert.equal(!!rule.usesSegmenter, /\bsegmenter\b/u.test(code), `${rule.id} usesSegmenter`);
    assert.equal(!!rule.readsWorkspace, /\b(?:workspace|corpus)\b/u.test(code), `${rule.id} readsWorkspace`);
  }
});
test('the examples executed, counted', (t) => {
  t.diagnostic(`${counted.bad} bad examples found, ${counted.good} good left alone, ${counted.fixed} repaired by their rule's fixes, ${counted.manual} left to the editor`);
  // The table is the registry's: an empty or shrunken one means examples were lost, not that all pass.
  assert.ok(counted.bad >= 40 && counted.fixed >= 25, JSON.stringify(counted));
});

test('optionOf: the value as set, else the named option’s own default, else off; dataOf: the data of that kind only', () => {
  const rule = {
    options: [
      { key: 'first', description: 'an option on by default', default: true },
      { key: 'second', description: 'an option off by default', default: false },
    ],
  };
  assert.equal(optionOf(rule, {}, 'first'), true);
  assert.equal(optionOf(rule, {}, 'second'), false);
  assert.equal(optionOf({ options: [...rule.options].reverse() }, {}, 'first'), true);
  assert.equal(optionOf(rule, {}, 'unknown'), false);
  assert.equal(optionOf(rule, { options: { first: false } }, 'first'), false);
  const f = { data: { kind: 'encoding' as const, trouble: 'binary' as const } };
  assert.deepEqual(dataOf(f, 'encoding'), f.data);
  assert.equal(dataOf(f, 'duplicate'), undefined);
});
