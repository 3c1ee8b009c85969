import { z } from 'zod/mini';
import {
  AssetUrlSchema,
  DateTimeSchema,
  LocalizedTextSchema,
  ProtocolSchema,
  RecordIdSchema,
  RegistryVersionSchema,
  VndSchema,
  WebUrlSchema,
} from './common.schema.js';
import { CategoryListSchema, NameSchema, PillarListSchema, TrialDaysSchema } from './platform.schema.js';

/**
 * One entry of `platforms.json`: what a list, a search and a filter need, derived from the full
 * record by `summarizePlatform`.
 */
export const PlatformSummarySchema = /*#__PURE__*/ (() =>
  z.object({
    id: RecordIdSchema,
    name: NameSchema,
    vendor: z.object({ name: NameSchema, website: z.optional(WebUrlSchema) }),
    categories: CategoryListSchema,
    pillars: PillarListSchema,
    summary: LocalizedTextSchema,
    /** The lowest monthly-equivalent plan price in VND (yearly ÷ 12, rounded up); null when no plan has a monthly or yearly price. */
    monthlyPriceFrom: z.nullable(VndSchema),
    /** Length of the free trial in days; null when there is none. */
    trialDays: z.nullable(TrialDaysSchema),
    website: WebUrlSchema,
    logo: z.optional(AssetUrlSchema),
    updatedAt: DateTimeSchema,
    sample: z.optional(z.boolean()),
  }))();

/**
 * `platforms.json` without its records: the records are validated one by one, so that one bad
 * record does not hide the others.
 */
export const PlatformIndexEnvelopeSchema = /*#__PURE__*/ (() =>
  z.object({
    protocol: ProtocolSchema,
    version: RegistryVersionSchema,
    generatedAt: DateTimeSchema,
    platforms: z.array(z.unknown()),
  }))();

/** One entry of `platforms.json`. */
export type PlatformSummary = z.output<typeof PlatformSummarySchema>;

/** The parsed `platforms.json`: only its valid records. */
export interface PlatformIndex {
  readonly protocol: z.output<typeof ProtocolSchema>;
  readonly version: string;
  readonly generatedAt: string;
  readonly platforms: readonly PlatformSummary[];
}
