import { normaliseBaseUrl } from './normalise-base-url.js';

/**
 * The absolute URL of `path` (a registry file such as `platforms/{id}.json`) under the registry
 * at `baseUrl`, normalised as `normaliseBaseUrl` does: what a page links to for a platform's entry.
 *
 * @throws RegistryError `registry/invalid-argument` for a base URL that is not http(s)
 * @example
 * registryFileUrl('https://registry.example/dbi', 'platforms/so-cai-may.json');
 * // 'https://registry.example/dbi/platforms/so-cai-may.json'
 */
export const registryFileUrl = (baseUrl: string | URL, path: string): string => new URL(path, normaliseBaseUrl(baseUrl)).href;
