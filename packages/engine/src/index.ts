// The public API of @dbi-kit/engine. Each area keeps its own explicit export list.
export { DbiError, isDbiError } from './dbi-error.js';
export type { DataIssue } from './data-issue.js';
export { DBI_PILLAR_IDS, type DbiPillarId } from './pillar-ids.js';
export * from './methodology/index.js';
export * from './subsidy/index.js';
