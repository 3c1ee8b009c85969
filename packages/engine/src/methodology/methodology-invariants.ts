import { criterionMaxPoints } from './criterion-max-points.js';
import type { Criterion, Methodology, ProvisionalMark } from './methodology.js';
import type { MethodologyIssue } from './methodology-error.js';

/**
 * The checks a schema cannot express: levels numbered 0…n, both level rules complete and
 * rising, unique ids, criterion ids under their index, stated maxima equal to the sum of their
 * parts, scales that never lose points as the answer improves, provisional marks with reasons,
 * no provisional content under an `official` status, and at most 10,000 points and 1,000
 * criteria (the exactness limit of the ranking keys). Returns every issue found.
 */
export function methodologyInvariantIssues(methodology: Methodology): MethodologyIssue[] {
  const issues: MethodologyIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  checkLevelRules(methodology, report);

  const provisionalPaths: string[] = [];
  const checkMark = (mark: ProvisionalMark, path: string) => {
    if (mark.provisional && !mark.provisionalReason) report(`${path}.provisionalReason`, 'a provisional criterion or rule must say why');
    if (!mark.provisional && mark.provisionalReason) report(`${path}.provisional`, 'has a provisionalReason but is not marked provisional');
    if (mark.provisional) provisionalPaths.push(path);
  };
  checkMark(methodology.pillarLevelRule, 'pillarLevelRule');
  checkMark(methodology.overallLevelRule, 'overallLevelRule');

  const seen = new Set<string>();
  const unique = (kind: string, id: string, path: string) => {
    if (seen.has(`${kind}:${id}`)) report(path, `duplicate ${kind} id '${id}'`);
    seen.add(`${kind}:${id}`);
  };
  let total = 0;
  let criteria = 0;
  methodology.pillars.forEach((pillar, p) => {
    const pillarPath = `pillars[${p}]`;
    unique('pillar', pillar.id, `${pillarPath}.id`);
    let pillarSum = 0;
    pillar.indices.forEach((index, i) => {
      const indexPath = `${pillarPath}.indices[${i}]`;
      unique('index', index.id, `${indexPath}.id`);
      let indexSum = 0;
      index.criteria.forEach((criterion, c) => {
        const path = `${indexPath}.criteria[${c}]`;
        criteria++;
        unique('criterion', criterion.id, `${path}.id`);
        if (!criterion.id.startsWith(`${index.id}.`)) report(`${path}.id`, `criterion '${criterion.id}' must be numbered under its index '${index.id}'`);
        checkScale(criterion, path, report);
        checkMark(criterion, path);
        indexSum += criterionMaxPoints(criterion);
      });
      if (index.maxPoints !== indexSum) report(`${indexPath}.maxPoints`, `is ${index.maxPoints}, but its criteria add up to ${indexSum}`);
      pillarSum += index.maxPoints;
    });
    if (pillar.maxPoints !== pillarSum) report(`${pillarPath}.maxPoints`, `is ${pillar.maxPoints}, but its indices add up to ${pillarSum}`);
    total += pillar.maxPoints;
  });
  if (methodology.maxPoints !== total) report('maxPoints', `is ${methodology.maxPoints}, but the pillars add up to ${total}`);
  // Scoring ranks next steps by whole-number keys built from points and criterion numbers; these
  // limits keep every key below 2^53, where doubles are exact (any real index is far smaller).
  if (methodology.maxPoints > 10_000) report('maxPoints', `must be at most 10,000, is ${methodology.maxPoints}`);
  if (criteria > 1_000) report('pillars', `must hold at most 1,000 criteria, hold ${criteria}`);

  if (methodology.source.status === 'official' && provisionalPaths.length > 0) {
    const marks = provisionalPaths.length === 1 ? '1 provisional mark' : `${provisionalPaths.length} provisional marks`;
    report('source.status', `cannot be 'official' with ${marks} (the first at ${provisionalPaths[0]})`);
  }
  return issues;
}

type Report = (path: string, message: string) => void;

function checkLevelRules(methodology: Methodology, report: Report): void {
  const { levels, pillarLevelRule, overallLevelRule, pillars, maxPoints } = methodology;
  levels.forEach((level, i) => {
    if (level.level !== i) report(`levels[${i}].level`, `expected ${i}: levels are numbered 0, 1, 2… in order`);
  });
  const top = levels.length - 1;
  if (pillarLevelRule.bands.length !== top) report('pillarLevelRule.bands', `must have one band for each level 1…${top}, has ${pillarLevelRule.bands.length}`);
  pillarLevelRule.bands.forEach((band, i) => {
    const path = `pillarLevelRule.bands[${i}]`;
    if (band.level !== i + 1) report(`${path}.level`, `expected ${i + 1}: bands list levels 1, 2… in order`);
    if (i > 0 && band.abovePercent <= pillarLevelRule.bands[i - 1].abovePercent) report(`${path}.abovePercent`, 'must be above the previous band');
  });
  if (overallLevelRule.thresholds.length !== top) report('overallLevelRule.thresholds', `must have one threshold for each level 1…${top}, has ${overallLevelRule.thresholds.length}`);
  overallLevelRule.thresholds.forEach((threshold, i) => {
    const path = `overallLevelRule.thresholds[${i}]`;
    if (threshold.level !== i + 1) report(`${path}.level`, `expected ${i + 1}: thresholds list levels 1, 2… in order`);
    if (i > 0 && threshold.abovePoints <= overallLevelRule.thresholds[i - 1].abovePoints) report(`${path}.abovePoints`, 'must be above the previous threshold');
    if (threshold.abovePoints >= maxPoints) report(`${path}.abovePoints`, `must be below the maximum of ${maxPoints} points, or the level is out of reach`);
    if (threshold.minPillars < 1 || threshold.minPillars > pillars.length) report(`${path}.minPillars`, `must be between 1 and the ${pillars.length} pillars`);
  });
}

function checkScale(criterion: Criterion, path: string, report: Report): void {
  if (criterion.kind === 'frequency') {
    criterion.options.forEach((option, i) => {
      if (i > 0 && option.points < criterion.options[i - 1].points) report(`${path}.options[${i}].points`, 'must not be below the previous option: a better answer never scores less');
    });
  } else if (criterion.kind === 'ratio') {
    criterion.bands.forEach((band, i) => {
      if (i === 0) return;
      if (band.abovePercent <= criterion.bands[i - 1].abovePercent) report(`${path}.bands[${i}].abovePercent`, 'must be above the previous band');
      if (band.points < criterion.bands[i - 1].points) report(`${path}.bands[${i}].points`, 'must not be below the previous band: a larger share never scores less');
    });
  }
}
