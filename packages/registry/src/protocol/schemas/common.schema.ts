// The building blocks every dbi-registry/1 document shares.
import { z } from 'zod';
import { REGISTRY_PROTOCOL } from '../protocol-version.js';

/** A text in Vietnamese (first) and English; both are required. */
export const LocalizedTextSchema = /*#__PURE__*/ (() =>
  z.object({
    vi: z.string().trim().min(1),
    en: z.string().trim().min(1),
  }))();

/**
 * A platform, plan or category id: lower-case ASCII letters, digits and single hyphens, 1–64
 * characters. Ids become file names (`platforms/{id}.json`), so nothing else is allowed.
 */
export const RecordIdSchema = /*#__PURE__*/ (() =>
  z
    .string()
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case id of letters, digits and single hyphens'))();

/** An amount of money in whole Vietnamese đồng. */
export const VndSchema = /*#__PURE__*/ (() => z.int().min(0).max(Number.MAX_SAFE_INTEGER))();

/** An absolute http(s) URL (no `javascript:`, `data:` or other schemes). */
export const WebUrlSchema = /*#__PURE__*/ (() => z.url({ protocol: /^https?$/ }))();

/**
 * An image URL: absolute http(s), or a path relative to the document (`logos/acme.svg`), which
 * the client resolves to an absolute URL when it parses the document.
 */
export const AssetUrlSchema = /*#__PURE__*/ (() =>
  z.union([WebUrlSchema, z.string().regex(/^(?![./])[A-Za-z0-9._~/-]+$/, 'Expected an http(s) URL or a relative path')]))();

/** An ISO 8601 date-time with a time-zone offset, e.g. `2025-06-01T00:00:00Z`. */
export const DateTimeSchema = /*#__PURE__*/ (() => z.iso.datetime({ offset: true }))();

/** The `protocol` field of every document. */
export const ProtocolSchema = /*#__PURE__*/ (() => z.literal(REGISTRY_PROTOCOL))();

/** A document's version: an opaque string that changes whenever the registry's content changes. */
export const RegistryVersionSchema = /*#__PURE__*/ (() => z.string().min(1).max(128))();

/** A list of ids without duplicates. */
export function uniqueList<T extends z.ZodType<string>>(item: T) {
  return z
    .array(item)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'Duplicate entries');
}

/** A text in both languages. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
