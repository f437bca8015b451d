// The engine's public surface. Nothing here imports LSP or VS Code: the server, the CLI, the tests
// and the benchmarks all call these functions directly.
export * from './text/sourceText';
export * from './text/chars';
export * from './text/decode';
export * from './model/page';
export { parsePage, emptyPage } from './parse/page';
export * from './rules/rule';
export { RULES, findRule } from './rules/registry';
export { review, reviewSteps, finishReview, settingFor, CAP_NOTICE_RULE, MAX_FINDINGS_PER_RULE, type Review, type ReviewOptions, type ReviewProgress, type RuleSetting } from './review';
export { rulesMarkdown, anchor as ruleAnchor } from './rules/docs';
export * from './segment/segmenter';
export { applyEdits, compatibleFixes } from './fix/applyEdits';
export { fixAll, type FixAllResult } from './fix/fixAll';
export { TokenCorpus, latinTokens } from './corpus';
export { Workspace, articleId, DUPLICATE_THRESHOLD, type ArticleRecord, type ParagraphRecord } from './workspace';
export { UNTITLED_URI } from './review';
export { DuplicateIndex, normalizeForMatch, normalizedText, normalizedForDiff, alignNormalized, jaccard, type AlignedChange, type AlignedDiff } from './similar';
export { reflowArticleFix } from './rules/wraps/reflowArticle';
export { findingKey, parseAccepted, type AcceptedEntry, type AcceptedFile } from './accepted';
export { toJson, toSarif, toText, toMarkdown, qualityRate, type FileReport } from './report';
export { extractFigures } from './figures/extract';
export type { Figure, FigureKind, DateValue } from './figures/figure';
export { chineseValue } from './figures/numerals';
export { pageFigures, type ArticleFigures, type PlacedFigure } from './figures/model';
export { AGREEMENT_RULES } from './rules/registry';
export type { Check, AgreementRule } from './rules/figures/agreement';
