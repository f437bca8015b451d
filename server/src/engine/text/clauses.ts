// Clauses of Chinese copy: the stretches between clause marks (`，` `；` `：` `、` and the sentence
// ends). Rules that read a figure's or a word's own clause share these.

/** Marks that end a clause. */
export const CLAUSE_MARK = /[，；：、。！？,;:!?]/u;

/** Where the clause holding `i` starts: just after the clause mark before it, not before `floor`. */
export function clauseStart(text: string, i: number, floor = 0): number {
  let k = i;
  while (k > floor && !CLAUSE_MARK.test(text[k - 1])) k--;
  return k;
}

/** Where the clause holding `i` ends: at the clause mark after it, not after `ceiling`. */
export function clauseEnd(text: string, i: number, ceiling = text.length): number {
  let k = i;
  while (k < ceiling && !CLAUSE_MARK.test(text[k])) k++;
  return k;
}
