import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CERTIFICATE_TYPE, REVOCATIONS_TYPE, generateSigningKey, publicKeyOf, signJws, type TrustedKey } from '@dbi-kit/registry';
import '@dbi-kit/elements/dbi-badge';

// Storybook serves no registry, so these stories make a SAMPLE one in the page: certificates
// signed here with a throw-away key (pinned below, trusted by nothing else), answered from memory
// at an address that does not exist. Every record is fictional.
const BASE = 'https://sample-registry.invalid/';
const DAY = 86_400;

/** Which story platform gives which status. */
const PLATFORMS = {
  valid: 'so-cai-may',
  expired: 'giao-hang-chang-cuoi',
  revoked: 'quan-an-so',
  'not-verified': 'hoa-don-mac-ca',
} as const;

let registry: Promise<TrustedKey> | undefined;

/** Signs the SAMPLE documents once and answers the badge's requests for BASE from them. */
function sampleRegistry(): Promise<TrustedKey> {
  registry ??= (async () => {
    const key = await generateSigningKey('SAMPLE-storybook');
    const stranger = await generateSigningKey('SAMPLE-not-pinned');
    const now = Math.floor(Date.now() / 1000);
    const claims = (sub: string, validity = { nbf: now - 30 * DAY, exp: now + 335 * DAY }) => ({
      iss: BASE,
      sub,
      name: `${sub} (SAMPLE)`,
      vendor: { name: 'Nhà cung cấp MẪU (SAMPLE, fictional)' },
      programme: { id: 'smedx-sample', name: { vi: 'Chương trình SMEdx MẪU (hư cấu)', en: 'SAMPLE SMEdx programme (fictional)' } },
      categories: ['accounting-finance'],
      iat: validity.nbf,
      ...validity,
      jti: `${sub}-sample`,
    });
    const docs = new Map<string, string>([
      [`certificates/${PLATFORMS.valid}.jws`, await signJws(claims(PLATFORMS.valid), CERTIFICATE_TYPE, key)],
      [`certificates/${PLATFORMS.expired}.jws`, await signJws(claims(PLATFORMS.expired, { nbf: now - 400 * DAY, exp: now - 35 * DAY }), CERTIFICATE_TYPE, key)],
      [`certificates/${PLATFORMS.revoked}.jws`, await signJws(claims(PLATFORMS.revoked), CERTIFICATE_TYPE, key)],
      // Signed by a key the page does not pin.
      [`certificates/${PLATFORMS['not-verified']}.jws`, await signJws(claims(PLATFORMS['not-verified']), CERTIFICATE_TYPE, stranger)],
      ['revocations.jws', await signJws({ protocol: 'dbi-registry/1', iss: BASE, iat: now, revocations: [{ jti: `${PLATFORMS.revoked}-sample`, reason: 'SAMPLE revocation', revokedAt: '2026-01-15T00:00:00Z' }] }, REVOCATIONS_TYPE, key)],
    ]);
    const networkFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith(BASE)) return networkFetch(input, init);
      // The "verifying" story's registry never answers (until the badge gives up).
      if (url.startsWith(`${BASE}slow/`)) return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      const body = docs.get(url.slice(BASE.length));
      const type = url.endsWith('.json') ? 'application/json' : 'application/jose';
      return Promise.resolve(body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'content-type': type } }));
    };
    return publicKeyOf(key);
  })();
  return registry;
}

type Status = keyof typeof PLATFORMS | 'could-not-verify' | 'verifying';

interface Args {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
  size: 'small' | 'medium' | 'large';
  status: Status;
}

const registryOf = (status: Status) => (status === 'could-not-verify' ? 'http://127.0.0.1:9/' : status === 'verifying' ? `${BASE}slow/` : BASE);
const platformOf = (status: Status) => (status in PLATFORMS ? PLATFORMS[status as keyof typeof PLATFORMS] : PLATFORMS.valid);

const badge = (args: Args, key: TrustedKey) =>
  html`<dbi-badge lang=${args.lang} theme=${args.theme} size=${args.size} platform=${platformOf(args.status)} registry=${registryOf(args.status)} .trustedKeys=${[key]}></dbi-badge>`;

const STATUSES: Status[] = ['verifying', 'valid', 'expired', 'revoked', 'not-verified', 'could-not-verify'];

const meta: Meta<Args> = {
  title: 'Elements/dbi-badge',
  component: 'dbi-badge',
  args: { lang: 'vi', theme: 'light', size: 'medium', status: 'valid' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    status: { control: 'select', options: STATUSES },
  },
  loaders: [async () => ({ key: await sampleRegistry() })],
  render: (args, { loaded }) => badge(args, loaded.key as TrustedKey),
};
export default meta;

type Story = StoryObj<Args>;

/** A valid certificate: the certified look. */
export const Valid: Story = {};
/** The same in English. */
export const ValidEnglish: Story = { args: { lang: 'en' } };
/** A genuine certificate past its end date. */
export const Expired: Story = { args: { status: 'expired' } };
/** A genuine certificate on the signed revocation list. */
export const Revoked: Story = { args: { status: 'revoked' } };
/** A certificate signed by a key the page does not pin. */
export const NotVerified: Story = { args: { status: 'not-verified' } };
/** A registry address where nothing answers. */
export const CouldNotVerify: Story = { args: { status: 'could-not-verify' } };
/** The check still running. */
export const Verifying: Story = { args: { status: 'verifying' } };

const grid = (args: Args, key: TrustedKey) => html`<div>${STATUSES.map((status) => html`<p>${badge({ ...args, status }, key)}</p>`)}</div>`;

/** Every status, in Vietnamese and English. */
export const EveryStatus: Story = {
  render: (args, { loaded }) => html`${grid({ ...args, lang: 'vi' }, loaded.key as TrustedKey)}${grid({ ...args, lang: 'en' }, loaded.key as TrustedKey)}`,
};
/** Every status in the dark theme. */
export const EveryStatusDark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args, { loaded }) => grid(args, loaded.key as TrustedKey),
};
/** Small, medium and large. */
export const Sizes: Story = {
  render: (args, { loaded }) => html`${(['small', 'medium', 'large'] as const).map((size) => html`<p>${badge({ ...args, size }, loaded.key as TrustedKey)}</p>`)}`,
};
