// Size classes (Decree 80/2021/NĐ-CP Article 5), subsidies (Article 11) and priority groups,
// over programme data. (BilingualText, shared with the methodology, is exported by ../methodology.)
export { classifyEnterprise, type EnterpriseFigures, type EnterpriseClassification, type ClassificationBasis } from './classify-enterprise.js';
export {
  calculateSubsidy,
  type SubsidyInput,
  type SubsidyItemInput,
  type SubsidyItemKind,
  type SubsidyItemResult,
  type SubsidyResult,
} from './calculate-subsidy.js';
export {
  priorityGroups,
  PRIORITY_GROUPS,
  type PriorityGroup,
  type PriorityFlags,
  type PriorityGroupsInput,
  type PriorityGroupsResult,
} from './priority-groups.js';
export { getProgramme } from './get-programme.js';
export { listProgrammes, type ProgrammeSummary } from './list-programmes.js';
export { parseProgramme } from './parse-programme.js';
export { DEFAULT_PROGRAMME_ID } from './bundled-programmes.js';
export type {
  Programme,
  ProgrammeStatus,
  ProgrammeItem,
  ProgrammeReference,
  ItemTerms,
  CapBasis,
  RateFraction,
  SizeLimits,
  SectorSizeLimits,
  SizeClassRules,
  PriorityRules,
  ProvisionalPoint,
} from './programme.js';
export { ENTERPRISE_SIZES, SME_SIZES, type EnterpriseSize, type SmeSize } from './enterprise-size.js';
export { ENTERPRISE_SECTORS, type EnterpriseSector } from './enterprise-sector.js';
export { SubsidyInputError, type SubsidyInputErrorCode } from './subsidy-input-error.js';
export { ProgrammeError, type ProgrammeIssue } from './programme-error.js';
// Not exported: ProgrammeSchema (parseProgramme is the supported way to validate), the input
// guards, the reason builders and the number formatting used inside reasons.
