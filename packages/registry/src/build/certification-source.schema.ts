import { z } from 'zod/mini';
import { DateTimeSchema, LocalizedTextSchema, RecordIdSchema, uniqueList } from '../protocol/schemas/common.schema.js';
import { RevocationEntriesSchema } from '../certificates/revocation-list.schema.js';

/**
 * One certification decided by the operator (`certifications.json`): the build signs a
 * certificate from it. `categories` defaults to the platform's; `notBefore` to `issuedAt`.
 */
export const CertificationSchema = /*#__PURE__*/ (() =>
  z.object({
    platform: RecordIdSchema,
    jti: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,128}$/, 'Expected 1–128 letters, digits, ".", "_" or "-"')),
    programme: z.object({ id: RecordIdSchema, name: LocalizedTextSchema }),
    categories: z.optional(uniqueList(RecordIdSchema, undefined, 'category')),
    issuedAt: DateTimeSchema,
    notBefore: z.optional(DateTimeSchema),
    expiresAt: DateTimeSchema,
  }))();

/** `certifications.json`: the operator's certification decisions. */
export const CertificationsFileSchema = /*#__PURE__*/ (() => z.object({ certifications: z.array(CertificationSchema) }))();

/**
 * `revocations.json`: the operator's revocations, signed into `revocations.jws` by the build;
 * by the clients' rule, each `jti` at most once.
 */
export const RevocationsFileSchema = /*#__PURE__*/ (() => z.object({ revocations: RevocationEntriesSchema }))();

/** One entry of `certifications.json`. */
export type Certification = z.output<typeof CertificationSchema>;
