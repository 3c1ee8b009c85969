import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { badgeStatusOf } from '../../src/badge/badge-status.js';
import { badgeStrings } from '../../src/badge/badge.translations.js';
import { expectCompleteTranslations } from '../helpers/translations.js';
import { $, BADGE_REGISTRY, atTime, badge, cleanUp, keysAttribute, nextVerdict, table } from './helpers.js';

const { id, now } = table;
const at = (path: string) => new URL(path, BADGE_REGISTRY).href;
const shown = (el: Element) => ({
  words: $(el, '[part=status]')!.textContent,
  look: $(el, '[part=badge]')!.className.split(' ').filter((c) => c !== 'badge')[0],
  icon: $(el, '[part=icon] svg path')!.getAttribute('d'),
});

describe('<dbi-badge>', () => {
  afterEach(cleanUp);

  describe('the tampering table of the certificates issue, over HTTP', () => {
    for (const { name, expected, base } of table.cases) {
      it(`${name} → ${expected}`, async () => {
        const { el, event } = await atTime(now, () => badge({ platform: id, registry: at(base), 'trusted-keys': keysAttribute(), lang: 'en' }));
        const status = badgeStatusOf(expected);
        expect(event.detail).to.include({ platform: id, status, certificateStatus: expected });
        expect(shown(el).words).to.equal(badgeStrings.en.status[status]);
        // Only a valid certificate has the certified look.
        expect(shown(el).look).to.equal(status);
      });
    }
  });

  it('valid: shows the platform name, programme, valid-until date, issuer, key id and a link to the registry entry', async () => {
    const { el, event } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    expect(event.detail.status).to.equal('valid');
    // claims(): exp = NOW + 335 days = 2026-12-02.
    expect(event.detail.validUntil).to.equal('2026-12-02T00:00:00.000Z');
    // The name comes from the signed certificate (the test helpers' claims()).
    expect($(el, '[part=name]')!.textContent).to.equal(`Test platform ${id} (SAMPLE)`);
    const details = $(el, '[part=details]')!;
    expect(details.textContent).to.contain('Test programme');
    expect(details.textContent).to.contain('2 December 2026');
    expect(details.textContent).to.contain('https://registry.test.example/');
    expect(details.textContent).to.contain(table.trustedKey.kid);
    expect($<HTMLAnchorElement>(el, '[part=link]')!.href).to.equal(at(`${table.cases[0].base}platforms/${id}.json`));
    // "Certified" says it all: no extra sentence.
    expect($(el, '.reason')).to.equal(null);
  });

  it('not verified: the details say which kind (an altered certificate here)', async () => {
    const altered = table.cases.find((c) => c.expected === 'invalid-signature')!;
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(altered.base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    expect(shown(el).words).to.equal('Not verified');
    expect($(el, '.reason')!.textContent).to.equal(badgeStrings.en.reason['invalid-signature']);
  });

  it('revoked: a genuine certificate on the signed revocation list', async () => {
    const { el, event } = await atTime(now, () => badge({ platform: id, registry: at('revoked/'), 'trusted-keys': keysAttribute(), lang: 'en' }));
    expect(event.detail).to.include({ status: 'revoked', certificateStatus: 'revoked' });
    expect(shown(el).words).to.equal('Certification revoked');
  });

  it('could not verify: a registry that cannot be reached claims nothing either way', async () => {
    const { el, event } = await badge({ platform: id, registry: 'http://127.0.0.1:9/', 'trusted-keys': keysAttribute(), lang: 'en' });
    expect(event.detail).to.include({ status: 'could-not-verify', certificateStatus: 'unreachable' });
    expect(shown(el).words).to.equal('Could not verify (network)');
  });

  it('trusts no key by default: without trusted-keys, or with keys that are not JSON, nothing is verified', async () => {
    const none = await badge({ platform: id, registry: at(table.cases[0].base), lang: 'en' });
    expect(none.event.detail).to.include({ status: 'not-verified', certificateStatus: null });
    expect(none.event.detail.reason).to.contain('No trusted keys');
    const junk = await badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': '{not json', lang: 'en' });
    expect(junk.event.detail.reason).to.contain('not JSON');
    const privateKey = await badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': JSON.stringify({ ...table.trustedKey, d: 'x' }) });
    expect(privateKey.event.detail.reason).to.contain('trustedKeys[0].d');
    expect(shown(privateKey.el).look).to.equal('not-verified');
  });

  it('takes the keys as a trustedKeys property too', async () => {
    const { event } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base) }, { trustedKeys: [table.trustedKey] }));
    expect(event.detail.status).to.equal('valid');
  });

  it('re-verifies when platform changes to another id', async () => {
    const { el, event } = await atTime(now, () => badge({ platform: id, registry: at('two/'), 'trusted-keys': keysAttribute(), lang: 'en' }));
    expect(event.detail.status).to.equal('valid');
    const next = await atTime(now, async () => {
      const verdict = nextVerdict(el);
      el.platform = 'ke-toan-chuon-chuon';
      await el.updateComplete;
      expect(shown(el).look).to.equal('verifying');
      return verdict;
    });
    expect(next.detail).to.include({ platform: 'ke-toan-chuon-chuon', status: 'expired' });
    await el.updateComplete;
    expect(shown(el).words).to.equal('Certification expired');
  });

  it('each status differs in colour, icon and words; only valid is filled', async () => {
    const registries: [string, string][] = [
      ['valid', table.cases[0].base],
      ['expired', table.cases.find((c) => c.expected === 'expired')!.base],
      ['revoked', 'revoked/'],
      ['not-verified', table.cases.find((c) => c.expected === 'invalid-signature')!.base],
      ['could-not-verify', 'http://127.0.0.1:9/'],
    ];
    const seen = [];
    for (const [status, registry] of registries) {
      const { el } = await atTime(now, () => badge({ platform: id, registry: at(registry), 'trusted-keys': keysAttribute(), lang: 'en', theme: 'light' }));
      const button = $(el, '[part=badge]')!;
      const style = getComputedStyle(button);
      seen.push({ status, ...shown(el), colour: style.color, background: style.backgroundColor, border: style.borderStyle });
    }
    // A registry that never answers: the badge stays "verifying".
    const verifying = document.createElement('dbi-badge');
    Object.assign(verifying, { lang: 'en', platform: id, registry: at('slow/'), trustedKeys: [table.trustedKey] });
    document.body.append(verifying);
    await verifying.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown(verifying).look).to.equal('verifying');
    seen.push({ status: 'verifying', ...shown(verifying) });
    expect(new Set(seen.map((s) => s.status)).size).to.equal(6);
    expect(new Set(seen.map((s) => s.icon)).size, 'six icons').to.equal(6);
    expect(new Set(seen.map((s) => s.words)).size, 'six wordings').to.equal(6);
    const painted = seen.slice(0, 5);
    expect(new Set(painted.map((s) => `${s.colour}|${s.border}`)).size, 'five looks').to.equal(5);
    const filled = painted.filter((s) => s.background !== 'rgb(255, 255, 255)');
    expect(filled.map((s) => s.status)).to.deep.equal(['valid']);
  });

  it('renders registry text as text (a hostile platform name)', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at('hostile/'), 'trusted-keys': keysAttribute() }));
    expect($(el, '[part=name]')!.textContent).to.equal('<img src=x onerror="window.pwned=1"><b>Sổ Cái</b>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('opens its details on keyboard focus; Enter and Space toggle them, Escape closes them', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    const button = $(el, '[part=badge]')!;
    const details = $(el, '[part=details]')!;
    expect(details.hidden).to.equal(true);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(details.hidden).to.equal(false);
    // Tab reaches the link inside the details; Escape closes them and focus returns to the badge.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=link]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    before.remove();
  });

  it('opens its details on hover and closes them when the pointer leaves', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    const box = $(el, '[part=badge]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden).to.equal(false);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 400), Math.round(box.bottom + 400)] });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden).to.equal(true);
  });

  it('Escape closes details opened by hover, with focus elsewhere on the page', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    (document.activeElement as HTMLElement | null)?.blur();
    const box = $(el, '[part=badge]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 400), Math.round(box.bottom + 400)] });
  });

  it('a mouse click keeps the details hover opened, and a second click closes them', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute(), lang: 'en' }));
    const box = $(el, '[part=badge]')!.getBoundingClientRect();
    const centre: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position: centre });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden, 'open after the first click').to.equal(false);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 400), Math.round(box.bottom + 400)] });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden, 'still open once the pointer left').to.equal(false);
    await sendMouse({ type: 'click', position: centre });
    await el.updateComplete;
    expect($(el, '[part=details]')!.hidden, 'closed by the second click').to.equal(true);
  });

  it('has an accessible name stating the status, in Vietnamese by default', async () => {
    const { el } = await atTime(now, () => badge({ platform: id, registry: at(table.cases[0].base), 'trusted-keys': keysAttribute() }));
    expect($(el, '[part=badge]')!.textContent!.replace(/\s+/gu, ' ').trim()).to.equal(`Đã được chứng nhận: Test platform ${id} (SAMPLE)`);
  });

  it('is accessible in every status, light and dark, open and closed', async () => {
    for (const theme of ['light', 'dark']) {
      for (const registry of [table.cases[0].base, 'revoked/', table.cases[4].base, 'http://127.0.0.1:9/']) {
        const { el } = await atTime(now, () => badge({ platform: id, registry: at(registry), 'trusted-keys': keysAttribute(), theme }));
        await expect(el).to.be.accessible();
        $(el, '[part=badge]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.remove();
      }
    }
  });

  it('has every string in vi and en', () => {
    const flat = (lang: 'vi' | 'en') => {
      const { status, reason, ...rest } = badgeStrings[lang];
      return { ...rest, ...Object.fromEntries(Object.entries(status).map(([k, v]) => [`status.${k}`, v])), ...Object.fromEntries(Object.entries(reason).map(([k, v]) => [`reason.${k}`, v])) };
    };
    expectCompleteTranslations({ vi: flat('vi'), en: flat('en') });
  });
});
