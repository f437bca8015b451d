// The one list of rules. Settings, documentation and SARIF rule metadata are generated from it.
import type { Rule } from './rule';
import { unreadableText } from './unreadableText';
import { columnWrap } from './wraps/columnWrap';
import { splitParagraph } from './wraps/splitParagraph';
import { splitAroundInsert } from './wraps/splitAroundInsert';
import { hyphenatedWrap } from './wraps/hyphenatedWrap';
import { numberCut } from './wraps/numberCut';
import { straySpace } from './wraps/straySpace';
import { doubledText } from './duplicates/doubledText';
import { repeatedWord } from './duplicates/repeatedWord';
import { duplicateArticle } from './duplicates/duplicateArticle';
import { duplicateParagraph } from './duplicates/duplicateParagraph';
import { figureDiffers } from './duplicates/figureDiffers';
import { halfWidthPunctuation } from './punctuation/halfWidth';
import { unpairedMarks } from './punctuation/pairs';
import { enumerationComma } from './punctuation/enumerationComma';
import { lineEdgeMarks } from './punctuation/lineEdgeMarks';
import { documentNumber } from './punctuation/documentNumber';
import { mixedStyles } from './punctuation/mixedStyles';

export const RULES: readonly Rule[] = [
  unreadableText, columnWrap, splitParagraph, splitAroundInsert, hyphenatedWrap, numberCut, straySpace, duplicateArticle, duplicateParagraph, doubledText, repeatedWord, figureDiffers,
  halfWidthPunctuation, unpairedMarks, enumerationComma, lineEdgeMarks, documentNumber, mixedStyles,
];

export function findRule(key: string): Rule | undefined {
  return RULES.find((r) => r.id === key || r.name === key);
}
