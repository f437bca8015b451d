// Fix-all: apply every preferred fix, review again, and repeat until nothing is left to fix.
// Fixes that touch each other wait for the next pass, so each pass works on fresh ranges.
import { review, UNTITLED_URI, type ReviewOptions } from '../review';
import { applyEdits, compatibleFixes } from './applyEdits';

export interface FixAllResult {
  text: string;
  passes: number;
  /** Number of fixes applied over all passes. */
  applied: number;
}

export function fixAll(text: string, options: ReviewOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  try {
    for (let pass = 1; pass <= maxPasses; pass++) {
      const fixes = compatibleFixes(review(current, options).findings);
      if (fixes.length === 0) return { text: current, passes: pass - 1, applied };
      current = applyEdits(current, fixes.flatMap((f) => f.edits));
      applied += fixes.length;
    }
    return { text: current, passes: maxPasses, applied };
  } finally {
    // Each pass registered its text in the workspace; the document itself is unchanged until the
    // caller applies the edit, so the workspace must hold the text it had (a closed file's disk text).
    if (options.workspace && current !== text) options.workspace.set(options.uri ?? UNTITLED_URI, text);
  }
}
