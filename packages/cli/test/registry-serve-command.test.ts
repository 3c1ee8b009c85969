// `dbi-kit registry serve` as a command: the wiring of serveRegistry (whose HTTP behaviour
// serve-registry.test.ts covers) to the binary, its arguments and its shutdown.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, dbiKit, ensureBuilt, tempDir } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

describe('dbi-kit registry serve', () => {
  it('serves the folder on 127.0.0.1, prints the base URL, and stops cleanly on SIGTERM', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'platforms'));
    await writeFile(join(dir, 'registry.json'), JSON.stringify({ name: 'SAMPLE' }));
    const child = spawn(process.execPath, [BIN, 'registry', 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (text: string) => {
          out += text;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.on('close', () => reject(new Error(`exited early: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(new URL('registry.json', url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({ name: 'SAMPLE' });
      expect(stderr).toContain(`Serving ${dir} at ${url}`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('refuses a folder that does not exist (exit 1) and a bad port (exit 2)', async () => {
    const missing = await dbiKit(['registry', 'serve', 'no-such-folder']);
    expect(missing).toMatchObject({ code: 1, stderr: 'dbi-kit: no-such-folder: no such folder\n' });
    const port = await dbiKit(['registry', 'serve', '.', '--port', '99999']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("--port must be a whole number from 0 to 65535, not '99999'");
  });
});
