import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { DbiElement } from '../src/internal/dbi-element.js';
import { DbiEvent } from '../src/internal/dbi-event.js';
import { localized, toLang, type Translations } from '../src/internal/lang.js';
import { expectCompleteTranslations } from './helpers/translations.js';

const table: Translations<{ hello: string; count: (n: number) => string }> = {
  vi: { hello: 'Xin chào', count: (n) => `${n} mục` },
  en: { hello: 'Hello', count: (n) => `${n} items` },
};

class TestGreeting extends DbiElement {
  override render() {
    return litHtml`<p>${this.strings(table).hello}</p>`;
  }
}
customElements.define('test-greeting', TestGreeting);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('DbiElement', () => {
  it('speaks Vietnamese by default', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(text(el)).to.equal('Xin chào');
  });

  it('follows its own lang, then the nearest ancestor lang, and re-renders when lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
    el.lang = 'vi';
    await el.updateComplete;
    expect(text(el)).to.equal('Xin chào');
  });

  it('is accessible in both themes', async () => {
    const light = await fixture(html`<test-greeting theme="light"></test-greeting>`);
    await expect(light).to.be.accessible();
    const dark = await fixture(html`<test-greeting theme="dark"></test-greeting>`);
    await expect(dark).to.be.accessible();
    expect(getComputedStyle(dark).backgroundColor).to.not.equal(getComputedStyle(light).backgroundColor);
  });

  describe('themes', () => {
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    const LIGHT = 'rgb(255, 255, 255)'; // #ffffff, tokens.ts
    const DARK = 'rgb(15, 20, 25)'; // #0f1419

    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('auto (the default) follows the system; light and dark are fixed whatever the system says', async () => {
      for (const system of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: system });
        const auto = await fixture(html`<test-greeting></test-greeting>`);
        const light = await fixture(html`<test-greeting theme="light"></test-greeting>`);
        const dark = await fixture(html`<test-greeting theme="dark"></test-greeting>`);
        expect(background(auto), `auto under a ${system} system`).to.equal(system === 'dark' ? DARK : LIGHT);
        expect(background(light), `light under a ${system} system`).to.equal(LIGHT);
        expect(background(dark), `dark under a ${system} system`).to.equal(DARK);
      }
    });

    it('a --dbi-color-* set by the page wins in both themes', async () => {
      const wrapper = await fixture(html`<div style="--dbi-color-background: rgb(1, 2, 3)"><test-greeting theme="light"></test-greeting><test-greeting theme="dark"></test-greeting></div>`);
      for (const el of wrapper.querySelectorAll('test-greeting')) expect(background(el)).to.equal('rgb(1, 2, 3)');
    });
  });
});

describe('lang helpers', () => {
  it('reads language tags', () => {
    expect(toLang('EN-us')).to.equal('en');
    expect(toLang('vi-VN')).to.equal('vi');
    expect(toLang('fr')).to.equal('vi');
    expect(toLang(undefined)).to.equal('vi');
  });

  it('picks localized text with a fallback to the other language', () => {
    expect(localized({ vi: 'Có', en: 'Yes' }, 'en')).to.equal('Yes');
    expect(localized({ vi: 'Có', en: '' }, 'en')).to.equal('Có');
    expect(localized(undefined, 'vi')).to.equal('');
  });

  it('the completeness check catches a missing translation', () => {
    expectCompleteTranslations(table);
    const broken = { vi: { a: 'x', b: 'y' }, en: { a: 'x' } } as unknown as Translations<{ a: string; b: string }>;
    expect(() => expectCompleteTranslations(broken)).to.throw();
    const empty = { vi: { a: 'x' }, en: { a: ' ' } } as Translations<{ a: string }>;
    expect(() => expectCompleteTranslations(empty)).to.throw();
  });
});

describe('DbiEvent', () => {
  it('bubbles out of shadow roots and keeps plain data', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    let received: DbiEvent<{ n: number }> | undefined;
    document.addEventListener('test-event', (e) => (received = e as DbiEvent<{ n: number }>), { once: true });
    inner.dispatchEvent(new DbiEvent('test-event', { n: 1 }, { cancelable: true }));
    expect(received?.detail).to.deep.equal({ n: 1 });
    expect(received?.cancelable).to.equal(true);
    expect(structuredClone(received!.detail)).to.deep.equal({ n: 1 });
  });
});
