import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFolder } from '@dbi-kit/registry';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A registry source folder on disk, for `readRegistrySource`. */
export function nodeSourceFolder(dir: string): SourceFolder {
  return {
    async list(sub) {
      try {
        return await readdir(join(dir, sub));
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    async read(path) {
      try {
        return await readFile(join(dir, path), 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
  };
}
