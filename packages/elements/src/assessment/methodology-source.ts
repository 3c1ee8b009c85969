import type { Methodology } from '@dbi-kit/engine';

/**
 * True when the `methodology` attribute is an address (`/data/m.json`, `https://…`,
 * `./variant.json`) rather than the id of a bundled methodology (`dbi-2021-sme`).
 */
export function isMethodologyUrl(value: string): boolean {
  return /[/:]|\.json$/iu.test(value);
}

/**
 * A methodology fetched from a URL and validated by the engine's `parseMethodology`, so a bad
 * file fails with a `MethodologyError` that lists every problem and never renders half a
 * questionnaire. (Bundled ones come from `getMethodology`, synchronously.)
 *
 * The parser (zod and the schema, about a fifth of the element's bundle) is imported here, lazily,
 * from the engine's `parse` entry: pages with the bundled methodology never download it.
 */
export async function fetchMethodology(value: string, signal?: AbortSignal): Promise<Methodology> {
  const [response, parseMethodology] = await Promise.all([
    globalThis.fetch(new URL(value, document.baseURI), { signal, headers: { Accept: 'application/json' } }),
    // Destructured in .then so that the bundler keeps only parseMethodology in the lazy chunk.
    import('@dbi-kit/engine/parse').then(({ parseMethodology }) => parseMethodology),
  ]);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${value}`);
  return parseMethodology(await response.text());
}
