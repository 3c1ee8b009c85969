import { readFileSync } from 'node:fs';

/**
 * The package's version, read at run time from the `package.json` beside `dist/` (the bundled
 * module lives in `dist/`, so the manifest is one folder up).
 */
export function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
