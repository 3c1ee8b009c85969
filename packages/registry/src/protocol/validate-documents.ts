// How the client validates the documents it fetches: with the zod schemas, every issue listed.
// Browser bundles replace this module with validate-documents.lean.ts (no zod at run time; see
// lean-modules.mjs); both export the same functions with the same contract.
import { parseDocument } from './parse-document.js';
import { PlatformIndexEnvelopeSchema, PlatformSummarySchema } from './schemas/platform-summary.schema.js';
import { PlatformSchema } from './schemas/platform.schema.js';
import { RegistryManifestSchema } from './schemas/registry-manifest.schema.js';

/** A `registry.json`, valid, or a `RegistryResponseError` (problem `schema`). */
export const validateRegistryManifest = (json: unknown, url: string) => parseDocument(RegistryManifestSchema, json, url, undefined);

/** The envelope of `platforms.json` (its records unchecked), valid, or a `RegistryResponseError`. */
export const validatePlatformIndexEnvelope = (json: unknown, url: string) => parseDocument(PlatformIndexEnvelopeSchema, json, url, undefined);

/** One entry of `platforms.json`, valid, or a `RegistryResponseError` naming `recordId`. */
export const validatePlatformSummary = (json: unknown, url: string, recordId: string | undefined) => parseDocument(PlatformSummarySchema, json, url, recordId);

/** A `platforms/{id}.json`, valid, or a `RegistryResponseError` naming `recordId`. */
export const validatePlatform = (json: unknown, url: string, recordId: string | undefined) => parseDocument(PlatformSchema, json, url, recordId);
