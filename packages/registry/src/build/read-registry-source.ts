import type { RegistrySourceFiles, SourceFile } from './registry-source.js';

/** The two file operations reading a source folder needs (Node: `readdir` and `readFile`, with paths joined by `/`). */
export interface SourceFolder {
  /** The names of the files in a sub-folder (`platforms`). */
  list(dir: string): Promise<readonly string[]>;
  /** A file's UTF-8 text, or `undefined` when it does not exist. */
  read(path: string): Promise<string | undefined>;
}

/**
 * Reads a registry source folder: `registry.json`, `platforms/*.json` (sorted by name) and the
 * optional `certifications.json` and `revocations.json`. The file system is passed in, so this
 * module stays free of Node imports.
 *
 * @throws Error when `registry.json` is missing
 */
export async function readRegistrySource(folder: SourceFolder): Promise<RegistrySourceFiles> {
  const optional = async (file: string): Promise<SourceFile | undefined> => {
    const text = await folder.read(file);
    return text === undefined ? undefined : { file, text };
  };
  const manifest = await optional('registry.json');
  if (!manifest) throw new Error('registry.json: no such file in the source folder');
  const names = (await folder.list('platforms')).filter((name) => name.endsWith('.json')).sort();
  const platforms = await Promise.all(names.map(async (name) => ({ file: `platforms/${name}`, text: (await folder.read(`platforms/${name}`)) ?? '' })));
  const [certifications, revocations] = await Promise.all([optional('certifications.json'), optional('revocations.json')]);
  return { manifest, platforms, ...(certifications ? { certifications } : {}), ...(revocations ? { revocations } : {}) };
}
