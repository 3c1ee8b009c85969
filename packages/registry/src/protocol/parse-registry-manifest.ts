import type { RegistryManifest } from './schemas/registry-manifest.schema.js';
import { validateRegistryManifest } from './validate-documents.js';

/**
 * Validates a `registry.json` document.
 *
 * @param json the parsed JSON
 * @param url where it came from (named in errors)
 * @throws RegistryResponseError naming the first offending field and listing all of them (the
 *   lean browser variant lists the first only)
 */
export function parseRegistryManifest(json: unknown, url = 'registry.json'): RegistryManifest {
  return validateRegistryManifest(json, url);
}
