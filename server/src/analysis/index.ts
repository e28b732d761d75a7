// The analysis engine's public surface. Nothing here imports an editor or protocol library.
export { analyze, analyzeMany, analyzeStaged, emptyModel } from './analyze';
export { createAnalysisCache } from './reuse';
export type { AnalysisCache } from './reuse';
export type { StagedAnalysis } from './analyze';
export { toEvalRecord, summary } from './export';
export { RULES, RULES_BY_ID, SEVERITIES } from './rules';
export { CONFIDENCE_THRESHOLD } from './confidence';
export type * from './model';
