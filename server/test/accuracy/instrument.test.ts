// The instrument itself: the corpus reader survives bad lines, the renderer loses no text and
// follows Chinese line-breaking rules, and every planted defect lies where its gold says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadJieba } from '../../src/jieba';
import { Dice } from '../random';
import { loadCorpus, parseCorpus } from './corpus';
import { DAMAGE_KINDS, MORE_DAMAGE_KINDS } from './damage';
import { render } from './measure';
import { LAYOUTS, wrapColumn } from './render';

test('corpus: a line that is not JSON, or an article without a body or title, is skipped and counted', () => {
  const good = JSON.stringify({ id: '20190201-01-01', title_lines: ['标题'], paragraphs: ['正文。'] });
  const c = parseCorpus(
    [good, '{not json', JSON.stringify({ id: '20190201-01-02', title_lines: ['标题'], paragraphs: [] }), JSON.stringify({ id: 'x', title_lines: ['t'], paragraphs: ['p'] }), ''].join('\n'),
  );
  assert.equal(c.pages.length, 1);
  assert.deepEqual(c.skipped, { 'not JSON': 1, 'no paragraphs': 1, 'no id': 1 });
});

test('column wrapping keeps every character, never starts a line with a closing mark or ends one with an opening mark, never splits a number', () => {
  const paragraph = '12月15日，市委宣讲团成员、市政府副秘书长罗清泉在市国资委宣讲“深化国资国企改革”等内容，全年营收增长22.6%，CDMO业务（含CRO）达到1589家。';
  for (let width = 10; width <= 17; width++) {
    const lines = wrapColumn(paragraph, width);
    assert.equal(lines.join(''), paragraph, `width ${width}`);
    for (const [k, line] of lines.entries()) {
      if (k > 0) assert.doesNotMatch(line, /^[，。、；：？！”’）》％%]/u, `width ${width}: “${line}”`);
      if (k < lines.length - 1) assert.doesNotMatch(line, /[“‘（《]$/u, `width ${width}: “${line}”`);
      if (k > 0) assert.ok(!(/[0-9.]$/.test(lines[k - 1]) && /^[0-9.%]/.test(line)), `width ${width}: a number split at “${lines[k - 1]}⏎${line}”`);
    }
  }
});

test('rendering loses no text: every paragraph and title line is the corpus copy, in every layout', () => {
  const pages = loadCorpus().pages.slice(0, 20);
  for (const layout of LAYOUTS) {
    for (const page of pages) {
      const r = render(page, layout);
      for (const [k, a] of r.articles.entries()) {
        const source = page.articles[k];
        assert.deepEqual(
          a.titleLines.map((t) => r.text.slice(t.start, t.end)),
          source.titleLines,
        );
        assert.deepEqual(
          a.paragraphs.map((p) => r.text.slice(p.start, p.end).replace(/\n/g, '')),
          source.paragraphs,
        );
      }
    }
  }
});

test('every planted defect changes the page only around its gold range', () => {
  const seg = loadJieba();
  const pages = loadCorpus().pages.slice(0, 30);
  const dice = Dice.seeded(3);
  for (const kind of [...DAMAGE_KINDS, ...MORE_DAMAGE_KINDS]) {
    let planted = 0;
    for (let i = 0; i < 60 && planted < 3; i++) {
      const clean = render(dice.pick(pages), LAYOUTS[i % LAYOUTS.length]);
      const d = kind.plant(clean, dice, seg);
      if (!d) continue;
      planted++;
      const { start, end } = d.gold;
      assert.ok(start >= 0 && start < end && end <= d.text.length, `${kind.kind}: gold inside the text`);
      // What lies before the gold is the clean page's, and so is what follows it (counted from the end).
      let same = 0;
      while (same < d.text.length && d.text[same] === clean.text[same]) same++;
      let tail = 0;
      while (tail < d.text.length && d.text[d.text.length - 1 - tail] === clean.text[clean.text.length - 1 - tail]) tail++;
      // A moved headline changes the page from where it stood to where it lands; the gold is where it lands.
      const moved = kind.kind === 'headline-after-body';
      assert.ok(moved || same >= Math.min(start, clean.text.length) - 60, `${kind.kind}: changed at ${same}, gold at ${start}`);
      assert.ok(d.text.length - tail <= end + 60, `${kind.kind}: changed up to ${d.text.length - tail}, gold ends at ${end}`);
      assert.ok(same <= end && d.text.length - tail >= start - 3, `${kind.kind}: the gold lies in the changed part`);
      assert.notEqual(d.text, clean.text, kind.kind);
    }
    assert.ok(planted > 0, `${kind.kind} found a place on 30 pages`);
  }
});
