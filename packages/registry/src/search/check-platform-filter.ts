// How the client checks a filter: with a zod schema. Browser bundles replace this module with
// check-platform-filter.lean.ts (no zod at run time; see lean-modules.mjs).
import { z } from 'zod/mini';
import { DBI_PILLAR_IDS } from '@dbi-kit/engine';
import { RegistryError } from '../errors/registry-errors.js';
import { RecordIdSchema, VndSchema } from '../protocol/schemas/common.schema.js';
import { describeIssue, formatJsonPath } from '../protocol/schema-issues.js';
import { PLATFORM_SORTS, type PlatformFilter } from './platform-filter.js';

const oneOrMany = <T extends z.ZodMiniType>(item: T) => z.union([item, z.array(item)]);

const PlatformFilterSchema = /*#__PURE__*/ (() =>
  z.strictObject({
    q: z.optional(z.string().check(z.maxLength(200))),
    category: z.optional(oneOrMany(RecordIdSchema)),
    pillar: z.optional(oneOrMany(z.enum(DBI_PILLAR_IDS))),
    maxMonthlyPrice: z.optional(VndSchema),
    hasTrial: z.optional(z.boolean()),
    sort: z.optional(z.enum(PLATFORM_SORTS)),
    offset: z.optional(z.int().check(z.minimum(0))),
    limit: z.optional(z.int().check(z.minimum(0))),
  }))();

/**
 * Checks a filter; a typo (`categories`), a wrong type or a negative offset throws a
 * `RegistryError` (`registry/invalid-argument`) naming the field, instead of being ignored.
 */
export function checkPlatformFilter(filter: unknown): PlatformFilter {
  const result = PlatformFilterSchema.safeParse(filter ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : formatJsonPath(issue.path);
  throw new RegistryError('registry/invalid-argument', `Invalid platform filter field ${field}: ${describeIssue(issue)}`);
}
