import { z } from 'zod/mini';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import {
  AssetUrlSchema,
  DateTimeSchema,
  LocalizedTextSchema,
  ProtocolSchema,
  RecordIdSchema,
  TextSchema,
  VndSchema,
  WebUrlSchema,
  uniqueList,
} from './common.schema.js';

/** How often a plan's price is charged. */
export const BILLING_PERIODS = ['month', 'year', 'one-time'] as const;

/** One of {@link BILLING_PERIODS}. */
export type BillingPeriod = (typeof BILLING_PERIODS)[number];

/** A platform or vendor name. */
export const NameSchema = /*#__PURE__*/ (() => TextSchema.check(z.maxLength(200)))();

/** The company behind a platform. */
export const VendorSchema = /*#__PURE__*/ (() =>
  z.object({
    name: NameSchema,
    website: z.optional(WebUrlSchema),
    /** Vietnamese tax code (mã số thuế): 10 digits, or 10 + `-` + 3 for a branch. */
    taxCode: z.optional(z.string().check(z.regex(/^\d{10}(?:-\d{3})?$/, 'Expected a 10-digit tax code, or 10-3 for a branch'))),
  }))();

/** A price plan. `price: null` means "on request" (the vendor quotes). */
export const PlanSchema = /*#__PURE__*/ (() =>
  z.object({
    id: RecordIdSchema,
    name: LocalizedTextSchema,
    /** Whole VND; null when quoted on request. Whether VAT is included is said in `note`. */
    price: z.nullable(VndSchema),
    billingPeriod: z.enum(BILLING_PERIODS),
    note: z.optional(LocalizedTextSchema),
  }))();

/** Trial lengths: a day to a year. */
export const TrialDaysSchema = /*#__PURE__*/ (() => z.int().check(z.minimum(1), z.maximum(366)))();

/** Free-trial terms. */
export const TrialSchema = /*#__PURE__*/ (() => z.object({ days: TrialDaysSchema, terms: LocalizedTextSchema }))();

/** The pillar ids of the DBI, validated against the engine's list. */
export const PillarListSchema = /*#__PURE__*/ (() => uniqueList(z.enum(DBI_PILLAR_IDS), undefined, 'pillars'))();

/** Category ids: any id (standard or declared by the registry), at least one, no duplicates. */
export const CategoryListSchema = /*#__PURE__*/ (() => uniqueList(RecordIdSchema, undefined, 'categories'))();

/** `platforms/{id}.json`: one platform in full. */
export const PlatformSchema = /*#__PURE__*/ (() =>
  z.object({
    protocol: ProtocolSchema,
    id: RecordIdSchema,
    name: NameSchema,
    vendor: VendorSchema,
    categories: CategoryListSchema,
    pillars: PillarListSchema,
    /** One or two sentences, for lists and cards. */
    summary: LocalizedTextSchema,
    description: LocalizedTextSchema,
    plans: uniqueList(PlanSchema, (plan) => plan.id, 'plan id'),
    trial: z.nullable(TrialSchema),
    website: WebUrlSchema,
    logo: z.optional(AssetUrlSchema),
    updatedAt: DateTimeSchema,
    /** true when the record is fictional demo data. */
    sample: z.optional(z.boolean()),
  }))();

/** The parsed `platforms/{id}.json`. */
export type Platform = z.output<typeof PlatformSchema>;
/** A platform's vendor. */
export type Vendor = z.output<typeof VendorSchema>;
/** A price plan. */
export type Plan = z.output<typeof PlanSchema>;
/** Free-trial terms. */
export type Trial = z.output<typeof TrialSchema>;
