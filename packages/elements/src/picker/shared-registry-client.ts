import { createRegistryClient, type RegistryClient, type RegistryClientOptions } from '@dbi-kit/registry';

// Kept on globalThis under a Symbol.for key so that separately bundled copies of the elements
// on one page still share one client (and so one request) per registry.
const KEY = Symbol.for('dbi-kit:elements:registry-clients');
type ClientMap = Map<string, RegistryClient>;
const clients = ((globalThis as Record<symbol, ClientMap | undefined>)[KEY] ??= new Map());

/**
 * The page's one client for the registry at `baseUrl` (resolved against the document), created
 * on first use. The first caller's `snapshot` and `trustedKeys` are the ones the client uses.
 *
 * @throws RegistryError `registry/invalid-argument` for a URL that is not http(s)
 */
export function sharedRegistryClient(baseUrl: string, options: Pick<RegistryClientOptions, 'snapshot'> & { trustedKeys?: readonly object[] } = {}): RegistryClient {
  const key = new URL(baseUrl, document.baseURI).href;
  let client = clients.get(key);
  if (!client) {
    const { snapshot, trustedKeys = [] } = options;
    client = createRegistryClient({ baseUrl: key, trustedKeys: trustedKeys as RegistryClientOptions['trustedKeys'], ...(snapshot ? { snapshot } : {}) });
    clients.set(key, client);
  }
  return client;
}
