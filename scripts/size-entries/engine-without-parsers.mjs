// Every run-time export of @dbi-kit/engine, with both bundled data files (DBI 2021 SME and
// Decree 80), except the parsers of outside files: what an npm user's bundle holds when it
// uses everything but parseMethodology / parseProgramme / MethodologySchema, which bring zod
// (budgeted on their own, engine-parse.mjs). packages/engine/test/size-entries.test.ts checks
// that this list and the package's exports do not drift apart.
export {
  AnswerCodeError,
  AnswerError,
  DBI_PILLAR_IDS,
  DEFAULT_PROGRAMME_ID,
  DbiError,
  ENTERPRISE_SECTORS,
  ENTERPRISE_SIZES,
  GroupError,
  MethodologyError,
  PRIORITY_GROUPS,
  ProgrammeError,
  SME_SIZES,
  SubsidyInputError,
  aggregateGroup,
  calculateSubsidy,
  classifyEnterprise,
  criteriaOf,
  decodeAnswers,
  encodeAnswers,
  getMethodology,
  getProgramme,
  isDbiError,
  listMethodologies,
  listProgrammes,
  maxAnswer,
  minAnswer,
  priorityGroups,
  scoreAssessment,
} from '@dbi-kit/engine';
