import { readableId, rejectSchema } from './parse-document.js';
import type { Platform } from './schemas/platform.schema.js';
import { validatePlatform } from './validate-documents.js';

/**
 * Validates a `platforms/{id}.json` document.
 *
 * @param json the parsed JSON
 * @param url where it came from (named in errors)
 * @param expectedId when given, the record's `id` must equal it (a file must describe the platform it is named for)
 * @throws RegistryResponseError with `recordId` and `field`
 *
 * @example
 * const platform = parsePlatform(JSON.parse(text), 'platforms/so-cai-may.json', 'so-cai-may');
 */
export function parsePlatform(json: unknown, url = 'platform.json', expectedId?: string): Platform {
  const platform = validatePlatform(json, url, readableId(json) ?? expectedId);
  if (expectedId !== undefined && platform.id !== expectedId) {
    rejectSchema(url, `Expected the record of "${expectedId}", found "${platform.id}"`, {
      recordId: expectedId,
      issues: [{ field: 'id', message: `Expected "${expectedId}", found "${platform.id}"` }],
    });
  }
  return platform;
}
