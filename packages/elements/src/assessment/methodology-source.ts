import { parseMethodology, type Methodology } from '@dbi-kit/engine';

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
 */
export async function fetchMethodology(value: string, signal?: AbortSignal): Promise<Methodology> {
  const response = await globalThis.fetch(new URL(value, document.baseURI), { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${value}`);
  return parseMethodology(await response.text());
}
