// The hand-written certificate checks (src/certificates/check-*.ts, used so that <dbi-badge>
// needs no zod) against the zod schemas they implement: same acceptance, same output, on random
// every field set to each edge value (or removed), and random values (fast-check).
import { describe, expect, it } from 'vitest';
import { CertificateClaimsSchema, RegistryKeySchema, RevocationListSchema } from '@dbi-kit/registry';
import { checkCertificateClaims } from '../src/certificates/check-certificate-claims.js';
import { checkRevocationList } from '../src/certificates/check-revocation-list.js';
import { checkTrustedKeys } from '../src/client/check-trusted-keys.js';
import { z } from 'zod/mini';
import { expectAgreement, expectAgreementAround } from './helpers/agreement.js';
import { claims, keyA, trustedA } from './helpers/certificates.js';

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
