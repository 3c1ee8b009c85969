import { describe, expect, it } from 'vitest';
import { isRegistryError, registryFileUrl } from '@dbi-kit/registry';

describe('registryFileUrl', () => {
  it('puts the file under the base URL, as the client normalises it (trailing slash, no query or fragment)', () => {
    expect(registryFileUrl('https://registry.example/dbi', 'platforms/so-cai-may.json')).toBe('https://registry.example/dbi/platforms/so-cai-may.json');
    expect(registryFileUrl('https://registry.example/dbi/?v=2#top', 'registry.json')).toBe('https://registry.example/dbi/registry.json');
    expect(registryFileUrl(new URL('http://127.0.0.1:8080/registry/'), 'certificates/x.jws')).toBe('http://127.0.0.1:8080/registry/certificates/x.jws');
  });

  it('refuses a base URL that is not http(s), or a relative one with no page to resolve it against', () => {
    for (const base of ['javascript:alert(1)', 'ftp://registry.example/', 'registry/']) {
      let thrown: unknown;
      try {
        registryFileUrl(base, 'registry.json');
      } catch (error) {
        thrown = error;
      }
      expect(isRegistryError(thrown) && (thrown as { code: string }).code).toBe('registry/invalid-argument');
    }
  });
});
