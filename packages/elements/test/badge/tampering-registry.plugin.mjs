// A web-test-runner plugin that serves, over the test server's real HTTP, one small registry
// per case of the registry package's tampering table (packages/registry/test/helpers/
// tampering-cases.ts, shared rather than copied), plus a few registries for the badge's other
// states. The table's TypeScript is bundled for Node with esbuild when the server starts.
// Everything here is SAMPLE test data signed with throw-away keys.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = (path) => new URL(path, import.meta.url).pathname;
const PREFIX = '/badge-registry/';

/** The Node module behind the documents: the shared table and certificate helpers. */
const SOURCE = `
export { ID, TAMPERING_CASES } from ${JSON.stringify(here('../../../registry/test/helpers/tampering-cases.ts'))};
export { NOW, certificate, revocationList, trustedA } from ${JSON.stringify(here('../../../registry/test/helpers/certificates.ts'))};
`;

async function loadHelpers() {
  const dir = await mkdtemp(join(tmpdir(), 'dbi-badge-'));
  try {
    const file = join(dir, 'helpers.mjs');
    await build({
      stdin: { contents: SOURCE, resolveDir: here('.'), loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: file,
      alias: { '@dbi-kit/registry': here('../../../registry/src/index.ts'), '@dbi-kit/engine': here('../../../engine/src/index.ts') },
      logLevel: 'error',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function documents() {
  const { ID, TAMPERING_CASES, NOW, certificate, revocationList, trustedA } = await loadHelpers();
  const docs = new Map();
  const jws = (path, token) => docs.set(PREFIX + path, { body: token, type: 'application/jose' });
  const json = (path, value) => docs.set(PREFIX + path, { body: JSON.stringify(value), type: 'application/json' });
  const emptyList = await revocationList();
  const cases = [];
  for (const [index, [name, make, expected]] of TAMPERING_CASES.entries()) {
    const base = `case-${index}/`;
    jws(`${base}certificates/${ID}.jws`, await make());
    jws(`${base}revocations.jws`, emptyList);
    cases.push({ name, expected, base });
  }
  // Revoked: a genuine certificate whose jti is on the signed list.
  jws(`revoked/certificates/${ID}.jws`, await certificate(ID));
  jws('revoked/revocations.jws', await revocationList([{ jti: `${ID}-2025`, reason: 'SAMPLE revocation', revokedAt: '2025-12-15T00:00:00Z' }]));
  // Two platforms: one valid, one expired, to switch between.
  jws(`two/certificates/${ID}.jws`, await certificate(ID));
  jws('two/certificates/ke-toan-chuon-chuon.jws', await certificate('ke-toan-chuon-chuon', { nbf: 1, exp: 2 }));
  jws('two/revocations.jws', emptyList);
  // A hostile platform name, signed (a registry operator's mistake, or a hostile operator whose
  // key the page pins): it must still show as text.
  jws(`hostile/certificates/${ID}.jws`, await certificate(ID, { name: '<img src=x onerror="window.pwned=1"><b>Sổ Cái</b>' }));
  jws('hostile/revocations.jws', emptyList);
  json('cases.json', { id: ID, now: NOW.getTime(), trustedKey: trustedA, cases });
  return docs;
}

/** Serves `/badge-registry/…`: `cases.json` (the table: name, expected status, base path), each case's registry, and `slow/`, which never answers. */
export function tamperingRegistryPlugin() {
  let docs;
  return {
    name: 'badge-tampering-registry',
    async serverStart() {
      docs = await documents();
    },
    serve(context) {
      // `slow/` never answers (the badge's "verifying" state); the badge aborts when removed.
      if (context.path.startsWith(`${PREFIX}slow/`)) return new Promise(() => {});
      // Anything else under the prefix falls through to the static server, which answers 404.
      return docs.get(context.path);
    },
  };
}
