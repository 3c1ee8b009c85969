import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CliInputError } from '../cli/cli-error.js';

/**
 * Replaces `outDir` with the built files, each with a `.gz` sibling for hosts that serve
 * precompressed files (`dbi-kit registry serve` does). A folder that is neither empty nor a
 * built registry is refused rather than wiped: `--out .` must not delete someone's work.
 */
export async function writeRegistry(outDir: string, files: ReadonlyMap<string, string>, shownAs = outDir): Promise<void> {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, 'registry.json'))) {
    throw new CliInputError('not empty and not a built registry; refusing to replace it', shownAs);
  }
  await rm(outDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    await writeFile(`${target}.gz`, gzipSync(content, { level: 9 }));
  }
}
