// Fixture files with inline expected markers: `⟪NP102⟫` or `⟪NP102:text⟫` stands where a finding of
// that rule must be (inside its range; `text` must occur in its message), and `--- fixed` gives the
// text fix-all must produce. Markers are removed before the text is reviewed.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Marker {
  ruleId: string;
  /** Offset in the clean text. */
  offset: number;
  text?: string;
}

export interface FixtureCase {
  file: string;
  name: string;
  input: string;
  markers: Marker[];
  fixed?: string;
}

const MARKER = /⟪(NP\d{3})(?::([^⟫]*))?⟫/g;

export function readFixtures(dir: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const chunk of text.split(/^=== /m).slice(1)) {
      const nl = chunk.indexOf('\n');
      const name = chunk.slice(0, nl).trim();
      const [rawInput, fixed] = chunk.slice(nl + 1).split(/^--- fixed\n/m);
      const markers: Marker[] = [];
      let input = '';
      let last = 0;
      const marked = rawInput.replace(/\n+$/, '\n');
      for (const m of marked.matchAll(MARKER)) {
        input += marked.slice(last, m.index);
        markers.push({ ruleId: m[1], offset: input.length, text: m[2] });
        last = m.index! + m[0].length;
      }
      input += marked.slice(last);
      cases.push({ file, name, input, markers, fixed: fixed?.replace(/\n+$/, '\n') });
    }
  }
  return cases;
}
