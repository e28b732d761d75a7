// The analysis engine's public surface. Nothing here imports an editor or protocol library.
export { analyze, emptyModel } from './analyze';
export { toEvalRecord, summary } from './export';
export { RULES, RULES_BY_ID, SEVERITIES } from './rules';
export type * from './model';
