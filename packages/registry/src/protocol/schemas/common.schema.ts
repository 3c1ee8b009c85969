// The building blocks every dbi-registry/1 document shares. zod/mini keeps the browser bundles
// small: only the checks used here are bundled.
import { z } from 'zod/mini';
import { REGISTRY_PROTOCOL } from '../protocol-version.js';

/** A non-empty string, trimmed. */
export const TextSchema = /*#__PURE__*/ (() => z.string().check(z.trim(), z.minLength(1)))();

/** A text in Vietnamese (first) and English; both are required. */
export const LocalizedTextSchema = /*#__PURE__*/ (() => z.object({ vi: TextSchema, en: TextSchema }))();

/**
 * A platform, plan or category id: lower-case ASCII letters, digits and single hyphens, 1–64
 * characters. Ids become file names (`platforms/{id}.json`), so nothing else is allowed.
 */
export const RecordIdSchema = /*#__PURE__*/ (() =>
  z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case id of letters, digits and single hyphens')))();

/** An amount of money in whole Vietnamese đồng. */
export const VndSchema = /*#__PURE__*/ (() => z.int().check(z.minimum(0)))();

/** An absolute http(s) URL (no `javascript:`, `data:` or other schemes). */
export const WebUrlSchema = /*#__PURE__*/ (() => z.url({ protocol: /^https?$/, error: 'Expected an absolute http(s) URL' }))();

/**
 * An image URL: absolute http(s), or a path relative to the registry's base URL
 * (`logos/acme.svg`), which the client resolves to an absolute URL when it parses the document.
 */
export const AssetUrlSchema = /*#__PURE__*/ (() =>
  z.union([WebUrlSchema, z.string().check(z.regex(/^(?![./])[A-Za-z0-9._~/-]+$/))], { error: 'Expected an http(s) URL or a relative path' }))();

/** An ISO 8601 date-time with a time-zone offset, e.g. `2025-06-01T00:00:00Z`. */
export const DateTimeSchema = /*#__PURE__*/ (() => z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 date-time with a time zone' }))();

/** The `protocol` field of every document. */
export const ProtocolSchema = /*#__PURE__*/ (() => z.literal(REGISTRY_PROTOCOL))();

/** A document's version: an opaque string that changes whenever the registry's content changes. */
export const RegistryVersionSchema = /*#__PURE__*/ (() => z.string().check(z.minLength(1), z.maxLength(128)))();

/** A non-empty list whose `key` (default: the item itself) is unique. */
export function uniqueList<T extends z.ZodMiniType>(item: T, key: (value: z.output<T>) => unknown = (value) => value, what = 'entries') {
  return z.array(item).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map(key)).size === list.length, `Duplicate ${what}`),
  );
}

/** A text in both languages. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
