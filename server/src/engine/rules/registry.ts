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
import { fullWidthDigits } from './figures/fullWidthDigits';
import { rangeHyphen } from './figures/rangeHyphen';
import { rangeUnitDropped } from './figures/rangeUnitDropped';
import { mixedFigureForms } from './figures/mixedForms';
import { arabicWithScale } from './figures/arabicWithScale';
import { mixedDateNumerals } from './figures/mixedDateNumerals';
import { percentSpelled } from './figures/percentSpelled';
import { approximationComma } from './figures/approximationComma';
import { headlineBodyFigure } from './figures/headlineBody';
import { percentOfTotal } from './figures/percentOfTotal';
import { partsSum } from './figures/partsSum';
import { growthRate } from './figures/growthRate';
import { dateSpan } from './figures/dateSpan';
import { weekdayMismatch } from './figures/weekday';
import { sameMeasureTwoValues } from './figures/sameMeasure';
import { headlineAfterBody } from './layout/headlineAfterBody';
import { layoutResidue } from './layout/layoutResidue';
import type { AgreementRule } from './figures/agreement';

export const RULES: readonly Rule[] = [
  unreadableText,
  columnWrap,
  splitParagraph,
  splitAroundInsert,
  hyphenatedWrap,
  numberCut,
  straySpace,
  duplicateArticle,
  duplicateParagraph,
  doubledText,
  repeatedWord,
  figureDiffers,
  fullWidthDigits,
  rangeHyphen,
  rangeUnitDropped,
  mixedFigureForms,
  arabicWithScale,
  mixedDateNumerals,
  percentSpelled,
  approximationComma,
  headlineBodyFigure,
  percentOfTotal,
  partsSum,
  growthRate,
  dateSpan,
  weekdayMismatch,
  sameMeasureTwoValues,
  halfWidthPunctuation,
  unpairedMarks,
  enumerationComma,
  lineEdgeMarks,
  documentNumber,
  mixedStyles,
  headlineAfterBody,
  layoutResidue,
];

/** The rules that check figures against each other; each can also list the checks that held. */
export const AGREEMENT_RULES: readonly AgreementRule[] = [headlineBodyFigure, percentOfTotal, partsSum, growthRate, dateSpan, weekdayMismatch, sameMeasureTwoValues];

export function findRule(key: string): Rule | undefined {
  return RULES.find((r) => r.id === key || r.name === key);
}
