// Workspace edits for one document: `changes` for a client that does not declare documentChanges,
// a versioned TextDocumentEdit for one that does; and diffEdit never cuts a surrogate pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import fc from 'fast-check';
import { diffEdit, onlyRule, workspaceEdit } from '../../src/lsp/edits';
import { codeActions } from '../../src/lsp/codeActions';
import { FIX_ALL_KIND, REFLOW_ARTICLE_KIND } from '../../src/protocol';
import { review, RULES } from '../../src/engine';
import { seed } from '../helpers';

const uri = 'file:///page.txt';
const edits: TextEdit[] = [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: '，' }];

test('workspaceEdit: unversioned edits go as changes keyed by the uri', () => {
  assert.deepEqual(workspaceEdit({ uri, version: 7 }, edits, false), { changes: { [uri]: edits } });
});

test('workspaceEdit: versioned edits go as one TextDocumentEdit with the document version', () => {
  const e = workspaceEdit({ uri, version: 7 }, edits, true);
  assert.equal(e.changes, undefined);
  assert.deepEqual(e, { documentChanges: [{ textDocument: { uri, version: 7 }, edits }] });
});

test('codeActions: every edit of the document carries its version when asked, and only then', () => {
  const s = seed('003');
  const doc = TextDocument.create(uri, 'newsprint', 42, s.text);
  const r = review(s.text, { uri });
  const diagnostics = r.findings.filter((f) => f.fixes.length).map((f) => ({ range: f.range, message: f.message, code: f.ruleId, severity: 1 as const }));
  assert.ok(diagnostics.length, 'the seed has fixable findings');
  const plain = codeActions(doc, r, diagnostics, undefined, {});
  const versioned = codeActions(doc, r, diagnostics, undefined, {}, undefined, true);
  const withEdits = (list: typeof plain) => list.filter((a) => a.edit);
  assert.ok(withEdits(plain).length >= 2);
  assert.equal(withEdits(versioned).length, withEdits(plain).length);
  for (const a of withEdits(plain)) {
    assert.ok(a.edit!.changes?.[uri]?.length, a.title);
    assert.equal(a.edit!.documentChanges, undefined);
  }
  withEdits(versioned).forEach((a, i) => {
    assert.equal(a.edit!.changes, undefined, a.title);
    assert.deepEqual(a.edit!.documentChanges, [{ textDocument: { uri, version: 42 }, edits: withEdits(plain)[i].edit!.changes![uri] }], a.title);
  });
  const fixAll = codeActions(doc, r, [], [FIX_ALL_KIND], {}, undefined, true);
  assert.equal(fixAll.length, 1);
  assert.deepEqual((fixAll[0].edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 42 });
});

test('codeActions: "Reflow this article" is found by its kind, under quickfix, and joins only that article’s wraps', () => {
  const s = seed('003');
  const doc = TextDocument.create(uri, 'newsprint', 1, s.text);
  const r = review(s.text, { uri });
  const wrap = r.findings.find((f) => f.ruleId === 'NP101')!;
  const diagnostics = [{ range: wrap.range, message: wrap.message, code: wrap.ruleId, severity: 3 as const }];
  const reflow = codeActions(doc, r, diagnostics, [REFLOW_ARTICLE_KIND], {});
  assert.equal(reflow.length, 1, 'one reflow action, whatever its title, and nothing else computed');
  assert.equal(reflow[0].kind, REFLOW_ARTICLE_KIND);
  const all = codeActions(doc, r, diagnostics, ['quickfix'], {});
  assert.ok(
    all.some((a) => a.kind === REFLOW_ARTICLE_KIND),
    'offered with the other quick fixes',
  );
  const article = r.page.articles.find((a) => a.firstLine <= wrap.range.start.line && wrap.range.start.line <= a.lastLine)!;
  const edits = reflow.find((a) => a.kind === REFLOW_ARTICLE_KIND)!.edit!.changes![uri];
  assert.ok(edits.length > 0);
  for (const e of edits) assert.ok(e.range.start.line >= article.firstLine && e.range.end.line <= article.lastLine + 1, 'inside the article');
  const after = TextDocument.applyEdits(doc, edits);
  assert.equal(after.replace(/\s/g, ''), s.text.replace(/\s/g, ''), 'only whitespace changes');
  assert.deepEqual(
    codeActions(doc, r, diagnostics, [FIX_ALL_KIND], {}).filter((a) => a.kind === REFLOW_ARTICLE_KIND),
    [],
    'not a fix-all',
  );
});

function apply(before: string, after: string): { text: string; edit: TextEdit } {
  const doc = TextDocument.create(uri, 'newsprint', 1, before);
  const edit = diffEdit({ text: before, positionAt: (o) => doc.positionAt(o) }, after)!;
  return { text: TextDocument.applyEdits(doc, [edit]), edit };
}

const splits = (text: string, at: number) => at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at]);

test('diffEdit never cuts a surrogate pair, at either end of the edit', () => {
  const cases: [string, string][] = [
    ['a😀b', 'a😁b'], // same high surrogate, different low
    ['a\ud83d\ude00b', 'a\ud83e\ude00b'], // different high surrogate, same low
    ['𠀀𠀁', '𠀀𠀂'],
    ['x𠮷y', 'x𠮷𠮷y'],
    ['x𠮷𠮷y', 'x𠮷y'],
    ['😀', '😀😀'],
    ['', '😀'],
  ];
  for (const [before, after] of cases) {
    const doc = TextDocument.create(uri, 'newsprint', 1, before);
    const { text, edit } = apply(before, after);
    assert.equal(text, after, `${before} → ${after}`);
    const start = doc.offsetAt(edit.range.start);
    const end = doc.offsetAt(edit.range.end);
    assert.ok(!splits(before, start) && !splits(before, end), `${before} → ${after}: edit ${start}-${end}`);
    assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(edit.newText), `${before} → ${after}: newText ${JSON.stringify(edit.newText)}`);
  }
  assert.equal(diffEdit({ text: 'same', positionAt: () => ({ line: 0, character: 0 }) }, 'same'), undefined);
});

/** The smallest edit by code points, written the slow and obvious way: what diffEdit must give. */
function smallestEdit(before: string, after: string): { start: number; end: number; newText: string } {
  const b = [...before];
  const a = [...after];
  let p = 0;
  while (p < b.length && p < a.length && b[p] === a[p]) p++;
  let s = 0;
  while (s < b.length - p && s < a.length - p && b[b.length - 1 - s] === a[a.length - 1 - s]) s++;
  const units = (cps: string[]) => cps.join('').length;
  return { start: units(b.slice(0, p)), end: units(b.slice(0, b.length - s)), newText: a.slice(p, a.length - s).join('') };
}

test('diffEdit gives the smallest edit: only what changed, in whole characters, repeated letters and astral ones included', () => {
  // Astral characters at the edges of the surrogate ranges (D800 DC00, D800 DFFF, DBFF DC00, DBFF DFFF),
  // and a full-width comma (FF0C), above every surrogate.
  const letters = ['a', 'b', '的', '，', '𠮷', '😀', '😁', '\u{10000}', '\u{103FF}', '\u{10FC00}', '\u{10FFFF}', '\n'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 8 }), fc.array(fc.constantFrom(...letters), { maxLength: 8 }), (x, y) => {
      const before = x.join('');
      const after = y.join('');
      if (before === after) return;
      const doc = TextDocument.create(uri, 'newsprint', 1, before);
      const { text, edit } = apply(before, after);
      assert.equal(text, after);
      assert.deepEqual(
        { start: doc.offsetAt(edit.range.start), end: doc.offsetAt(edit.range.end), newText: edit.newText },
        smallestEdit(before, after),
        `${JSON.stringify(before)} → ${JSON.stringify(after)}`,
      );
    }),
    { numRuns: 3000, seed: 20261201 },
  );
  // Positions are lines and UTF-16 characters, as the client counts them.
  assert.deepEqual(apply('第一行\n第二行𠮷末', '第一行\n第二行𠮷尾').edit, { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, newText: '尾' });
});

test('onlyRule: the one rule runs, at the severity the user gave it; a rule the user turned off stays off', () => {
  const base = { uri, rules: { NP101: { severity: 'error' as const }, NP102: { enabled: false } } };
  const one = onlyRule(base, 'NP101');
  assert.equal(one.uri, uri, 'the other options are kept');
  assert.deepEqual(one.rules?.NP101, { severity: 'error', enabled: true });
  for (const [id, setting] of Object.entries(one.rules ?? {})) if (id !== 'NP101') assert.equal(setting?.enabled, false, id);
  assert.equal(Object.keys(one.rules ?? {}).length, RULES.length, 'every rule named');
  assert.equal(onlyRule(base, 'NP102').rules?.NP102?.enabled, false);
  assert.equal(onlyRule({}, 'NP103').rules?.NP103?.enabled, true);
  // What a review with those options gives: the findings of that rule alone.
  const text = seed('003').text;
  const ids = new Set(review(text, onlyRule({ uri }, 'NP101')).findings.map((f) => f.ruleId));
  assert.deepEqual([...ids], ['NP101']);
});
