// The hand-written certificate checks (src/certificates/check-*.ts, used so that <dbi-badge>
// needs no zod) against the zod schemas they implement: same acceptance, same output, on random
// every field set to each edge value (or removed), and random values (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertificateClaimsSchema, RegistryKeySchema, RevocationListSchema } from '@dbi-kit/registry';
import { checkCertificateClaims } from '../src/certificates/check-certificate-claims.js';
import { checkRevocationList } from '../src/certificates/check-revocation-list.js';
import { checkTrustedKeys } from '../src/client/check-trusted-keys.js';
import { z } from 'zod/mini';
import { claims, keyA, trustedA } from './helpers/certificates.js';

/** Both validators' verdicts on one value: accepted with the same output, or both refused. */
function expectAgreement(value: unknown, hand: (value: unknown) => { ok: boolean; value?: unknown }, schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }) {
  const ours = hand(value);
  const zods = schema.safeParse(value);
  expect(ours.ok, JSON.stringify(value)).toBe(zods.success);
  if (ours.ok) expect(ours.value).toEqual(zods.data);
}

// Values that sit on the rules' edges: wrong types, empty and blank text, ids, integers, dates.
const EDGES: unknown[] = [
  undefined, null, true, 0, -1, 1.5, 2 ** 53, '', ' ', ' x ', 'a', 'A', 'a-b', 'a--b', '-a', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(128), 'x'.repeat(129), [], {}, ['a'], ['A'],
  '2025-12-15T00:00:00Z', '2025-12-15T00:00:00.5+07:00', '2024-02-29T10:00:00Z', '2025-02-29T10:00:00Z', '2025-12-15T00:00Z', '2025-12-15 00:00:00Z', '2025-12-15T24:00:00Z', '2025-12-15T00:00:00', '2025-12-15T00:00:00+24:00',
  // calendar edges (the hand-written check asks Date whether the day exists): centuries, month ends, month 0 and 13
  '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '0000-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-12-31T23:59:59Z', '2025-13-01T00:00:00Z', '2025-00-10T00:00:00Z', '2025-01-00T00:00:00Z',
];

/** A copy of `base` with the field at `path` set to `value`, or removed. */
function withField(base: Record<string, unknown>, path: string[], value: unknown, remove: boolean) {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (remove) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return copy;
}

/** Every path with every edge value, and removed; then random short strings and integers at random paths. */
function expectAgreementAround(base: Record<string, unknown>, paths: string[][], check: (value: Record<string, unknown>) => void) {
  for (const path of paths) {
    check(withField(base, path, undefined, true));
    for (const value of EDGES) check(withField(base, path, value, false));
  }
  const random = fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.double()));
  fc.assert(fc.property(random, ([path, value]) => check(withField(base, path, value, false))), { numRuns: 500 });
}

describe('hand-written checks agree with the zod schemas', () => {
  it('certificate claims', () => {
    const base = { ...claims('so-cai-may'), vendor: { name: 'Vendor', taxCode: '0101234567' }, extra: 'dropped' };
    const paths = [['iss'], ['sub'], ['name'], ['vendor'], ['vendor', 'name'], ['vendor', 'taxCode'], ['programme'], ['programme', 'id'], ['programme', 'name'], ['programme', 'name', 'vi'], ['programme', 'name', 'en'], ['categories'], ['categories', '0'], ['iat'], ['nbf'], ['exp'], ['jti']];
    expectAgreementAround(base, paths, (value) => expectAgreement(value, checkCertificateClaims, CertificateClaimsSchema));
    for (const value of [base, null, [], 'x', { ...base, nbf: base.exp }, { ...base, iss: '  padded  ' }, { ...base, name: ' Sổ Cái Máy ' }, { ...base, name: 'x'.repeat(201) }]) expectAgreement(value, checkCertificateClaims, CertificateClaimsSchema);
  });

  it('revocation lists', () => {
    const base = { protocol: 'dbi-registry/1', iss: 'x', iat: 1, revocations: [{ jti: 'a', reason: ' why ', revokedAt: '2025-12-15T00:00:00Z' }, { jti: 'b', reason: 'r', revokedAt: '2025-12-15T00:00:00+07:00' }] };
    const paths = [['protocol'], ['iss'], ['iat'], ['revocations'], ['revocations', '0'], ['revocations', '0', 'jti'], ['revocations', '1', 'jti'], ['revocations', '0', 'reason'], ['revocations', '0', 'revokedAt']];
    expectAgreementAround(base, paths, (value) => expectAgreement(value, checkRevocationList, RevocationListSchema));
    expectAgreement({ ...base, revocations: [base.revocations[0], base.revocations[0]] }, checkRevocationList, RevocationListSchema);
  });

  it('pinned keys', () => {
    const keys = z.array(RegistryKeySchema);
    const hand = (value: unknown) => {
      try {
        return { ok: true, value: checkTrustedKeys(value) };
      } catch {
        return { ok: false };
      }
    };
    const base = { list: [{ ...trustedA, extra: 1 }] };
    const paths = [['list', '0', 'kty'], ['list', '0', 'crv'], ['list', '0', 'x'], ['list', '0', 'kid'], ['list', '0', 'alg'], ['list', '0', 'use'], ['list', '0', 'd'], ['list', '0']];
    expectAgreementAround(base, paths, (value) => expectAgreement(value.list, hand, keys));
    for (const value of [[], {}, [{ ...trustedA, d: keyA.d }], [{ ...trustedA, x: keyA.x.slice(1) }]]) expectAgreement(value, hand, keys);
  });

  it('a refused value names the field that is wrong', () => {
    expect(checkCertificateClaims({ ...claims('so-cai-may'), programme: { id: 'p', name: { vi: 'x', en: ' ' } } })).toEqual({ ok: false, issue: { field: 'programme.name.en', message: 'Expected at least 1 character(s)' } });
    expect(checkRevocationList({ protocol: 'dbi-registry/1', iss: 'x', iat: 1, revocations: [{ jti: 'a', reason: 'r', revokedAt: '2025-02-29T00:00:00Z' }] })).toMatchObject({ ok: false, issue: { field: 'revocations[0].revokedAt' } });
    expect(() => checkTrustedKeys([{ ...trustedA, kty: 'RSA' }])).toThrow('trustedKeys[0].kty: Expected "OKP"');
  });
});
