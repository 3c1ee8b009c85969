// Holding a hand-written check to the zod schema it implements: same verdict, same value, and a
// refusal that names one of the fields zod names. Shared by the certificate and document checks.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { RegistryIssue } from '@dbi-kit/registry';

type HandResult = { ok: boolean; value?: unknown; issue?: RegistryIssue };
type ZodLike = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: readonly { path: readonly PropertyKey[] }[] } } };

/** `['plans', 0, 'id']` → `plans[0].id`, as the hand checks name fields. */
const fieldOf = (path: readonly PropertyKey[]) => path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)';

/**
 * Both validators' verdicts on one value: accepted with the same output, or both refused. When
 * the hand check reports its (first) issue, its field must be one of the fields zod reports.
 */
export function expectAgreement(value: unknown, hand: (value: unknown) => HandResult, schema: ZodLike) {
  const ours = hand(value);
  const zods = schema.safeParse(value);
  expect(ours.ok, JSON.stringify(value)).toBe(zods.success);
  if (ours.ok) expect(ours.value).toEqual(zods.data);
  else if (ours.issue && zods.error) expect(zods.error.issues.map((issue) => fieldOf(issue.path)), JSON.stringify(value)).toContain(ours.issue.field);
}

/** Values that sit on the rules' edges: wrong types, empty and blank text, ids, integers, dates. */
export const EDGES: unknown[] = [
  undefined, null, true, 0, -1, 1.5, 2 ** 53, '', ' ', ' x ', 'a', 'A', 'a-b', 'a--b', '-a', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(128), 'x'.repeat(129), [], {}, ['a'], ['A'],
  '2025-12-15T00:00:00Z', '2025-12-15T00:00:00.5+07:00', '2024-02-29T10:00:00Z', '2025-02-29T10:00:00Z', '2025-12-15T00:00Z', '2025-12-15 00:00:00Z', '2025-12-15T24:00:00Z', '2025-12-15T00:00:00', '2025-12-15T00:00:00+24:00',
  // calendar edges (the hand-written check asks Date whether the day exists): centuries, month ends, month 0 and 13
  '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '0000-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-12-31T23:59:59Z', '2025-13-01T00:00:00Z', '2025-00-10T00:00:00Z', '2025-01-00T00:00:00Z',
];

/** A copy of `base` with the field at `path` set to `value`, or removed. */
export function withField(base: Record<string, unknown>, path: string[], value: unknown, remove: boolean) {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (remove) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return copy;
}

/** Every path with every edge value, and removed; then random short strings and numbers at random paths. */
export function expectAgreementAround(base: Record<string, unknown>, paths: string[][], check: (value: Record<string, unknown>) => void, edges: unknown[] = EDGES) {
  for (const path of paths) {
    check(withField(base, path, undefined, true));
    for (const value of edges) check(withField(base, path, value, false));
  }
  const random = fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.double()));
  fc.assert(fc.property(random, ([path, value]) => check(withField(base, path, value, false))), { numRuns: 500 });
}
