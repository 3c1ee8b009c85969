import * as z from 'zod/mini';

// Built inside one pure IIFE so that a bundle which never parses a methodology drops the schema
// (and most of zod) entirely: the engine's size budget includes the DBI data.
/**
 * The zod schema of a methodology file: its structure only. `parseMethodology` adds the
 * invariants (unique ids, references, maxima, complete rules).
 */
export const MethodologySchema = /*#__PURE__*/ (() => {
  const nonEmpty = z.string().check(z.minLength(1));
  const text = z.strictObject({ vi: nonEmpty, en: nonEmpty });
  const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));
  // Dotted numbers only: ids are object keys, and no dotted number is an Object.prototype name.
  const dottedId = z.string().check(z.regex(/^[0-9]+(\.[0-9]+)*$/, 'expected a dotted number such as 1.2.3'));
  const count = z.int().check(z.minimum(0));
  const wholePercent = z.int().check(z.minimum(0), z.maximum(99));
  const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/]+\S*$/, 'expected an http(s) URL'));
  const provisional = { provisional: z.boolean(), provisionalReason: z.optional(text) };
  const criterionBase = {
    id: dottedId,
    title: text,
    section: z.optional(text),
    multiplier: z.int().check(z.minimum(1)),
    ...provisional,
  };
  const ladder = z.strictObject({
    ...criterionBase,
    kind: z.literal('ladder'),
    gate: z.optional(text),
    question: z.optional(text),
    steps: z.array(text).check(z.minLength(2), z.maxLength(36)),
  });
  const frequency = z.strictObject({
    ...criterionBase,
    kind: z.literal('frequency'),
    gate: z.optional(text),
    question: z.optional(text),
    options: z.array(z.strictObject({ text, points: count })).check(z.minLength(2), z.maxLength(36)),
  });
  const ratio = z.strictObject({
    ...criterionBase,
    kind: z.literal('ratio'),
    numerator: text,
    denominator: text,
    unit: z.enum(['vnd', 'people', 'count']),
    bands: z.array(z.strictObject({ abovePercent: wholePercent, points: count })).check(z.minLength(1)),
  });
  const criterion = z.discriminatedUnion('kind', [ladder, frequency, ratio], {
    error: 'expected kind "ladder", "frequency" or "ratio"',
  });
  const index = z.strictObject({ id: dottedId, title: text, maxPoints: count, criteria: z.array(criterion).check(z.minLength(1)) });
  const pillar = z.strictObject({ id: kebabId, title: text, maxPoints: count, indices: z.array(index).check(z.minLength(1)) });
  return z.strictObject({
    $comment: z.optional(z.string()),
    id: kebabId,
    version: z.string().check(z.regex(/^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/, 'expected letters and digits joined by . or -')),
    group: z.enum(['sme', 'large', 'corporation']),
    title: text,
    source: z.strictObject({
      instrument: text,
      url: httpUrl,
      status: z.enum(['official', 'reconstructed', 'provisional']),
      note: text,
      references: z.array(z.strictObject({ title: nonEmpty, url: httpUrl })),
    }),
    maxPoints: count,
    levels: z.array(z.strictObject({ level: count, name: text, description: text })).check(z.minLength(2)),
    pillarLevelRule: z.strictObject({
      bands: z.array(z.strictObject({ level: count, abovePercent: wholePercent })),
      ...provisional,
    }),
    overallLevelRule: z.strictObject({
      thresholds: z.array(z.strictObject({ level: count, abovePoints: count, minPillars: count })),
      ...provisional,
    }),
    pillars: z.array(pillar).check(z.minLength(1)),
  });
})();
