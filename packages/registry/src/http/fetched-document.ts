import { RegistryResponseError } from '../errors/registry-errors.js';
import type { FetchedDocument } from './create-document-fetcher.js';
import { decodeUtf8 } from './decode-utf8.js';

/**
 * A successful response's body as a registry document: strict UTF-8 text with its content type
 * and ETag. Both fetchers (ky and plain fetch) end here, so they refuse the same bodies the same way.
 */
export function fetchedDocument(url: string, response: Response, body: ArrayBuffer): FetchedDocument {
  let text: string;
  try {
    text = decodeUtf8(body);
  } catch (error) {
    throw new RegistryResponseError(url, 'encoding', 'The body is not UTF-8 text', { cause: error });
  }
  return { notModified: false, raw: { text, contentType: response.headers.get('content-type') ?? '' }, etag: response.headers.get('etag') ?? undefined };
}
