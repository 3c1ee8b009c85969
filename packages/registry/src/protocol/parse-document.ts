import type { z } from 'zod/mini';
import { RegistryResponseError } from '../errors/registry-errors.js';
import { toRegistryIssues } from './schema-issues.js';

/** The `id` of a record when it has a readable one, to name it in errors. */
export function readableId(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof value === 'object' && typeof id === 'string' && id.length <= 200 ? id : undefined;
}

/**
 * Validates `json` with `schema`, or throws a {@link RegistryResponseError} naming the document
 * `url`, the record id (when there is one) and every offending field.
 */
export function parseDocument<S extends z.ZodMiniType>(schema: S, json: unknown, url: string, recordId = readableId(json)): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = toRegistryIssues(result.error);
  return rejectSchema(url, issues[0]?.message ?? 'Invalid document', { recordId, issues });
}

/** Throws the schema-failure {@link RegistryResponseError}. */
export function rejectSchema(url: string, message: string, options: ConstructorParameters<typeof RegistryResponseError>[3]): never {
  throw new RegistryResponseError(url, 'schema', message, options);
}
