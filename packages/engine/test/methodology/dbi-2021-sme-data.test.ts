import { describe, expect, it } from 'vitest';
import { DBI_PILLAR_IDS, criteriaOf, getMethodology, parseMethodology, type BilingualText, type Criterion } from '@dbi-kit/engine';
import data from '../../src/methodology/data/dbi-2021-sme.json';

// The 60 criterion ids of the 2021 SME questionnaire, as numbered by the three public
// re-implementations (research/dbi-2021-sme-criteria.md §3). They are CSV columns and answer keys.
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
const EXPECTED_IDS = [
  ...range('1.1', 9), ...range('1.2', 4), '2.1.1', ...range('3.1', 2), ...range('3.2', 14),
  ...range('4.1', 6), ...range('4.2', 7), ...range('5.1', 5), ...range('5.2', 5), ...range('6.1', 7),
];
// Kinds per the research tally: gate + 3-step frequency for 1.2.1–1.2.3; ratio or count inputs
// for these 26; everything else (30 gated ladders and the 5.2.4 self-rating) is a ladder.
const FREQUENCY = ['1.2.1', '1.2.2', '1.2.3'];
const RATIO = ['1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.8', '1.2.4', '3.2.2', '3.2.3', '4.1.6', '4.2.1', '4.2.2', '4.2.3', '4.2.5', '4.2.6', '4.2.7', '5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.2.1', '5.2.2', '6.1.1', '6.1.3', '6.1.5', '6.1.7'];

describe('dbi-2021-sme data', () => {
  const dbi = getMethodology('dbi-2021-sme');
  const criteria = criteriaOf(dbi);
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));

  it('passes the schema and every invariant, and is what getMethodology returns', () => {
    // getMethodology does not re-validate at run time; this test is the validation.
    expect(parseMethodology(JSON.parse(JSON.stringify(data)))).toEqual(dbi);
  });

  it('has the six DBI pillars in order, with the 2021 maxima', () => {
    expect(dbi.pillars.map((pillar) => pillar.id)).toEqual([...DBI_PILLAR_IDS]);
    expect(dbi.pillars.map((pillar) => pillar.maxPoints)).toEqual([65, 25, 80, 65, 50, 35]);
    expect(dbi.maxPoints).toBe(320);
  });

  it('has the ten component indices with their maxima', () => {
    const indices = dbi.pillars.flatMap((pillar) => pillar.indices.map((index) => [index.id, index.maxPoints]));
    expect(indices).toEqual([['1.1', 45], ['1.2', 20], ['2.1', 25], ['3.1', 10], ['3.2', 70], ['4.1', 30], ['4.2', 35], ['5.1', 25], ['5.2', 25], ['6.1', 35]]);
  });

  it('has the 60 criteria with the source numbering, in order', () => {
    expect(criteria.map((criterion) => criterion.id)).toEqual(EXPECTED_IDS);
  });

  it('gives each criterion its kind', () => {
    for (const criterion of criteria) {
      const expected = FREQUENCY.includes(criterion.id) ? 'frequency' : RATIO.includes(criterion.id) ? 'ratio' : 'ladder';
      expect(criterion.kind, criterion.id).toBe(expected);
    }
  });

  it('scores every ladder 0–5 behind a yes/no gate, except the 5.2.4 self-rating', () => {
    for (const criterion of criteria.filter((c) => c.kind === 'ladder')) {
      if (criterion.kind !== 'ladder') continue;
      expect(criterion.steps, criterion.id).toHaveLength(6);
      expect(criterion.gate !== undefined, criterion.id).toBe(criterion.id !== '5.2.4');
    }
    const selfRating = byId.get('5.2.4');
    expect(selfRating?.kind === 'ladder' && selfRating.steps.map((step) => step.vi)).toEqual(['Rất kém', 'Kém', 'Trung bình', 'Khá', 'Tốt', 'Rất tốt (xuất sắc)']);
  });

  it('makes the strategy criterion worth 25 points (×5) and every other criterion 5', () => {
    for (const criterion of criteria) expect(criterion.multiplier, criterion.id).toBe(criterion.id === '2.1.1' ? 5 : 1);
  });

  it('keeps the source wording of the dbi.gov.vn criterion titles', () => {
    expect(byId.get('1.1.1')?.title.vi).toBe('Tần suất cập nhật website của doanh nghiệp');
    expect(byId.get('1.1.8')?.title.vi).toBe('Tỷ lệ doanh nghiệp có các cuộc giao tiếp với khách hàng thông qua các kênh số');
  });

  it('names the levels as the 2021 DBI does', () => {
    expect(dbi.levels.map((level) => level.name.vi)).toEqual(['Chưa khởi động', 'Khởi động', 'Bắt đầu', 'Hình thành', 'Nâng cao', 'Dẫn dắt']);
  });

  it('encodes the level rules of the issue: pillar bands 10/20/40/60/80 %, overall 20/64/128/192/256 points with 4/4/4/5/6 pillars', () => {
    expect(dbi.pillarLevelRule.bands.map((band) => band.abovePercent)).toEqual([10, 20, 40, 60, 80]);
    expect(dbi.overallLevelRule.thresholds.map((t) => [t.abovePoints, t.minPillars])).toEqual([[20, 4], [64, 4], [128, 4], [192, 5], [256, 6]]);
  });

  it('says it is reconstructed, never official, and marks our own choices provisional with reasons', () => {
    expect(dbi.source.status).toBe('reconstructed');
    const provisional = criteria.filter((criterion) => criterion.provisional).map((criterion) => criterion.id);
    // every ratio (bands are ours), every frequency (the 1/3/5 mapping), the 5.2.4 mapping and the 3.2.6 rungs
    expect(provisional.sort()).toEqual([...RATIO, ...FREQUENCY, '5.2.4', '3.2.6', '3.1.1'].sort());
    expect(dbi.pillarLevelRule.provisional && dbi.overallLevelRule.provisional).toBe(true);
  });

  it('has every text in Vietnamese and English', () => {
    const texts: [string, BilingualText][] = [];
    const collect = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, i) => collect(item, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        if ('vi' in value && 'en' in value) texts.push([path, value as BilingualText]);
        else for (const [key, child] of Object.entries(value)) collect(child, `${path}.${key}`);
      }
    };
    collect(dbi, 'dbi');
    expect(texts.length).toBeGreaterThan(400);
    for (const [path, text] of texts) {
      expect(text.vi.trim(), path).not.toBe('');
      expect(text.en.trim(), path).not.toBe('');
      expect(text.vi, path).toBe(text.vi.normalize('NFC'));
    }
  });

  it('asks the frequency criteria on a 3-step scale mapped to 1, 3 and 5 points', () => {
    for (const id of FREQUENCY) {
      const criterion = byId.get(id) as Criterion & { kind: 'frequency' };
      expect(criterion.options.map((option) => option.points), id).toEqual([0, 1, 3, 5]);
    }
  });

  it('bands every ratio in 20 % steps', () => {
    for (const id of RATIO) {
      const criterion = byId.get(id) as Criterion & { kind: 'ratio' };
      expect(criterion.bands, id).toEqual([0, 20, 40, 60, 80].map((abovePercent, i) => ({ abovePercent, points: i + 1 })));
    }
  });
});
