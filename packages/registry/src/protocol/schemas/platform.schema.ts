import { z } from 'zod';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import {
  AssetUrlSchema,
  DateTimeSchema,
  LocalizedTextSchema,
  ProtocolSchema,
  RecordIdSchema,
  VndSchema,
  WebUrlSchema,
  uniqueList,
} from './common.schema.js';

/** How often a plan's price is charged. */
export const BILLING_PERIODS = ['month', 'year', 'one-time'] as const;

/** One of {@link BILLING_PERIODS}. */
export type BillingPeriod = (typeof BILLING_PERIODS)[number];

/** The company behind a platform. */
export const VendorSchema = /*#__PURE__*/ (() =>
  z.object({
    name: z.string().trim().min(1).max(200),
    website: WebUrlSchema.optional(),
    /** Vietnamese tax code (mã số thuế): 10 digits, or 10 + `-` + 3 for a branch. */
    taxCode: z.string().regex(/^\d{10}(?:-\d{3})?$/, 'Expected a 10-digit tax code, or 10-3 for a branch').optional(),
  }))();

/** A price plan. `price: null` means "on request" (the vendor quotes). */
export const PlanSchema = /*#__PURE__*/ (() =>
  z.object({
    id: RecordIdSchema,
    name: LocalizedTextSchema,
    /** Whole VND, VAT as the vendor states it in `note`; null when quoted on request. */
    price: VndSchema.nullable(),
    billingPeriod: z.enum(BILLING_PERIODS),
    note: LocalizedTextSchema.optional(),
  }))();

/** Free-trial terms. */
export const TrialSchema = /*#__PURE__*/ (() =>
  z.object({
    days: z.int().min(1).max(366),
    terms: LocalizedTextSchema,
  }))();

/** The pillar ids of the DBI, validated against the engine's list. */
export const PillarListSchema = /*#__PURE__*/ (() => uniqueList(z.enum(DBI_PILLAR_IDS)))();

/** Category ids: any id (standard or declared by the registry), at least one, no duplicates. */
export const CategoryListSchema = /*#__PURE__*/ (() => uniqueList(RecordIdSchema))();

/** `platforms/{id}.json`: one platform in full. */
export const PlatformSchema = /*#__PURE__*/ (() =>
  z.object({
    protocol: ProtocolSchema,
    id: RecordIdSchema,
    name: z.string().trim().min(1).max(120),
    vendor: VendorSchema,
    categories: CategoryListSchema,
    pillars: PillarListSchema,
    /** One or two sentences, for lists and cards. */
    summary: LocalizedTextSchema,
    description: LocalizedTextSchema,
    plans: z
      .array(PlanSchema)
      .min(1)
      .refine((plans) => new Set(plans.map((plan) => plan.id)).size === plans.length, 'Duplicate plan id'),
    trial: TrialSchema.nullable(),
    website: WebUrlSchema,
    logo: AssetUrlSchema.optional(),
    updatedAt: DateTimeSchema,
    /** true when the record is fictional demo data. */
    sample: z.boolean().optional(),
  }))();

/** The parsed `platforms/{id}.json`. */
export type Platform = z.output<typeof PlatformSchema>;
/** A platform's vendor. */
export type Vendor = z.output<typeof VendorSchema>;
/** A price plan. */
export type Plan = z.output<typeof PlanSchema>;
/** Free-trial terms. */
export type Trial = z.output<typeof TrialSchema>;
