import { RegistryResponseError } from '../errors/registry-errors.js';
import type { RawDocument } from './create-document-fetcher.js';

/** `application/json` or `application/*+json`, with or without parameters. */
export const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The JSON value of a fetched document. The content type must be `application/json` or
 * `application/*+json`: an HTML error page or a captive portal's login page served with 200 is
 * refused before anything tries to read it as data.
 *
 * @throws RegistryResponseError (`content-type` or `json`)
 */
export function readJson(raw: RawDocument, url: string): unknown {
  if (!JSON_TYPE.test(raw.contentType)) {
    throw new RegistryResponseError(url, 'content-type', `Expected application/json, got "${raw.contentType || 'no content type'}"`);
  }
  try {
    return JSON.parse(raw.text);
  } catch (error) {
    throw new RegistryResponseError(url, 'json', error instanceof Error ? error.message : 'Unreadable JSON', { cause: error });
  }
}
