// The lean (browser) variant of validate-documents.ts: the same functions on the hand-written
// checks (check-*.ts), so browser bundles carry no zod. A refusal lists only the first issue, where
// zod lists every one; test/document-checks.test.ts holds both to the same verdicts and values.
import type { FieldCheck } from '../certificates/check-fields.js';
import { checkPlatformIndexEnvelope } from './check-platform-index-envelope.js';
import { checkPlatformSummary } from './check-platform-summary.js';
import { checkPlatform } from './check-platform.js';
import { checkRegistryManifest } from './check-registry-manifest.js';
import { rejectSchema } from './parse-document.js';

const validator =
  <T>(check: (json: unknown) => FieldCheck<T>) =>
  (json: unknown, url: string, recordId?: string): T => {
    const result = check(json);
    return result.ok ? result.value : rejectSchema(url, result.issue.message, { recordId, issues: [result.issue] });
  };

/** A `registry.json`, valid, or a `RegistryResponseError` (problem `schema`). */
export const validateRegistryManifest = /*#__PURE__*/ validator(checkRegistryManifest);

/** The envelope of `platforms.json` (its records unchecked), valid, or a `RegistryResponseError`. */
export const validatePlatformIndexEnvelope = /*#__PURE__*/ validator(checkPlatformIndexEnvelope);

/** One entry of `platforms.json`, valid, or a `RegistryResponseError` naming `recordId`. */
export const validatePlatformSummary = /*#__PURE__*/ validator(checkPlatformSummary);

/** A `platforms/{id}.json`, valid, or a `RegistryResponseError` naming `recordId`. */
export const validatePlatform = /*#__PURE__*/ validator(checkPlatform);
