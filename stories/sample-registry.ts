// The SAMPLE registry (`npm run build` writes it to packages/registry/dist/sample-registry/),
// served by Storybook itself at sample-registry/ (see .storybook/main.ts), so every story works
// offline. Its platforms and vendors are fictional.
import type { PlatformSelection } from '@dbi-kit/elements';
import type { RegistrySnapshot } from '@dbi-kit/registry';
import samplePublicKey from '../packages/registry/sample/keys/SAMPLE-signing-key.public.jwk?raw';

/** The SAMPLE registry, relative to the Storybook page. */
export const SAMPLE_REGISTRY = 'sample-registry/';

/**
 * Nothing listens on port 9 (discard) of this machine: a registry there cannot be reached. Each
 * story names its own path, because pickers naming the same registry share one client.
 */
export const unreachableRegistry = (name: string) => `http://127.0.0.1:9/${name}/`;

/** The SAMPLE signing key's public JWK: pinned, the SAMPLE certificates verify. Demos only. */
export const SAMPLE_TRUSTED_KEYS: readonly object[] = [JSON.parse(samplePublicKey) as object];

async function sampleDocument(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, new URL(SAMPLE_REGISTRY, location.href)));
  if (!response.ok) throw new Error(`${path} of the SAMPLE registry: HTTP ${response.status}. Run npm run build first.`);
  return response.json();
}

/** A snapshot of the SAMPLE registry (`registry.json` and `platforms.json`), as a page would bundle it. */
export async function loadSampleSnapshot(): Promise<{ snapshot: RegistrySnapshot }> {
  const [registry, platforms] = await Promise.all([sampleDocument('registry.json'), sampleDocument('platforms.json')]);
  return { snapshot: { registry, platforms } };
}

interface SamplePlatform {
  id: string;
  name: string;
  vendor: { name: string };
  plans: PlatformSelection['platforms'][number]['plan'][];
}

/** The first plan of each of these SAMPLE platforms, as `<dbi-platform-picker>` would select them. */
export async function loadSampleSelection(ids: readonly string[]): Promise<{ selection: PlatformSelection }> {
  const platforms = (await Promise.all(ids.map((id) => sampleDocument(`platforms/${id}.json`)))) as SamplePlatform[];
  return {
    selection: {
      platforms: platforms.map(({ id, name, vendor, plans: [plan] }) => ({ id, name, vendor: vendor.name, plan: { id: plan.id, name: plan.name, price: plan.price, billingPeriod: plan.billingPeriod } })),
    },
  };
}
