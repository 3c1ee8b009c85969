import { RegistryResponseError } from '../errors/registry-errors.js';
import { readableId } from './parse-document.js';
import type { PlatformIndex, PlatformSummary } from './schemas/platform-summary.schema.js';
import { validatePlatformIndexEnvelope, validatePlatformSummary } from './validate-documents.js';

/** A parsed `platforms.json` and the records that were left out. */
export interface ParsedPlatformIndex {
  readonly index: PlatformIndex;
  /** One error per record left out (schema violation or repeated id), with `recordId` and `field`. */
  readonly skipped: readonly RegistryResponseError[];
}

/**
 * Validates a `platforms.json` document. The envelope (protocol, version, the `platforms` array)
 * must be valid or the whole document is rejected; a record that violates the schema, or repeats
 * an id seen earlier, is left out and reported in `skipped`, so that one vendor's bad record
 * cannot take the whole list down.
 *
 * @throws RegistryResponseError when the envelope is invalid
 *
 * @example
 * const { index, skipped } = parsePlatformIndex(JSON.parse(text), 'platforms.json');
 * for (const error of skipped) console.warn(error.recordId, error.field, error.message);
 */
export function parsePlatformIndex(json: unknown, url = 'platforms.json'): ParsedPlatformIndex {
  const envelope = validatePlatformIndexEnvelope(json, url);
  const platforms: PlatformSummary[] = [];
  const skipped: RegistryResponseError[] = [];
  const seen = new Set<string>();
  envelope.platforms.forEach((record, position) => {
    try {
      const platform = validatePlatformSummary(record, url, readableId(record) ?? `#${position}`);
      if (seen.has(platform.id)) {
        throw new RegistryResponseError(url, 'schema', `Repeats the id "${platform.id}" of an earlier record`, {
          recordId: platform.id,
          issues: [{ field: 'id', message: 'Duplicate platform id' }],
        });
      }
      seen.add(platform.id);
      platforms.push(platform);
    } catch (error) {
      if (!(error instanceof RegistryResponseError)) throw error;
      skipped.push(error);
    }
  });
  return {
    index: { protocol: envelope.protocol, version: envelope.version, generatedAt: envelope.generatedAt, platforms },
    skipped,
  };
}
