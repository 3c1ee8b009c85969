import { arrayAt, dateTimeAt, literalAt, objectAt, runCheck, type FieldCheck } from '../certificates/check-fields.js';
import { versionAt } from './check-document-fields.js';
import { REGISTRY_PROTOCOL } from './protocol-version.js';
import type { PlatformIndexEnvelopeSchema } from './schemas/platform-summary.schema.js';
import type { z } from 'zod/mini';

/**
 * Checks the envelope of `platforms.json` by `PlatformIndexEnvelopeSchema`'s rules, without zod
 * (the lean variant's validation): its records are left unchecked, for the caller to check one by one.
 */
export function checkPlatformIndexEnvelope(json: unknown): FieldCheck<z.output<typeof PlatformIndexEnvelopeSchema>> {
  return runCheck(() => {
    const envelope = objectAt(json, '');
    return {
      protocol: literalAt(envelope.protocol, 'protocol', REGISTRY_PROTOCOL),
      version: versionAt(envelope.version, 'version'),
      generatedAt: dateTimeAt(envelope.generatedAt, 'generatedAt'),
      platforms: arrayAt(envelope.platforms, 'platforms', (record) => record),
    };
  });
}
