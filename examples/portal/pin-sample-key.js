// Pins the SAMPLE registry's public signing key on every picker of this page, so cards show a
// verified certificate status. Trust comes only from keys the page pins, never from what the
// registry serves. This key is the SAMPLE key of packages/registry/sample/keys/ — for demos and
// tests only: a real portal pins its registry operator's published key instead.
// Runs before dbi-kit.min.js upgrades the elements; Lit keeps the property set here.
const SAMPLE_KEY = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'gYuH5IxyeUUKFBUwXCgefp1mI_mAT3IsUUVj-EqwOBE',
  kid: 'SAMPLE-Mrddx3w3mAxw7a3_99-_qvAJFJMaCyIVEkQh61C3goU',
  alg: 'EdDSA',
  use: 'sig',
};

for (const picker of document.querySelectorAll('dbi-platform-picker')) picker.trustedKeys = [SAMPLE_KEY];
