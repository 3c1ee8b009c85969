// The public API of the DBI methodology and its scoring. Explicit on purpose: everything not
// listed here (the index, the code format, the schema internals) may change freely.
export type { BilingualText } from '../bilingual-text.js';
export type {
  ComponentIndex,
  Criterion,
  CriterionKind,
  FrequencyCriterion,
  FrequencyOption,
  LadderCriterion,
  Level,
  Methodology,
  MethodologyGroup,
  MethodologySource,
  OverallLevelRule,
  OverallLevelThreshold,
  Pillar,
  PillarLevelBand,
  PillarLevelRule,
  ProvisionalMark,
  RatioBand,
  RatioCriterion,
  RatioUnit,
  SourceReference,
  SourceStatus,
} from './methodology.js';
export type { Answer, Answers, RatioAnswer } from './answers.js';
export type { AssessmentResult, CriterionResult, MethodologyRef, NextStep, PillarResult, ScoreOptions } from './assessment-result.js';
export { MethodologyError, type MethodologyErrorCode, type MethodologyIssue } from './methodology-error.js';
export { AnswerError, type AnswerErrorReason } from './answer-error.js';
export { AnswerCodeError, type AnswerCodeErrorCode } from './answer-code-error.js';
export { GroupError, type GroupErrorCode } from './group-error.js';
export { MethodologySchema } from './methodology-schema.js';
export { parseMethodology } from './parse-methodology.js';
export { getMethodology, listMethodologies } from './get-methodology.js';
export { criteriaOf } from './criteria-of.js';
export { maxAnswer, minAnswer } from './answer-bounds.js';
export { scoreAssessment } from './score-assessment.js';
export { aggregateGroup, type AggregateGroupOptions, type GroupResult, type GroupWeights } from './aggregate-group.js';
export { encodeAnswers } from './encode-answers.js';
export { decodeAnswers } from './decode-answers.js';
