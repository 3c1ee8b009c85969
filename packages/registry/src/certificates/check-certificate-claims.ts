import type { CertificateClaims } from './certificate-claims.schema.js';
import { arrayAt, at, nameAt, naturalAt, objectAt, optionalAt, recordIdAt, ensure, runCheck, stringAt, textAt, type FieldCheck } from './check-fields.js';

const jtiAt = (value: unknown, field: string) => stringAt(value, field, { min: 1, max: 128 });

/**
 * Checks a certificate's payload against `CertificateClaimsSchema`'s rules, without zod (see
 * check-fields.ts): the claims, trimmed and without unknown fields, or the first issue.
 */
export function checkCertificateClaims(payload: unknown): FieldCheck<CertificateClaims> {
  return runCheck(() => {
    const claims = objectAt(payload, '');
    const vendor = objectAt(claims.vendor, 'vendor');
    const programme = objectAt(claims.programme, 'programme');
    const name = objectAt(programme.name, 'programme.name');
    const taxCode = optionalAt(vendor.taxCode, 'vendor.taxCode', textAt);
    const categories = arrayAt(claims.categories, 'categories', recordIdAt);
    ensure(categories.length >= 1, 'categories', 'Expected at least 1 item(s)');
    const checked: CertificateClaims = {
      iss: textAt(claims.iss, 'iss'),
      sub: recordIdAt(claims.sub, 'sub'),
      name: nameAt(claims.name, 'name'),
      vendor: { name: textAt(vendor.name, 'vendor.name'), ...(taxCode === undefined ? {} : { taxCode }) },
      programme: { id: recordIdAt(programme.id, 'programme.id'), name: { vi: textAt(name.vi, at('programme.name', 'vi')), en: textAt(name.en, at('programme.name', 'en')) } },
      categories,
      iat: naturalAt(claims.iat, 'iat'),
      nbf: naturalAt(claims.nbf, 'nbf'),
      exp: naturalAt(claims.exp, 'exp'),
      jti: jtiAt(claims.jti, 'jti'),
    };
    ensure(checked.nbf < checked.exp, 'exp', 'nbf must be before exp');
    return checked;
  });
}

