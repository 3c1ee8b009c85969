import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '@dbi-kit/engine';
import {
  calculateSubsidy,
  classifyEnterprise,
  DEFAULT_PROGRAMME_ID,
  getProgramme,
  listProgrammes,
  parseProgramme,
  priorityGroups,
  ProgrammeError,
  SubsidyInputError,
  type Programme,
} from '../../src/subsidy/index.js';
import decree80Json from '../../src/subsidy/programmes/decree-80-2021.json';
import { thrownBy } from './thrown-by.js';

const M = 1_000_000;
const sampleJson = readFileSync(new URL('./fixtures/sample-voucher-programme.json', import.meta.url), 'utf8');

describe('the bundled decree-80-2021 programme', () => {
  const programme = getProgramme('decree-80-2021');

  it('is the default, listed, and the same object each time', () => {
    expect(DEFAULT_PROGRAMME_ID).toBe('decree-80-2021');
    expect(getProgramme()).toBe(programme);
    expect(listProgrammes()).toEqual([
      { id: 'decree-80-2021', version: programme.version, title: programme.title, status: 'reconstructed', effective: { from: '2021-10-15', until: null } },
    ]);
  });

  it('says what it rests on: Decree 80/2021 (26 Aug 2021, in force 15 Oct 2021, Art. 5, Art. 11 cl. 1–4) and Circular 06/2022', () => {
    expect(programme.status).toBe('reconstructed');
    expect(programme.statusNote.en).toMatch(/not yet checked against the text in the Official Gazette/);
    const decree = programme.references.find((r) => r.id === 'decree-80-2021');
    expect(decree).toMatchObject({ issued: '2021-08-26', inForce: '2021-10-15' });
    expect(decree?.provisions.map((p) => p.en)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Article 5: /), expect.stringMatching(/^Article 11, clauses 1–4: /)]),
    );
    const circular = programme.references.find((r) => r.id === 'circular-06-2022');
    expect(circular).toMatchObject({ issued: '2022-05-10', inForce: '2022-06-25' });
    expect(circular?.title.vi).toContain('Thông tư 06/2022/TT-BKHĐT');
  });

  it('lists its provisional choices, VAT and combining items among them', () => {
    expect(programme.provisional.map((p) => p.id)).toEqual(expect.arrayContaining(['rounding', 'vat', 'combining-items', 'yearly-cap-pool', 'one-figure']));
  });

  it('is frozen, so one caller cannot change another caller’s rules', () => {
    expect(Object.isFrozen(programme)).toBe(true);
    expect(Object.isFrozen(programme.items[1].sizes.micro)).toBe(true);
    expect(() => {
      (programme.items[1].sizes.micro as { cap: number }).cap = 10 ** 12;
    }).toThrow(TypeError);
  });

  it('passes the schema and every invariant, and is what getProgramme returns', () => {
    // getProgramme does not re-validate at run time (zod stays out of bundles that only
    // calculate); this test is the validation of the bundled file.
    expect(parseProgramme(JSON.parse(JSON.stringify(decree80Json)))).toEqual(programme);
  });

  it('round-trips through parseProgramme', () => {
    expect(parseProgramme(JSON.stringify(programme))).toEqual(programme);
  });

  it('an unknown id is a ProgrammeError', () => {
    const error = thrownBy(() => getProgramme('decree-39-2018'));
    expect(error).toBeInstanceOf(ProgrammeError);
    expect(error).toMatchObject({ code: 'programme/not-found', issues: [{ path: 'id' }] });
  });

  it('is part of the engine’s public entry point', () => {
    expect(engine.calculateSubsidy).toBe(calculateSubsidy);
    expect(engine.classifyEnterprise).toBe(classifyEnterprise);
    expect(engine.priorityGroups).toBe(priorityGroups);
    expect(engine.getProgramme).toBe(getProgramme);
    expect(engine.SubsidyInputError).toBe(SubsidyInputError);
  });
});

describe('a second, made-up programme loaded from JSON, with no code change', () => {
  const sample = parseProgramme(sampleJson);

  it('parses, and is not bundled', () => {
    expect(sample).toMatchObject({ id: 'sample-dx-vouchers', status: 'provisional' });
    expect(listProgrammes().map((p) => p.id)).not.toContain('sample-dx-vouchers');
  });

  it('classifies with its own limits', () => {
    // 8 employees, revenue 2 bn: micro under Decree 80 (≤ 10, ≤ 10 bn), small under the sample (micro ≤ 5 employees).
    const figures = { sector: 'trade-services', employees: 8, revenue: 2_000 * M } as const;
    expect(classifyEnterprise(figures).size).toBe('micro');
    const result = classifyEnterprise(figures, sample);
    expect(result).toMatchObject({ size: 'small', programme: { id: 'sample-dx-vouchers', version: '0.0.1-sample' } });
    expect(result.reasons[0].en).toMatch(/^SAMPLE draft, Article 2 \(trade and services\)/);
  });

  it('pays its own rates and caps: 100% for micro businesses', () => {
    // micro basic-solution: 100%, one 15 M yearly pool: 12 M → 12 M (3 M left), 8 M → 3 M.
    // micro cybersecurity: 100% up to 5 M per contract: 4 M → 4 M; 9 M → 5 M.
    const result = calculateSubsidy(
      {
        size: 'micro',
        items: [
          { kind: 'basic-solution', cost: 12 * M },
          { kind: 'basic-solution', cost: 8 * M },
          { kind: 'cybersecurity', cost: 4 * M },
          { kind: 'cybersecurity', cost: 9 * M },
        ],
      },
      sample,
    );
    expect(result.items.map((i) => i.support)).toEqual([12 * M, 3 * M, 4 * M, 5 * M]);
    expect(result.items[0].rate).toBe(1);
    expect(result.totals).toEqual({ cost: 33 * M, support: 24 * M, net: 9 * M });
    expect(result.programme.id).toBe('sample-dx-vouchers');
    expect(result.items[0].reason.en).toMatch(/^SAMPLE draft, Article 3: up to 100% of the cost, at most 15,000,000 ₫ a year/);
  });

  it('uses its own eligibility, even for large businesses', () => {
    // small: cybersecurity not listed; large: 25% up to 40 M per contract, 100 M → 25 M.
    expect(calculateSubsidy({ size: 'small', items: [{ kind: 'cybersecurity', cost: 10 * M }] }, sample).items[0]).toMatchObject({ eligible: false, support: 0 });
    expect(calculateSubsidy({ size: 'large', items: [{ kind: 'cybersecurity', cost: 100 * M }] }, sample).items[0]).toMatchObject({ eligible: true, support: 25 * M });
  });

  it('its kinds are its own: Decree 80 kinds are unknown there', () => {
    expect(() => calculateSubsidy({ size: 'micro', items: [{ kind: 'dx-solution', cost: M }] }, sample)).toThrow(SubsidyInputError);
    expect(() => calculateSubsidy({ size: 'micro', items: [{ kind: 'basic-solution', cost: M }] })).toThrow(/items\[0\]\.kind/);
  });

  it('uses its own priority thresholds and note', () => {
    // 50% capital is enough here (Decree 80 needs 51%); 18 women of 45 workers = 40% (< 50 workers: ≥ 40%).
    const input = { womenCapitalShare: 0.5, womanManager: true, employees: 45, femaleEmployees: 18, socialEnterprise: false };
    expect(priorityGroups(input, sample)).toMatchObject({ womanOwned: true, manyFemaleWorkers: true });
    expect(priorityGroups(input)).toMatchObject({ womanOwned: false, manyFemaleWorkers: false });
    const { priority } = calculateSubsidy({ size: 'micro', items: [], priority: priorityGroups(input, sample) }, sample);
    expect(priority?.note.en).toBe('Priority groups: woman-owned business (SAMPLE); business employing many women (SAMPLE). SAMPLE: priority orders the queue only.');
  });
});

describe('parseProgramme: invalid programmes', () => {
  // A fresh, mutable copy of the SAMPLE programme to break one thing at a time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, broken on purpose
  const broken = (edit: (data: Record<string, any>) => void) => {
    const data = JSON.parse(sampleJson);
    edit(data);
    return () => parseProgramme(data);
  };
  const expectIssue = (run: () => Programme, path: string, message: RegExp) => {
    const caught = thrownBy(run);
    expect(caught).toBeInstanceOf(ProgrammeError);
    const error = caught as ProgrammeError;
    expect(error.code).toBe('programme/invalid');
    expect(error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    expect(error.message).toContain(path);
  };

  it('not JSON', () => expectIssue(() => parseProgramme('{ "id": '), '', /^not JSON/));
  it('a cap that is not whole VND', () => expectIssue(broken((d) => (d.items[0].sizes.micro.cap = 1.5)), 'items[0].sizes.micro.cap', /whole number/));
  it('a negative cap', () => expectIssue(broken((d) => (d.items[0].sizes.micro.cap = -1)), 'items[0].sizes.micro.cap', /at least 0/));
  it('a zero denominator', () => expectIssue(broken((d) => (d.items[0].sizes.micro.rate.denominator = 0)), 'items[0].sizes.micro.rate.denominator', /at least 1/));
  it('a rate above 100%', () =>
    expectIssue(broken((d) => (d.items[0].sizes.small.rate = { numerator: 3, denominator: 2 })), 'items[0].sizes.small.rate', /at most 100%/));
  it('a duplicate kind', () => expectIssue(broken((d) => (d.items[1].kind = 'basic-solution')), 'items[1].kind', /duplicate kind 'basic-solution'/));
  it('a kind that is not kebab-case', () => expectIssue(broken((d) => (d.items[1].kind = 'Cyber Security')), 'items[1].kind', /kebab-case/));
  it('an unknown cap basis', () => expectIssue(broken((d) => (d.items[0].capBasis = 'per-month')), 'items[0].capBasis', /one of per-contract, per-year/));
  it('a misspelt key', () => expectIssue(broken((d) => (d.items[0].capbasis = 'per-year')), 'items[0]', /unknown key 'capbasis'/));
  it('an unknown size', () => expectIssue(broken((d) => (d.items[0].sizes.huge = d.items[0].sizes.small)), 'items[0].sizes', /unknown key 'huge'/));
  it('a missing sector', () => expectIssue(broken((d) => delete d.sizeClasses.sectors['trade-services']), 'sizeClasses.sectors.trade-services', /expected object/));
  it('limits that shrink from micro to small', () =>
    expectIssue(
      broken((d) => (d.sizeClasses.sectors['trade-services'].limits.small.revenue = 999_999_999)),
      'sizeClasses.sectors.trade-services.limits.small.revenue',
      /below the micro limit \(1000000000\)/,
    ));
  it('an unknown status', () => expectIssue(broken((d) => (d.status = 'draft')), 'status', /one of official, reconstructed, provisional/));
  it('a bad date', () => expectIssue(broken((d) => (d.effective.from = '2026-13-01')), 'effective.from', /YYYY-MM-DD/));
  it('an end before the start', () => expectIssue(broken((d) => (d.effective.until = '2026-06-30')), 'effective.until', /before effective.from/));
  it('a priority share above 100%', () =>
    expectIssue(
      broken((d) => (d.priority.womanOwned.minCapitalShare = { numerator: 101, denominator: 100 })),
      'priority.womanOwned.minCapitalShare',
      /at most 100%/,
    ));
  it('an empty text', () => expectIssue(broken((d) => (d.title.vi = '')), 'title.vi', /^must not be empty$/));
  it('lists every issue, not just the first', () => {
    const caught = thrownBy(
      broken((d) => {
        d.status = 'draft';
        d.version = 3;
      }),
    ) as ProgrammeError;
    expect(caught.issues.map((i) => i.path).sort()).toEqual(['status', 'version']);
  });
});
