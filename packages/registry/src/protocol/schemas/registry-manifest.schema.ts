import { z } from 'zod/mini';
import {
  DateTimeSchema,
  LocalizedTextSchema,
  ProtocolSchema,
  RecordIdSchema,
  RegistryVersionSchema,
  TextSchema,
  WebUrlSchema,
  uniqueList,
} from './common.schema.js';

/**
 * A public signing key of the registry: an Ed25519 JWK (RFC 8037) with a `kid`. A private key
 * (`d`) is refused: publishing one would let anyone sign certificates.
 */
export const RegistryKeySchema = /*#__PURE__*/ (() =>
  z.object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a 32-byte base64url public key')),
    kid: z.string().check(z.minLength(1), z.maxLength(128)),
    alg: z.optional(z.literal('EdDSA')),
    use: z.optional(z.literal('sig')),
    d: z.optional(z.never('A private key (d) must never be published')),
  }))();

/** A category the registry uses, with its names. */
export const RegistryCategorySchema = /*#__PURE__*/ (() =>
  z.object({
    id: RecordIdSchema,
    name: LocalizedTextSchema,
    /** true for an official SMEdx platform group, false for an addition. */
    official: z.boolean(),
  }))();

/** `registry.json`: who publishes the registry, its version, its keys and its categories. */
export const RegistryManifestSchema = /*#__PURE__*/ (() =>
  z.object({
    protocol: ProtocolSchema,
    version: RegistryVersionSchema,
    name: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    operator: z.object({
      name: TextSchema,
      website: z.optional(WebUrlSchema),
      email: z.optional(z.email()),
    }),
    generatedAt: DateTimeSchema,
    /** true when the registry is fictional demo data. */
    sample: z.optional(z.boolean()),
    keys: z.array(RegistryKeySchema).check(z.refine((keys) => new Set(keys.map((key) => key.kid)).size === keys.length, 'Duplicate kid')),
    categories: uniqueList(RegistryCategorySchema, (category) => category.id, 'category id'),
  }))();

/** The parsed `registry.json`. */
export type RegistryManifest = z.output<typeof RegistryManifestSchema>;
/** One public signing key of `registry.json`. */
export type RegistryKey = z.output<typeof RegistryKeySchema>;
/** One category of `registry.json`. */
export type RegistryCategory = z.output<typeof RegistryCategorySchema>;
