import { z } from 'zod';
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
import { CategoryListSchema, PillarListSchema } from './platform.schema.js';

/**
 * One entry of `platforms.json`: what a list, a search and a filter need, derived from the full
 * record by `summarizePlatform`.
 */
export const PlatformSummarySchema = /*#__PURE__*/ (() =>
  z.object({
    id: RecordIdSchema,
    name: z.string().trim().min(1).max(120),
    vendor: z.object({ name: z.string().trim().min(1).max(200), website: WebUrlSchema.optional() }),
    categories: CategoryListSchema,
    pillars: PillarListSchema,
    summary: LocalizedTextSchema,
    /** The lowest monthly-equivalent plan price in VND (yearly ÷ 12, rounded up); null when no plan has a monthly or yearly price. */
    monthlyPriceFrom: VndSchema.nullable(),
    /** Length of the free trial in days; null when there is none. */
    trialDays: z.int().min(1).max(366).nullable(),
    website: WebUrlSchema,
    logo: AssetUrlSchema.optional(),
    updatedAt: DateTimeSchema,
    sample: z.boolean().optional(),
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
