import { at, dateTimeAt, nameAt, naturalAt, objectAt, recordIdAt, runCheck, type FieldCheck } from '../certificates/check-fields.js';
import { booleanAt, assetUrlAt, categoriesAt, integerAt, localizedTextAt, nullableAt, optionalField, pillarsAt, webUrlAt } from './check-document-fields.js';
import type { PlatformSummary } from './schemas/platform-summary.schema.js';

/** `TrialDaysSchema`: a day to a year. */
export const trialDaysAt = (value: unknown, field: string) => integerAt(value, field, 1, 366);

/**
 * Checks one entry of `platforms.json` by `PlatformSummarySchema`'s rules, without zod (the lean
 * variant's validation, see check-document-fields.ts): the entry, trimmed and without unknown
 * fields, or the first issue.
 */
export function checkPlatformSummary(json: unknown): FieldCheck<PlatformSummary> {
  return runCheck(() => {
    const summary = objectAt(json, '');
    const vendor = objectAt(summary.vendor, 'vendor');
    return {
      id: recordIdAt(summary.id, 'id'),
      name: nameAt(summary.name, 'name'),
      vendor: { name: nameAt(vendor.name, at('vendor', 'name')), ...optionalField(vendor, 'website', 'vendor', webUrlAt) },
      categories: categoriesAt(summary.categories, 'categories'),
      pillars: pillarsAt(summary.pillars, 'pillars'),
      summary: localizedTextAt(summary.summary, 'summary'),
      monthlyPriceFrom: nullableAt(naturalAt)(summary.monthlyPriceFrom, 'monthlyPriceFrom'),
      trialDays: nullableAt(trialDaysAt)(summary.trialDays, 'trialDays'),
      website: webUrlAt(summary.website, 'website'),
      ...optionalField(summary, 'logo', '', assetUrlAt),
      updatedAt: dateTimeAt(summary.updatedAt, 'updatedAt'),
      ...optionalField(summary, 'sample', '', booleanAt),
    };
  });
}
