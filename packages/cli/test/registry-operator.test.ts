// The registry operator's tools on temporary folders, through the real binary:
// keygen → build → (serve) → verify, rotation, revocation, and a bad source writing nothing.
import { spawn } from 'node:child_process';
import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';
import { PROGRAMME, keygen, makeSource } from './helpers/registry-source.js';

beforeAll(ensureBuilt, 120_000);

/** Every file under `dir`, path → bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), (await readFile(join(entry.parentPath, entry.name))).toString('base64'));
  }
  return files;
}

describe('dbi-kit registry keygen', () => {
  it('writes a private JWK with mode 0600 and a public JWK without d, named by kid', async () => {
    const dir = await tempDir();
    const key = await keygen(dir, '2026');
    expect(key.kid).toMatch(/^2026-[A-Za-z0-9_-]{43}$/);
    expect((await stat(key.privateFile)).mode & 0o777).toBe(0o600);
    const privateJwk = JSON.parse(await readFile(key.privateFile, 'utf8'));
    const publicJwk = JSON.parse(await readFile(key.publicFile, 'utf8'));
    expect(privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: key.kid, d: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: privateJwk.x, kid: key.kid, alg: 'EdDSA', use: 'sig' });
    expect((await keygen(dir, '2026')).kid).not.toBe(key.kid);
    expect((await dbiKit(['registry', 'keygen'])).code).toBe(2);
  });
});

describe('dbi-kit registry build', () => {
  it('lists every problem (file, record, field) and writes nothing', async () => {
    const source = await makeSource();
    const { privateFile } = await keygen(await tempDir(), 'k');
    const record = JSON.parse(await readFile(join(source, 'platforms/quan-an-so.json'), 'utf8'));
    await writeFile(join(source, 'platforms/quan-an-so.json'), JSON.stringify({ ...record, plans: [{ ...record.plans[0], price: -5 }] }));
    const certifications = [
      { platform: 'so-cai-may', jti: 'a', programme: PROGRAMME, issuedAt: '2025-01-01T00:00:00Z', expiresAt: '2024-01-01T00:00:00Z' },
      { platform: 'no-such-platform', jti: 'b', programme: PROGRAMME, issuedAt: '2025-01-01T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' },
      { platform: 'quan-an-so', jti: 'c', programme: PROGRAMME, issuedAt: 'yesterday', expiresAt: '2030-01-01T00:00:00Z' },
    ];
    await writeFile(join(source, 'certifications.json'), JSON.stringify({ certifications }));
    const out = join(await tempDir(), 'out');
    const run = await dbiKit(['registry', 'build', '--source', source, '--key', privateFile, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^platforms\/quan-an-so\.json \(quan-an-so\) plans\[0\]\.price: /),
      expect.stringMatching(/^certifications\.json \(quan-an-so\) certifications\[2\]\.issuedAt: /),
      'certifications.json (so-cai-may) certifications[0].expiresAt: Must be after notBefore (or issuedAt)',
      'certifications.json (no-such-platform) certifications[1].platform: No platform "no-such-platform" in platforms/',
      `dbi-kit: 4 problem(s) in ${source}; nothing written`,
    ]);
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a private key file that is only a public key', async () => {
    const { publicFile } = await keygen(await tempDir(), 'k');
    const run = await dbiKit(['registry', 'build', '--source', await makeSource(), '--key', publicFile, '--out', join(await tempDir(), 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--key d: /m);
  });

  it('refuses to replace a folder that is not a built registry, and a source without registry.json', async () => {
    const { privateFile } = await keygen(await tempDir(), 'k');
    const precious = await tempDir();
    await writeFile(join(precious, 'notes.txt'), 'keep me');
    const refused = await dbiKit(['registry', 'build', '-s', await makeSource(), '-k', privateFile, '-o', precious]);
    expect(refused).toMatchObject({ code: 1, stderr: `dbi-kit: ${precious}: not empty and not a built registry; refusing to replace it\n` });
    expect(await readFile(join(precious, 'notes.txt'), 'utf8')).toBe('keep me');
    const empty = await tempDir();
    const missing = await dbiKit(['registry', 'build', '-s', empty, '-k', privateFile, '-o', join(empty, 'out')]);
    expect(missing).toMatchObject({ code: 1, stderr: `dbi-kit: ${empty}: registry.json: no such file in the source folder\n` });
  });

  it('writes the same bytes twice, with certificates, revocations.jws and .gz siblings', async () => {
    const source = await makeSource();
    const { privateFile, kid } = await keygen(await tempDir(), 'k');
    const [first, second] = [join(await tempDir(), 'a'), join(await tempDir(), 'b')];
    for (const out of [first, second]) expect((await dbiKit(['registry', 'build', '-s', source, '-k', privateFile, '-o', out])).code).toBe(0);
    const files = await snapshot(first);
    expect(await snapshot(second)).toEqual(files);
    expect([...files.keys()].filter((path) => !path.endsWith('.gz')).sort()).toEqual([
      // the SAMPLE registry.json says sample: true, so the build draws placeholder logos
      'certificates/so-cai-may.jws', 'logos/quan-an-so.svg', 'logos/so-cai-may.svg', 'platforms.json', 'platforms/quan-an-so.json',
      'platforms/so-cai-may.json', 'registry.json', 'revocations.jws',
    ]);
    for (const path of files.keys()) if (!path.endsWith('.gz')) expect(files.has(`${path}.gz`), path).toBe(true);
    expect(JSON.parse(await readFile(join(first, 'registry.json'), 'utf8')).keys.map((key: { kid: string }) => key.kid)).toEqual([kid]);
  });
});

// Each test runs the binary four to six times in a row (keygen, build, revoke, verify): on a
// shared 2-core machine that can take longer than vitest's default 5 s.
describe('dbi-kit registry verify, revoke and rotation', { timeout: 30_000 }, () => {
  it('keygen → build → serve → verify over HTTP', async () => {
    const { privateFile, publicFile } = await keygen(await tempDir(), 'k');
    const out = join(await tempDir(), 'out');
    expect((await dbiKit(['registry', 'build', '-s', await makeSource(), '-k', privateFile, '-o', out])).code).toBe(0);
    const server = spawn(process.execPath, [BIN, 'registry', 'serve', out, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const url = await new Promise<string>((resolve) => server.stdout.setEncoding('utf8').once('data', (text: string) => resolve(text.split('\n')[0])));
      const run = await dbiKit(['registry', 'verify', url, '--key', publicFile, '--at', '2026-01-01T00:00:00Z']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^so-cai-may\tvalid\tso-cai-may-1\t/);
      expect(run.stderr).toContain('2 platforms; certificates: 1 not-found, 1 valid');
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('verify lists a tampered certificate and a key that is not pinned, and exits 1', async () => {
    const key = await keygen(await tempDir(), 'k');
    const other = await keygen(await tempDir(), 'other');
    const out = join(await tempDir(), 'out');
    expect((await dbiKit(['registry', 'build', '-s', await makeSource(), '-k', key.privateFile, '-o', out])).code).toBe(0);
    const unpinned = await dbiKit(['registry', 'verify', out, '--key', other.publicFile]);
    expect(unpinned.code).toBe(1);
    expect(unpinned.stderr).toMatch(/^certificates\/so-cai-may\.jws \(so-cai-may\): unknown-key: /m);

    const file = join(out, 'certificates/so-cai-may.jws');
    const [header, payload, signature] = (await readFile(file, 'utf8')).trim().split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 1 })).toString('base64url')}.${signature}\n`;
    await writeFile(file, forged);
    const stale = await dbiKit(['registry', 'verify', out, '--key', key.publicFile]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^certificates\/so-cai-may\.jws\.gz: is not the gzip of certificates\/so-cai-may\.jws/m);
    await writeFile(`${file}.gz`, gzipSync(forged));
    await cp(file, join(out, 'certificates/gone.jws'));
    const tampered = await dbiKit(['registry', 'verify', out, '--key', key.publicFile]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr.split('\n')).toEqual([
      '2 platforms; certificates: 1 not-found, 1 invalid-signature',
      expect.stringMatching(/^certificates\/so-cai-may\.jws \(so-cai-may\): invalid-signature: /),
      'certificates/gone.jws: no platform "gone" in platforms.json',
      `dbi-kit: 2 problem(s) in ${out}`,
      '',
    ]);
  });

  it('revoke adds to revocations.json, the rebuilt registry reports the certificate revoked, a second revoke is refused', async () => {
    const source = await makeSource();
    const key = await keygen(await tempDir(), 'k');
    const revoke = await dbiKit(['registry', 'revoke', '--source', source, '--jti', 'so-cai-may-1', '--reason', 'Vendor withdrew', '--at', '2025-06-01T00:00:00Z']);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(source, 'revocations.json'), 'utf8'))).toEqual({
      revocations: [{ jti: 'so-cai-may-1', reason: 'Vendor withdrew', revokedAt: '2025-06-01T00:00:00Z' }],
    });
    const out = join(await tempDir(), 'out');
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', out])).code).toBe(0);
    const run = await dbiKit(['registry', 'verify', out, '--key', key.publicFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^so-cai-may\trevoked\tso-cai-may-1\tRevoked on 2025-06-01T00:00:00Z: Vendor withdrew$/m);
    const again = await dbiKit(['registry', 'revoke', '--source', source, '--jti', 'so-cai-may-1', '--reason', 'x']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('"so-cai-may-1" is already revoked');
  });

  it('verify lists a certificate whose signed name is not the platform’s listed name (a rename served with an old certificate)', async () => {
    const source = await makeSource();
    const key = await keygen(await tempDir(), 'k');
    const [before, after] = [join(await tempDir(), 'before'), join(await tempDir(), 'after')];
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', before])).code).toBe(0);
    const platformFile = join(source, 'platforms/so-cai-may.json');
    const platform = JSON.parse(await readFile(platformFile, 'utf8'));
    const oldName = platform.name;
    await writeFile(platformFile, JSON.stringify({ ...platform, name: 'Sổ Cái Mây 2 (SAMPLE)' }));
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', after])).code).toBe(0);
    // The rebuilt registry signs the new name; verify passes.
    expect((await dbiKit(['registry', 'verify', after, '--key', key.publicFile, '--at', '2026-01-01T00:00:00Z'])).code).toBe(0);
    // A mirror that copied the new files but kept the old certificate:
    for (const file of ['so-cai-may.jws', 'so-cai-may.jws.gz']) await cp(join(before, 'certificates', file), join(after, 'certificates', file));
    const run = await dbiKit(['registry', 'verify', after, '--key', key.publicFile, '--at', '2026-01-01T00:00:00Z']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^so-cai-may\tvalid\t/m);
    expect(run.stderr).toContain(
      `certificates/so-cai-may.jws (so-cai-may): signs the name ${JSON.stringify(oldName)}, platforms/so-cai-may.json lists "Sổ Cái Mây 2 (SAMPLE)" (build again to re-sign)`,
    );
  });

  it('verify --source expects a certificate for every certification: a lost certificates/ folder or an old certificate is a problem', async () => {
    const source = await makeSource();
    const key = await keygen(await tempDir(), 'k');
    const [before, after] = [join(await tempDir(), 'before'), join(await tempDir(), 'after')];
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', before])).code).toBe(0);
    const ok = await dbiKit(['registry', 'verify', before, '--key', key.publicFile, '--source', source, '--at', '2026-01-01T00:00:00Z']);
    expect(ok.code, ok.stderr).toBe(0);

    // The operator re-certifies with a new jti; a mirror keeps the old certificate.
    const certificationsFile = join(source, 'certifications.json');
    const { certifications } = JSON.parse(await readFile(certificationsFile, 'utf8'));
    await writeFile(certificationsFile, JSON.stringify({ certifications: [{ ...certifications[0], jti: 'so-cai-may-2' }] }));
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', key.privateFile, '-o', after])).code).toBe(0);
    for (const file of ['so-cai-may.jws', 'so-cai-may.jws.gz']) await cp(join(before, 'certificates', file), join(after, 'certificates', file));
    const old = await dbiKit(['registry', 'verify', after, '--key', key.publicFile, '--source', source, '--at', '2026-01-01T00:00:00Z']);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain(`certificates/so-cai-may.jws (so-cai-may): jti "so-cai-may-1" is none of the platform's certifications in ${join(source, 'certifications.json')} (an old certificate?)`);

    // A publish that lost the certificates: not-found is a fact without --source, a problem with it.
    await rm(join(after, 'certificates'), { recursive: true });
    expect((await dbiKit(['registry', 'verify', after, '--key', key.publicFile, '--at', '2026-01-01T00:00:00Z'])).code).toBe(0);
    const lost = await dbiKit(['registry', 'verify', after, '--key', key.publicFile, '--source', source, '--at', '2026-01-01T00:00:00Z']);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain(`certificates/so-cai-may.jws (so-cai-may): missing or unreadable, though ${join(source, 'certifications.json')} certifies it`);
  });

  it('rotation: the new build publishes both keys, and a certificate signed by the old key stays valid for clients pinning both', async () => {
    const source = await makeSource();
    const old = await keygen(await tempDir(), 'old');
    const fresh = await keygen(await tempDir(), 'new');
    const [before, after] = [join(await tempDir(), 'before'), join(await tempDir(), 'after')];
    expect((await dbiKit(['registry', 'build', '-s', source, '-k', old.privateFile, '-o', before])).code).toBe(0);
    const rotated = await dbiKit(['registry', 'build', '-s', source, '-k', fresh.privateFile, '--previous-key', old.publicFile, '-o', after]);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(after, 'registry.json'), 'utf8')).keys.map((key: { kid: string }) => key.kid)).toEqual([fresh.kid, old.kid]);
    // A mirror still serving the certificate the old key signed:
    for (const file of ['so-cai-may.jws', 'so-cai-may.jws.gz']) await cp(join(before, 'certificates', file), join(after, 'certificates', file));
    const both = await dbiKit(['registry', 'verify', after, '--key', fresh.publicFile, '--key', old.publicFile]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toMatch(/^so-cai-may\tvalid\t/m);
    const newOnly = await dbiKit(['registry', 'verify', after, '--key', fresh.publicFile]);
    expect(newOnly.code).toBe(1);
    expect(newOnly.stderr).toMatch(/so-cai-may\.jws \(so-cai-may\): unknown-key: Key "old-/);
  });
});
