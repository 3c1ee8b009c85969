import { createRegistryClient, type RegistryClient, type RegistrySnapshot } from '@dbi-kit/registry';

// Kept on globalThis under a Symbol.for key so that separately bundled copies of the elements
// on one page still share one client (and so one request) per registry.
const KEY = Symbol.for('dbi-kit:elements:registry-clients');
type ClientMap = Map<string, RegistryClient>;
const clients = ((globalThis as Record<symbol, ClientMap | undefined>)[KEY] ??= new Map());

/**
 * The page's one client for the registry at `baseUrl` (resolved against the document), created
 * on first use. The first caller's `snapshot` is the one the client falls back on.
 *
 * @throws RegistryError `registry/invalid-argument` for a URL that is not http(s)
 */
export function sharedRegistryClient(baseUrl: string, snapshot?: RegistrySnapshot): RegistryClient {
  const key = new URL(baseUrl, document.baseURI).href;
  let client = clients.get(key);
  if (!client) {
    client = createRegistryClient({ baseUrl: key, trustedKeys: [], ...(snapshot ? { snapshot } : {}) });
    clients.set(key, client);
  }
  return client;
}
