// Fix-all: apply every preferred fix, review again, and repeat until nothing is left to fix.
// Fixes that touch each other wait for the next pass, so each pass works on fresh ranges.
import { review, UNTITLED_URI, type ReviewOptions } from '../review';
import { applyEdits, compatibleFixes } from './applyEdits';
import type { TextEdit } from '../rules/rule';

export interface FixAllResult {
  text: string;
  passes: number;
  /** Number of fixes applied over all passes. */
  applied: number;
  /**
   * The first pass's edits on the original text, in order and apart: when one pass did it all
   * (passes 1), these are the whole change, each edit reviewable on its own.
   */
  firstPass: TextEdit[];
}

export function fixAll(text: string, options: ReviewOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let firstPass: TextEdit[] = [];
  try {
    for (let pass = 1; pass <= maxPasses; pass++) {
      const fixes = compatibleFixes(review(current, options).findings);
      if (fixes.length === 0) return { text: current, passes: pass - 1, applied, firstPass };
      const edits = fixes.flatMap((f) => f.edits);
      if (pass === 1) firstPass = [...edits].sort((a, b) => a.start - b.start);
      current = applyEdits(current, edits);
      applied += fixes.length;
    }
    return { text: current, passes: maxPasses, applied, firstPass };
  } finally {
    // Each pass registered its text in the workspace; the document itself is unchanged until the
    // caller applies the edit, so the workspace must hold the text it had (a closed file's disk text).
    if (options.workspace && current !== text) options.workspace.set(options.uri ?? UNTITLED_URI, text);
  }
}
