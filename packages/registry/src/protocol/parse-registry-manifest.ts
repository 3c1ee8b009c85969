import { parseDocument } from './parse-document.js';
import { RegistryManifestSchema, type RegistryManifest } from './schemas/registry-manifest.schema.js';

/**
 * Validates a `registry.json` document.
 *
 * @param json the parsed JSON
 * @param url where it came from (named in errors)
 * @throws RegistryResponseError naming the first offending field and listing all of them
 */
export function parseRegistryManifest(json: unknown, url = 'registry.json'): RegistryManifest {
  return parseDocument(RegistryManifestSchema, json, url, undefined);
}
