import { at, dateTimeAt, literalAt, nameAt, naturalAt, objectAt, recordIdAt, runCheck, type FieldCheck } from '../certificates/check-fields.js';
import {
  assetUrlAt,
  booleanAt,
  categoriesAt,
  localizedTextAt,
  matchAt,
  nullableAt,
  oneOfAt,
  optionalField,
  pillarsAt,
  uniqueListAt,
  webUrlAt,
} from './check-document-fields.js';
import { trialDaysAt } from './check-platform-summary.js';
import { REGISTRY_PROTOCOL } from './protocol-version.js';
import { BILLING_PERIODS, type Plan, type Platform, type Trial, type Vendor } from './schemas/platform.schema.js';

const taxCodeAt = matchAt(/^\d{10}(?:-\d{3})?$/, 'Expected a 10-digit tax code, or 10-3 for a branch');

function vendorAt(value: unknown, field: string): Vendor {
  const vendor = objectAt(value, field);
  return { name: nameAt(vendor.name, at(field, 'name')), ...optionalField(vendor, 'website', field, webUrlAt), ...optionalField(vendor, 'taxCode', field, taxCodeAt) };
}

function planAt(value: unknown, field: string): Plan {
  const plan = objectAt(value, field);
  return {
    id: recordIdAt(plan.id, at(field, 'id')),
    name: localizedTextAt(plan.name, at(field, 'name')),
    price: nullableAt(naturalAt)(plan.price, at(field, 'price')),
    billingPeriod: oneOfAt(BILLING_PERIODS)(plan.billingPeriod, at(field, 'billingPeriod')),
    ...optionalField(plan, 'note', field, localizedTextAt),
  };
}

function trialAt(value: unknown, field: string): Trial {
  const trial = objectAt(value, field);
  return { days: trialDaysAt(trial.days, at(field, 'days')), terms: localizedTextAt(trial.terms, at(field, 'terms')) };
}

/**
 * Checks a `platforms/{id}.json` by `PlatformSchema`'s rules, without zod (the lean variant's
 * validation, see check-document-fields.ts): the record, trimmed and without unknown fields, or
 * the first issue.
 */
export function checkPlatform(json: unknown): FieldCheck<Platform> {
  return runCheck(() => {
    const platform = objectAt(json, '');
    return {
      protocol: literalAt(platform.protocol, 'protocol', REGISTRY_PROTOCOL),
      id: recordIdAt(platform.id, 'id'),
      name: nameAt(platform.name, 'name'),
      vendor: vendorAt(platform.vendor, 'vendor'),
      categories: categoriesAt(platform.categories, 'categories'),
      pillars: pillarsAt(platform.pillars, 'pillars'),
      summary: localizedTextAt(platform.summary, 'summary'),
      description: localizedTextAt(platform.description, 'description'),
      plans: uniqueListAt(platform.plans, 'plans', planAt, 'plan id', (plan) => plan.id),
      trial: nullableAt(trialAt)(platform.trial, 'trial'),
      website: webUrlAt(platform.website, 'website'),
      ...optionalField(platform, 'logo', '', assetUrlAt),
      updatedAt: dateTimeAt(platform.updatedAt, 'updatedAt'),
      ...optionalField(platform, 'sample', '', booleanAt),
    };
  });
}
