import * as z from 'zod/mini';
import { ENTERPRISE_SECTORS, type EnterpriseSector } from './enterprise-sector.js';
import { ENTERPRISE_SIZES, type EnterpriseSize } from './enterprise-size.js';

// Built inside one pure IIFE so that a bundle which never parses a programme drops zod's
// schema construction entirely (the engine's size budget is shared with the DBI data).
/** The zod schema of a programme file (structure only; `parseProgramme` adds the invariants). */
export const ProgrammeSchema = /*#__PURE__*/ (() => {
  const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
  const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));
  const wholeNumber = z.int().check(z.minimum(0));
  const fraction = z.strictObject({ numerator: wholeNumber, denominator: z.int().check(z.minimum(1)) });
  // Plain patterns rather than z.iso.date() / z.url(): their validators cost kilobytes of the
  // engine's size budget, and parseProgramme compares the dates as strings anyway.
  const date = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date YYYY-MM-DD'));
  const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s) URL'));
  const limits = z.strictObject({ employees: wholeNumber, revenue: wholeNumber, capital: wholeNumber });
  const sector = z.strictObject({
    title: text,
    limits: z.strictObject({ micro: limits, small: limits, medium: limits }),
  });
  const terms = z.strictObject({ rate: fraction, cap: wholeNumber });
  const item = z.strictObject({
    kind: id,
    title: text,
    reference: text,
    capBasis: z.enum(['per-contract', 'per-year']),
    sizes: z.strictObject(Object.fromEntries(ENTERPRISE_SIZES.map((size) => [size, z.optional(terms)])) as Record<EnterpriseSize, z.ZodMiniOptional<typeof terms>>),
  });
  const titled = { title: text, reference: text };
  return z.strictObject({
    $comment: z.optional(z.string()),
    id,
    version: z.string().check(z.minLength(1)),
    title: text,
    status: z.enum(['official', 'reconstructed', 'provisional']),
    statusNote: text,
    effective: z.strictObject({ from: date, until: z.nullable(date) }),
    references: z.array(
      z.strictObject({
        id,
        title: text,
        issued: z.optional(date),
        inForce: z.optional(date),
        provisions: z.array(text),
        url: z.optional(url),
      }),
    ),
    sizeClasses: z.strictObject({ reference: text, sectors: z.strictObject(Object.fromEntries(ENTERPRISE_SECTORS.map((id) => [id, sector])) as Record<EnterpriseSector, typeof sector>) }),
    items: z.array(item),
    priority: z.strictObject({
      effect: text,
      womanOwned: z.strictObject({ ...titled, minCapitalShare: fraction }),
      manyFemaleWorkers: z.strictObject({
        ...titled,
        staffThreshold: wholeNumber,
        minShareBelowThreshold: fraction,
        minShareFromThreshold: fraction,
      }),
      socialEnterprise: z.strictObject(titled),
    }),
    provisional: z.array(z.strictObject({ id, text })),
  });
})();
