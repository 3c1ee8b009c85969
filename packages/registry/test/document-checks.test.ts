// The hand-written document checks (src/protocol/check-*.ts, what browser bundles validate with:
// see validate-documents.lean.ts) against the zod schemas they implement: same acceptance, same
// output (trimmed, unknown fields dropped), and a refusal names one of the fields zod names. On
// valid documents (the test helpers and the SAMPLE registry), every field set to each edge value or
// removed, random values (fast-check), and randomly mutated documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PlatformIndexEnvelopeSchema,
  PlatformSchema,
  PlatformSummarySchema,
  RecordIdSchema,
  RegistryManifestSchema,
  SAMPLE_REGISTRY_SNAPSHOT,
} from '@dbi-kit/registry';
import { isRecordId } from '../src/certificates/check-fields.js';
import { checkPlatformIndexEnvelope } from '../src/protocol/check-platform-index-envelope.js';
import { checkPlatformSummary } from '../src/protocol/check-platform-summary.js';
import { checkPlatform } from '../src/protocol/check-platform.js';
import { checkRegistryManifest } from '../src/protocol/check-registry-manifest.js';
import { EDGES, expectAgreement, expectAgreementAround } from './helpers/agreement.js';
import { manifest, platform, platformIndex, summary } from './helpers/documents.js';

// The documents' own edges: URLs (schemes, `//`, blanks, line breaks), relative paths, e-mails,
// tax codes, pillars, billing periods, and values that repeat an id of the base documents.
const DOCUMENT_EDGES: unknown[] = [
  ...EDGES,
  'https://x.example/', ' https://x.example/path?q=1 ', 'HTTPS://X.EXAMPLE', 'http:example.com', 'https:/x.example', 'https://', 'https://exa\nmple.com/', 'https://a b.example/', 'http://[::1]:8080/', 'javascript:alert(1)', 'ftp://x.example/', 'data:text/plain,x',
  'logos/a.svg', 'a/../b.png', '/etc/passwd', './a.svg', '.hidden', 'a b.svg', 'a?.svg',
  'a@b.co', 'a.b+c@d-e.example', 'a@b', '@b.co', 'a@b.c', ' a@b.co', 'a..b@c.co',
  '0100000000', '0100000000-001', '010000000', '0100000000-01',
  'operations', 'data-assets', 'not-a-pillar', 'month', 'year', 'one-time', 'week',
  'basic', 'accounting-finance', 'k1', 'dbi-registry/1', 'dbi-registry/2', 'x'.repeat(200), ` ${'x'.repeat(200)} `, 'x'.repeat(201), 366, 367, false,
  { vi: ' a ', en: 'b' }, { vi: 'a' }, [{}], ['operations', 'operations'],
];

const key = (kid: string, x: string) => ({ kty: 'OKP', crv: 'Ed25519', x: x.repeat(43), kid, alg: 'EdDSA', use: 'sig' });

const fullManifest = {
  ...manifest({ description: { vi: ' Mô tả ', en: 'Description' }, operator: { name: ' Operator ', website: 'https://operator.example/', email: 'ops@operator.example' } }),
  keys: [key('k1', 'A'), { ...key('k2', 'B'), extra: 1 }],
  categories: [...manifest().categories, { id: 'e-invoice', name: { vi: 'Hóa đơn', en: 'E-invoice' }, official: false }],
  future: 'dropped',
};

const fullSummary = { ...summary('alpha', { vendor: { name: 'Vendor', website: 'https://vendor.example/' }, categories: ['accounting-finance', 'e-invoice'], pillars: ['operations', 'data-assets'], logo: 'logos/alpha.svg', trialDays: 30 }), future: 1 };

const fullPlatform = {
  ...platform('alpha', {
    vendor: { name: 'Vendor', website: 'https://vendor.example/', taxCode: '0100000000' },
    categories: ['accounting-finance', 'e-invoice'],
    plans: [
      { id: 'basic', name: { vi: 'Cơ bản', en: 'Basic' }, price: 1_200_000, billingPeriod: 'year' },
      { id: 'pro', name: { vi: 'Pro', en: 'Pro' }, price: null, billingPeriod: 'month', note: { vi: 'Báo giá', en: 'On request' } },
    ],
    logo: 'https://cdn.example/alpha.svg',
  }),
  future: { nested: true },
};

const paths = (list: string) => list.split(' ').map((path) => path.split('.'));

/** Random documents: `base` with a few fields (from `paths`) set to edge values or random JSON, or removed. */
function mutations(base: Record<string, unknown>, fieldPaths: string[][]) {
  const value = fc.oneof(fc.constantFrom(...DOCUMENT_EDGES), fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
  return fc.array(fc.tuple(fc.constantFrom(...fieldPaths), value), { minLength: 1, maxLength: 4 }).map((changes) => {
    const copy = structuredClone(base);
    for (const [path, next] of changes) {
      let node = copy as Record<string, unknown>;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) return copy;
        node = node[key] as Record<string, unknown>;
      }
      if (next === undefined) delete node[path.at(-1)!];
      else node[path.at(-1)!] = next;
    }
    return copy;
  });
}

function holdsAgainst(base: Record<string, unknown>, fieldPaths: string[][], hand: (value: unknown) => { ok: boolean }, schema: Parameters<typeof expectAgreement>[2]) {
  expectAgreementAround(base, fieldPaths, (value) => expectAgreement(value, hand, schema), DOCUMENT_EDGES);
  fc.assert(fc.property(mutations(base, fieldPaths), (value) => expectAgreement(value, hand, schema)), { numRuns: 1000 });
  for (const value of [base, null, [], 'x', {}]) expectAgreement(value, hand, schema);
}

describe('hand-written document checks agree with the zod schemas', () => {
  it('registry.json', () => {
    const fields = paths(
      'protocol version name name.vi name.en description description.en operator operator.name operator.website operator.email generatedAt sample keys keys.0 keys.0.kty keys.0.crv keys.0.x keys.0.kid keys.0.alg keys.0.use keys.0.d keys.1.kid categories categories.0 categories.0.id categories.0.name categories.0.official categories.1.id future',
    );
    holdsAgainst(fullManifest, fields, checkRegistryManifest, RegistryManifestSchema);
    expectAgreement(SAMPLE_REGISTRY_SNAPSHOT.registry, checkRegistryManifest, RegistryManifestSchema);
  });

  it('the platforms.json envelope', () => {
    const base = platformIndex([fullSummary, 'not checked here']);
    holdsAgainst(base, paths('protocol version generatedAt platforms platforms.0'), checkPlatformIndexEnvelope, PlatformIndexEnvelopeSchema);
    expectAgreement(SAMPLE_REGISTRY_SNAPSHOT.platforms, checkPlatformIndexEnvelope, PlatformIndexEnvelopeSchema);
  });

  it('platform summaries', () => {
    const fields = paths('id name vendor vendor.name vendor.website categories categories.0 categories.1 pillars pillars.0 pillars.1 summary summary.vi summary.en monthlyPriceFrom trialDays website logo updatedAt sample future');
    holdsAgainst(fullSummary, fields, checkPlatformSummary, PlatformSummarySchema);
    for (const record of (SAMPLE_REGISTRY_SNAPSHOT.platforms as { platforms: unknown[] }).platforms) expectAgreement(record, checkPlatformSummary, PlatformSummarySchema);
  });

  it('platforms', () => {
    const fields = paths(
      'protocol id name vendor vendor.name vendor.website vendor.taxCode categories categories.1 pillars pillars.1 summary summary.en description description.vi plans plans.0 plans.0.id plans.0.name plans.0.name.en plans.0.price plans.0.billingPeriod plans.1.note plans.1.note.vi plans.1.id trial trial.days trial.terms trial.terms.en website logo updatedAt sample future',
    );
    holdsAgainst(fullPlatform, fields, checkPlatform, PlatformSchema);
  });

  it('record ids (what the client checks before a request)', () => {
    for (const value of DOCUMENT_EDGES) expect(isRecordId(value), JSON.stringify(value)).toBe(RecordIdSchema.safeParse(value).success);
    fc.assert(fc.property(fc.string({ maxLength: 70 }), (value) => isRecordId(value) === RecordIdSchema.safeParse(value).success));
  });

  it('returns the value trimmed and without unknown fields, and names the first wrong field', () => {
    const checked = checkPlatform({ ...fullPlatform, name: '  Alpha  ', website: ' https://alpha.example/ ' });
    expect(checked).toMatchObject({ ok: true, value: { name: 'Alpha', website: 'https://alpha.example/' } });
    expect(checked.ok && 'future' in checked.value).toBe(false);
    expect(checkPlatform({ ...fullPlatform, trial: { days: 1.5, terms: { vi: 'a', en: 'a' } } })).toEqual({ ok: false, issue: { field: 'trial.days', message: 'Expected an integer' } });
    expect(checkRegistryManifest({ ...fullManifest, keys: [key('k1', 'A'), key('k1', 'B')] })).toEqual({ ok: false, issue: { field: 'keys', message: 'Duplicate kid' } });
  });
});
