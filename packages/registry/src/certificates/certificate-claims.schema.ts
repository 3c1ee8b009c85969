import { z } from 'zod/mini';
import { LocalizedTextSchema, RecordIdSchema, TextSchema } from '../protocol/schemas/common.schema.js';
import { NameSchema } from '../protocol/schemas/platform.schema.js';

/** The JWS `typ` of a platform certificate. */
export const CERTIFICATE_TYPE = 'dbi-certificate+jwt';

/** Seconds since 1970 (JWT NumericDate), whole. */
const NumericDateSchema = /*#__PURE__*/ (() => z.int().check(z.minimum(0)))();

/**
 * The payload of a certificate: who issued it (`iss`), for which platform (`sub`, and `name`, the
 * platform's name as the registry lists it, so that a badge shows a signed name), its vendor,
 * the support programme and categories it certifies, when it was issued (`iat`), its validity
 * (`nbf` ≤ now < `exp`, in seconds) and its id (`jti`, what a revocation names).
 */
export const CertificateClaimsSchema = /*#__PURE__*/ (() =>
  z
    .object({
      iss: TextSchema,
      sub: RecordIdSchema,
      name: NameSchema,
      vendor: z.object({ name: TextSchema, taxCode: z.optional(TextSchema) }),
      programme: z.object({ id: RecordIdSchema, name: LocalizedTextSchema }),
      categories: z.array(RecordIdSchema).check(z.minLength(1)),
      iat: NumericDateSchema,
      nbf: NumericDateSchema,
      exp: NumericDateSchema,
      jti: z.string().check(z.minLength(1), z.maxLength(128)),
    })
    .check(z.refine((claims) => claims.nbf < claims.exp, { message: 'nbf must be before exp', path: ['exp'] })))();

/** The verified claims of a certificate. */
export type CertificateClaims = z.output<typeof CertificateClaimsSchema>;
