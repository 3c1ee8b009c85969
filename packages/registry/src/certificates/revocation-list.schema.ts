import { z } from 'zod/mini';
import { DateTimeSchema, ProtocolSchema, TextSchema } from '../protocol/schemas/common.schema.js';

/** The JWS `typ` of the revocation list. */
export const REVOCATIONS_TYPE = 'dbi-revocations+jwt';

/** One revoked certificate: its `jti`, why, and when. */
export const RevocationSchema = /*#__PURE__*/ (() =>
  z.object({ jti: z.string().check(z.minLength(1), z.maxLength(128)), reason: TextSchema, revokedAt: DateTimeSchema }))();

/**
 * The revoked certificates, each `jti` at most once: the rule every client applies to
 * `revocations.jws`, and the build and `registry revoke` to the source's `revocations.json`.
 */
export const RevocationEntriesSchema = /*#__PURE__*/ (() =>
  z.array(RevocationSchema).check(z.refine((list) => new Set(list.map((r) => r.jti)).size === list.length, 'Duplicate jti')))();

/** The payload of `revocations.jws`: every revoked certificate of the registry (maybe none). */
export const RevocationListSchema = /*#__PURE__*/ (() =>
  z.object({
    protocol: ProtocolSchema,
    iss: TextSchema,
    iat: z.int().check(z.minimum(0)),
    revocations: RevocationEntriesSchema,
  }))();

/** One entry of the revocation list. */
export type Revocation = z.output<typeof RevocationSchema>;
/** The verified payload of `revocations.jws`. */
export type RevocationList = z.output<typeof RevocationListSchema>;
