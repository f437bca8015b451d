// Property: wrap repairs never lose text. A repair removes only line breaks, blank lines and
// stray spaces (and a wrap hyphen it names), or moves a whole caption; every other character
// survives in order. Fix-all is idempotent and leaves nothing for these rules to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { applyEdits, fixAll, review, type Finding, type Fix } from '../../src/engine';
import { loadJieba } from '../../src/jieba';
import { seedFiles } from '../helpers';

const segmenter = loadJieba();
const options = { segmenter, families: ['wraps' as const] };
const RUNS = Number(process.env.NEWSPRINT_PROPERTY_RUNS ?? 60);

const strip = (s: string) => s.replace(/\s+/gu, '');

/** The non-blank characters of `before`, minus what the fix declares it removes or moves. */
function checkFix(before: string, finding: Finding, fix: Fix): void {
  const after = applyEdits(before, fix.edits);
  const where = `${finding.ruleId} “${fix.title}” on …${before.slice(Math.max(0, finding.start - 10), finding.end + 10)}…`;
  const insert = fix.edits.find((e) => e.newText.trim() !== '');
  if (insert) {
    // A move: one edit takes out exactly the moved text (and blanks), the other puts the same text back later.
    assert.equal(finding.ruleId, 'NP103', `${where}: only a caption move inserts text`);
    const removal = fix.edits.find((e) => e !== insert)!;
    assert.equal(strip(before.slice(removal.start, removal.end)), strip(insert.newText), where);
    assert.ok(insert.start >= removal.end, where);
    const expected = strip(before.slice(0, removal.start)) + strip(before.slice(removal.end, insert.start)) + strip(insert.newText) + strip(before.slice(insert.end));
    assert.equal(strip(after), expected, where);
    return;
  }
  for (const e of fix.edits) {
    const removed = strip(before.slice(e.start, e.end));
    // Only whitespace goes, or a wrap hyphen right before a line break (`CD-` ⏎ `MO`).
    const wrapHyphen = removed === '-' && before[e.start] === '-' && /^-[ \t]*(\r\n|\r|\n)/.test(before.slice(e.start));
    assert.ok(removed === '' || wrapHyphen, `${where}: removes “${removed}”`);
    assert.equal(strip(e.newText), '', `${where}: inserts “${e.newText}”`);
  }
}

function checkText(text: string): void {
  const { findings } = review(text, options);
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} range inside the text`);
    for (const fix of f.fixes) checkFix(text, f, fix);
  }
  const once = fixAll(text, options).text;
  const twice = fixAll(once, options).text;
  assert.equal(twice, once, 'fix-all is idempotent');
  assert.deepEqual(
    review(once, options)
      .findings.filter((f) => f.fixes.length)
      .map((f) => f.ruleId),
    [],
    'fix-all leaves nothing to fix',
  );
  // Across the whole fix-all, non-blank characters survive as a multiset (captions may move, wrap hyphens may go).
  const count = (s: string) =>
    [...strip(s)]
      .filter((c) => c !== '-')
      .sort()
      .join('');
  assert.equal(count(once), count(text));
}

const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));
const paragraphs = seeds.flatMap((s) =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0),
);

test('every single fix and fix-all on each seed file keep every other character', () => {
  for (const text of seeds) checkText(text);
});

/** A page made of real seed paragraphs, re-wrapped at a random width, split by blank lines, with spaces and captions dropped in. */
const page = fc
  .record({
    picks: fc.array(fc.nat(paragraphs.length - 1), { minLength: 1, maxLength: 8 }),
    width: fc.integer({ min: 6, max: 24 }),
    wrap: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    cuts: fc.array(fc.nat(400), { maxLength: 6 }),
    spaces: fc.array(fc.nat(400), { maxLength: 6 }),
    caption: fc.option(fc.nat(400)),
    crlf: fc.boolean(),
  })
  .map(({ picks, width, wrap, cuts, spaces, caption, crlf }) => {
    let text = picks
      .map((i, k) => {
        const p = paragraphs[i].replace(/\n/g, '');
        if (!wrap[k % wrap.length]) return p;
        const chars = [...p];
        const lines: string[] = [];
        for (let j = 0; j < chars.length; j += width) lines.push(chars.slice(j, j + width).join(''));
        return lines.join('\n');
      })
      .join('\n\n');
    const at = (n: number) => Math.min(text.length, n % (text.length + 1));
    for (const c of cuts) {
      const i = at(c);
      if (!/[\ud800-\udbff]/.test(text[i - 1] ?? '')) text = `${text.slice(0, i)}\n\n${text.slice(i)}`;
    }
    for (const s of spaces) {
      const i = at(s);
      if (!/[\ud800-\udbff]/.test(text[i - 1] ?? '')) text = `${text.slice(0, i)} ${text.slice(i)}`;
    }
    if (caption !== null) {
      const i = at(caption);
      if (!/[\ud800-\udbff]/.test(text[i - 1] ?? '')) text = `${text.slice(0, i)}\n\n学生在课堂上(永川区教委供图)\n\n${text.slice(i)}`;
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

test('random pages: every fix keeps every other character; fix-all is idempotent', () => {
  fc.assert(
    fc.property(page, (text) => checkText(text)),
    { numRuns: RUNS },
  );
});
