// The tampering table: certificates for ID, genuine or altered, and the status each must give
// when checked at NOW with only keyA pinned. Shared by the Node and the Chromium tests.
import { createHmac } from 'node:crypto';
import type { CertificateStatus } from '@dbi-kit/registry';
import { NOW_S, certificate, claims, keyA, partsOf, payloadOf, revocationList, signRaw, stranger } from './certificates.js';

/** The platform every case is served for. */
export const ID = 'so-cai-may';

/** Our certificate for ID with its payload replaced and the signature kept. */
export const swapPayload = async (changes: object) => {
  const { raw } = partsOf(await certificate(ID));
  return `${raw.header}.${payloadOf(claims(ID, changes))}.${raw.signature}`;
};

/** Each case: what was done to the certificate served for ID, how, and the status it must give at NOW. */
export const TAMPERING_CASES: [string, () => Promise<string>, CertificateStatus][] = [
  ['a genuine certificate', () => certificate(ID), 'valid'],
  ['exp in the past', () => certificate(ID, { nbf: NOW_S - 400 * 86_400, exp: NOW_S - 1 }), 'expired'],
  ['exp exactly now (exp is exclusive)', () => certificate(ID, { exp: NOW_S }), 'expired'],
  ['nbf in the future', () => certificate(ID, { nbf: NOW_S + 1 }), 'not-yet-valid'],
  ['payload modified (another vendor), signature kept', () => swapPayload({ vendor: { name: 'Mallory' } }), 'invalid-signature'],
  ['payload modified (exp extended), signature kept', () => swapPayload({ exp: NOW_S + 3650 * 86_400 }), 'invalid-signature'],
  ['header modified (extra field), signature kept', async () => {
    const { header, raw } = partsOf(await certificate(ID));
    return `${payloadOf({ ...header, x5u: 'https://evil.example/' })}.${raw.payload}.${raw.signature}`;
  }, 'invalid-signature'],
  ['one signature bit flipped', async () => {
    const token = await certificate(ID);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    return `${token.slice(0, -2)}${last}${token.at(-1)}`;
  }, 'invalid-signature'],
  ['alg none, no signature', async () => `${payloadOf({ alg: 'none', typ: 'dbi-certificate+jwt', kid: keyA.kid })}.${payloadOf(claims(ID))}.`, 'invalid-signature'],
  ['alg HS256 keyed with the public key (algorithm confusion)', async () => {
    const input = `${payloadOf({ alg: 'HS256', typ: 'dbi-certificate+jwt', kid: keyA.kid })}.${payloadOf(claims(ID))}`;
    return `${input}.${createHmac('sha256', keyA.x).update(input).digest('base64url')}`;
  }, 'invalid-signature'],
  ['the pinned kid, signed by another key', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, payloadOf(claims(ID)), stranger), 'invalid-signature'],
  ['signed by an unpinned key', () => certificate(ID, {}, stranger), 'unknown-key'],
  ['no kid', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt' }, payloadOf(claims(ID)), keyA), 'unknown-key'],
  ['an embedded jwk of the attacker (ignored)', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: stranger.kid, jwk: { kty: 'OKP', crv: 'Ed25519', x: stranger.x } }, payloadOf(claims(ID)), stranger), 'unknown-key'],
  ['a genuine certificate of another platform', () => certificate('ke-toan-chuon-chuon'), 'wrong-platform'],
  ['base64 with + and / instead of base64url', async () => (await certificate(ID)).replace(/-/g, '+').replace(/_/g, '/').replace(/\.([A-Za-z0-9_-]*)$/, '.+$1'), 'malformed'],
  ['padding =', async () => `${await certificate(ID)}==`, 'malformed'],
  ['two parts', async () => (await certificate(ID)).split('.').slice(0, 2).join('.'), 'malformed'],
  ['a header that is not JSON', async () => `${payloadOf('x').slice(0, -2)}e3.${payloadOf(claims(ID))}.AAAA`, 'malformed'],
  ['a signed payload that is not JSON', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, 'bm90IGpzb24', keyA), 'malformed'],
  ['signed claims without exp', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid }, payloadOf({ ...claims(ID), exp: undefined }), keyA), 'malformed'],
  ['another typ (a revocation list served as a certificate)', () => revocationList(), 'malformed'],
  ['crit header', () => signRaw({ alg: 'EdDSA', typ: 'dbi-certificate+jwt', kid: keyA.kid, crit: ['exp'] }, payloadOf(claims(ID)), keyA), 'malformed'],
  ['over the size limit (9 000 characters)', () => certificate(ID, { vendor: { name: 'x'.repeat(6700) } }), 'malformed'],
  ['an HTML page', async () => '<!doctype html><title>Login</title>', 'malformed'],
];

