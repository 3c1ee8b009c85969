// Issue 3's budget: the DBI engine, every run-time export of the methodology side (scoring,
// next steps, group index, answer codes, lookups and their errors) with the bundled dbi-2021-sme
// data, without the parsers of outside files (zod) and without the Decree 80 side (issue 4).
export {
  AnswerCodeError,
  AnswerError,
  DBI_PILLAR_IDS,
  DbiError,
  GroupError,
  MethodologyError,
  aggregateGroup,
  criteriaOf,
  decodeAnswers,
  encodeAnswers,
  getMethodology,
  isDbiError,
  listMethodologies,
  maxAnswer,
  minAnswer,
  scoreAssessment,
} from '@dbi-kit/engine';
