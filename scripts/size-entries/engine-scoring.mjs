// What a portal pays to score with the bundled DBI 2021 SME data (no runtime schema parsing).
export { getMethodology, scoreAssessment } from '@dbi-kit/engine';
