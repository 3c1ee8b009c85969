import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The `.gz` files under `dir` that are not the gzip of their sibling. Hosts (and `registry
 * serve`) send the `.gz` to clients that accept gzip, so a file edited without its sibling
 * would be checked here but not what clients get.
 */
export async function checkGzipSiblings(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.gz')) continue;
    const gz = join(entry.parentPath, entry.name);
    const shown = gz.slice(dir.length + 1);
    const plain = await readFile(gz.slice(0, -3)).catch(() => undefined);
    let unzipped: Buffer | undefined;
    try {
      unzipped = gunzipSync(await readFile(gz));
    } catch {
      // reported below as a mismatch
    }
    if (!plain) problems.push(`${shown}: has no uncompressed sibling`);
    else if (!unzipped?.equals(plain)) problems.push(`${shown}: is not the gzip of ${shown.slice(0, -3)} (clients accepting gzip get the .gz)`);
  }
  return problems;
}
