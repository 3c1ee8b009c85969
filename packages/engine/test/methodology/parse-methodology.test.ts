import { describe, expect, it } from 'vitest';
import { MethodologyError, parseMethodology, type MethodologyIssue } from '@dbi-kit/engine';
import { tinyMethodology, type TinyMethodology } from './fixtures/tiny-methodology.js';

/** The issues parseMethodology reports for the tiny methodology after `breakIt`. */
function issuesAfter(breakIt: (m: TinyMethodology) => void): MethodologyIssue[] {
  const methodology = tinyMethodology();
  breakIt(methodology);
  try {
    parseMethodology(methodology);
  } catch (error) {
    expect(error).toBeInstanceOf(MethodologyError);
    expect((error as MethodologyError).code).toBe('methodology/invalid');
    return [...(error as MethodologyError).issues];
  }
  throw new Error('expected parseMethodology to throw');
}

describe('parseMethodology', () => {
  it('returns a valid methodology typed and deeply frozen', () => {
    const methodology = parseMethodology(tinyMethodology());
    expect(methodology.id).toBe('tiny');
    expect(Object.isFrozen(methodology)).toBe(true);
    expect(Object.isFrozen(methodology.pillars[0].indices[0].criteria[1])).toBe(true);
  });

  it('accepts the same methodology as a JSON string', () => {
    expect(parseMethodology(JSON.stringify(tinyMethodology()))).toEqual(parseMethodology(tinyMethodology()));
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseMethodology('{ "id": ')).toThrow(/not JSON/);
  });

  it('names the JSON path and what was expected for structural errors', () => {
    const issues = issuesAfter((m) => {
      (m.pillars[1].indices[0].criteria[0] as { id: unknown }).id = 7;
      (m.pillars[0] as { extra?: boolean }).extra = true;
      m.pillars[0].indices[0].criteria[0].title.en = '';
      (m as { group: string }).group = 'huge';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'pillars[1].indices[0].criteria[0].id', message: 'expected string' },
        { path: 'pillars[0]', message: "unknown key 'extra'" },
        { path: 'pillars[0].indices[0].criteria[0].title.en', message: 'must not be empty' },
        { path: 'group', message: 'expected one of sme, large, corporation' },
      ]),
    );
  });

  it('rejects an unknown criterion kind', () => {
    const issues = issuesAfter((m) => ((m.pillars[0].indices[0].criteria[0] as { kind: string }).kind = 'slider'));
    expect(issues).toEqual([{ path: 'pillars[0].indices[0].criteria[0].kind', message: 'expected kind "ladder", "frequency" or "ratio"' }]);
  });

  it('rejects criterion ids that are not dotted numbers (they become object keys)', () => {
    const issues = issuesAfter((m) => (m.pillars[0].indices[0].criteria[0].id = 'constructor'));
    expect(issues).toEqual([{ path: 'pillars[0].indices[0].criteria[0].id', message: 'expected a dotted number such as 1.2.3' }]);
  });

  it('reports duplicate ids and criteria numbered outside their index', () => {
    const issues = issuesAfter((m) => {
      m.pillars[1].id = 'pillar-a';
      m.pillars[0].indices[0].criteria[1].id = '1.1.1';
      m.pillars[1].indices[0].criteria[0].id = '1.1.9';
    });
    expect(issues).toEqual([
      { path: 'pillars[0].indices[0].criteria[1].id', message: "duplicate criterion id '1.1.1'" },
      { path: 'pillars[1].id', message: "duplicate pillar id 'pillar-a'" },
      { path: 'pillars[1].indices[0].criteria[0].id', message: "criterion '1.1.9' must be numbered under its index '2.1'" },
    ]);
  });

  it('checks that every stated maximum is the sum of its parts', () => {
    const issues = issuesAfter((m) => {
      m.pillars[0].indices[0].maxPoints = 15; // criteria: 4 + 5×2 = 14
      m.maxPoints = 18; // pillars: 14 + 3 = 17 (pillar-a still states 14)
    });
    expect(issues).toEqual([
      { path: 'pillars[0].indices[0].maxPoints', message: 'is 15, but its criteria add up to 14' },
      { path: 'pillars[0].maxPoints', message: 'is 14, but its indices add up to 15' },
      { path: 'maxPoints', message: 'is 18, but the pillars add up to 17' },
    ]);
  });

  it('requires complete level rules: levels numbered 0…n, one rising band and one threshold per level', () => {
    const issues = issuesAfter((m) => {
      m.pillarLevelRule.bands = [{ level: 1, abovePercent: 25 }];
      m.overallLevelRule.thresholds[1] = { level: 3, abovePoints: 2, minPillars: 3 };
      m.levels[2].level = 5;
    });
    expect(issues).toEqual([
      { path: 'levels[2].level', message: 'expected 2: levels are numbered 0, 1, 2… in order' },
      { path: 'pillarLevelRule.bands', message: 'must have one band for each level 1…2, has 1' },
      { path: 'overallLevelRule.thresholds[1].level', message: 'expected 2: thresholds list levels 1, 2… in order' },
      { path: 'overallLevelRule.thresholds[1].abovePoints', message: 'must be above the previous threshold' },
      { path: 'overallLevelRule.thresholds[1].minPillars', message: 'must be between 1 and the 2 pillars' },
    ]);
  });

  it('rejects a threshold no business can pass', () => {
    const issues = issuesAfter((m) => (m.overallLevelRule.thresholds[1].abovePoints = 17));
    expect(issues).toEqual([{ path: 'overallLevelRule.thresholds[1].abovePoints', message: 'must be below the maximum of 17 points, or the level is out of reach' }]);
  });

  it('limits a methodology to 10,000 points and 1,000 criteria (ranking keys stay exact)', () => {
    expect(issuesAfter((m) => (m.maxPoints = 10_001))).toContainEqual({ path: 'maxPoints', message: 'must be at most 10,000, is 10001' });
    const issues = issuesAfter((m) => {
      const index = m.pillars[0].indices[0];
      const [first] = index.criteria;
      index.criteria = Array.from({ length: 1_000 }, (_, k) => ({ ...first, id: `${index.id}.${k + 1}` }));
    });
    expect(issues).toContainEqual({ path: 'pillars', message: 'must hold at most 1,000 criteria, hold 1001' });
  });

  it('rejects scales where a better answer would score less', () => {
    const issues = issuesAfter((m) => {
      (m.pillars[0].indices[0].criteria[1] as { options: { points: number }[] }).options[1].points = 6;
      (m.pillars[1].indices[0].criteria[0] as { bands: { abovePercent: number }[] }).bands[1].abovePercent = 0;
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'pillars[0].indices[0].criteria[1].options[2].points', message: 'must not be below the previous option: a better answer never scores less' },
        { path: 'pillars[1].indices[0].criteria[0].bands[1].abovePercent', message: 'must be above the previous band' },
      ]),
    );
  });

  it('requires a reason for every provisional mark', () => {
    const issues = issuesAfter((m) => {
      delete (m.overallLevelRule as { provisionalReason?: unknown }).provisionalReason;
      (m.pillars[0].indices[0].criteria[0] as { provisionalReason?: unknown }).provisionalReason = { vi: 'x', en: 'x' };
    });
    expect(issues).toEqual([
      { path: 'overallLevelRule.provisionalReason', message: 'a provisional criterion or rule must say why' },
      { path: 'pillars[0].indices[0].criteria[0].provisional', message: 'has a provisionalReason but is not marked provisional' },
    ]);
  });

  it('never lets provisional content pass as official', () => {
    const issues = issuesAfter((m) => (m.source.status = 'official'));
    expect(issues).toEqual([{ path: 'source.status', message: "cannot be 'official' with 1 provisional mark (the first at overallLevelRule)" }]);
  });

  it('lists every problem in the error message, first three in full', () => {
    const methodology = tinyMethodology();
    methodology.levels = [];
    expect(() => parseMethodology(methodology)).toThrow(/^Invalid methodology: levels: must have at least 2 items$/);
  });
});
