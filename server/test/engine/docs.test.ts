// The rule reference is the registry's: docs/rules.md is rulesMarkdown()'s output, kept in the
// repository so that it reads on GitHub. Checked here in-process as well as through the CLI
// (cli.test.ts), because here a change to any rule's name, description, standard, option or
// example that the reference does not show fails in half a second, mutation runs included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, ruleHeadingLine, rulesMarkdown } from '../../src/engine';
import { ROOT } from '../helpers';

const committed = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');

test('docs/rules.md is rulesMarkdown() (run `npm run docs` after changing a rule)', () => {
  // The CLI prints it with a closing newline.
  assert.equal(`${rulesMarkdown()}\n`, committed);
});

test("each rule's heading line is where the reference puts it, and an unknown id opens the top", () => {
  const lines = committed.split('\n');
  for (const r of RULES) assert.equal(lines[ruleHeadingLine(r.id) - 1], `## ${r.id} ${r.name}`, r.id);
  assert.equal(ruleHeadingLine('NP999'), 1);
});

test('the index links each rule to the anchor its heading gets', () => {
  for (const r of RULES) assert.ok(committed.includes(`| [${r.id}](#${`${r.id}-${r.name}`.toLowerCase()}) | \`${r.name}\` | ${r.family} | ${r.severity} |`), r.id);
});
