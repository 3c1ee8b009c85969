import { invalidArgument } from '../errors/invalid-argument.js';

/**
 * A registry base URL as every client uses it: absolute (resolved against the page when
 * relative), http(s), without query or fragment, ending in `/`.
 *
 * @throws RegistryError `registry/invalid-argument` for anything else
 */
export function normaliseBaseUrl(baseUrl: string | URL): string {
  const page = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  let url: URL;
  try {
    url = new URL(baseUrl, page.document?.baseURI ?? page.location?.href);
  } catch {
    throw invalidArgument(`baseUrl "${String(baseUrl)}" is not a URL (relative URLs need a page to resolve against)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidArgument(`baseUrl must be http(s), got ${url.protocol}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
