// What the client receives, beyond the BMP: every edit of every code action (each quick fix, each
// rule's and each family's fix-all, Newsprint: fix all, Reflow this article) starts and ends between
// characters, never between the halves of a surrogate pair, and applying it leaves no half behind.
// The engine's own ranges are checked in engine/astral.property.test.ts; this is the LSP mapping
// (positions, diffEdit of a fix-all's result) on top of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../src/lsp/codeActions';
import { FIX_ALL_KIND, REFLOW_ARTICLE_KIND } from '../../src/protocol';
import { review, Workspace } from '../../src/engine';
import { LONE, PIECES, splitsPair } from '../astral';

const uri = 'file:///astral.txt';

test('astral characters around every kind of break: no code action edit falls inside a surrogate pair or leaves half of one', () => {
  let edited = 0;
  const kinds = new Set<string>();
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 50 }), (pieces) => {
      const text = `标题𠮷\n\n${pieces.join('')}\n`;
      const doc = TextDocument.create(uri, 'newsprint', 1, text);
      const options = { uri, workspace: new Workspace() };
      const r = review(text, options);
      const diagnostics = r.findings.map((f) => ({ range: f.range, message: f.message, code: f.ruleId, severity: 1 as const }));
      const actions = [...codeActions(doc, r, diagnostics, undefined, options), ...codeActions(doc, r, [], [FIX_ALL_KIND], options)];
      for (const a of actions) {
        const edits = a.edit?.changes?.[uri];
        if (!edits) continue;
        for (const e of edits) {
          const [start, end] = [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)];
          assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${a.title}: edit ${start}-${end} of ${JSON.stringify(text)}`);
          assert.ok(!LONE.test(e.newText), `${a.title}: new text ${JSON.stringify(e.newText)}`);
        }
        assert.ok(!LONE.test(TextDocument.applyEdits(doc, edits)), `${a.title}: a half of a pair left in ${JSON.stringify(text)}`);
        edited++;
        kinds.add(a.kind!);
      }
    }),
    { numRuns: Number(process.env.NEWSPRINT_FUZZ_RUNS) || 200, seed: 20261202 },
  );
  assert.ok(edited > 100, `only ${edited} code actions with edits were checked`);
  assert.deepEqual([...kinds].sort(), [FIX_ALL_KIND, REFLOW_ARTICLE_KIND, 'quickfix'].sort(), 'every kind of action was met');
});
