import { z } from 'zod';
import {
  DateTimeSchema,
  LocalizedTextSchema,
  ProtocolSchema,
  RecordIdSchema,
  RegistryVersionSchema,
  WebUrlSchema,
} from './common.schema.js';

/**
 * A public signing key of the registry: an Ed25519 JWK (RFC 8037) with a `kid`. A private key
 * (`d`) is refused: publishing one would let anyone sign certificates.
 */
export const RegistryKeySchema = /*#__PURE__*/ (() =>
  z
    .object({
      kty: z.literal('OKP'),
      crv: z.literal('Ed25519'),
      x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a 32-byte base64url public key'),
      kid: z.string().min(1).max(128),
      alg: z.literal('EdDSA').optional(),
      use: z.literal('sig').optional(),
      d: z.never('A private key (d) must never be published').optional(),
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
    description: LocalizedTextSchema.optional(),
    operator: z.object({
      name: z.string().trim().min(1),
      website: WebUrlSchema.optional(),
      email: z.email().optional(),
    }),
    generatedAt: DateTimeSchema,
    /** true when the registry is fictional demo data. */
    sample: z.boolean().optional(),
    keys: z.array(RegistryKeySchema).refine((keys) => new Set(keys.map((key) => key.kid)).size === keys.length, 'Duplicate kid'),
    categories: z
      .array(RegistryCategorySchema)
      .min(1)
      .refine((list) => new Set(list.map((category) => category.id)).size === list.length, 'Duplicate category id'),
  }))();

/** The parsed `registry.json`. */
export type RegistryManifest = z.output<typeof RegistryManifestSchema>;
/** One public signing key of `registry.json`. */
export type RegistryKey = z.output<typeof RegistryKeySchema>;
/** One category of `registry.json`. */
export type RegistryCategory = z.output<typeof RegistryCategorySchema>;
