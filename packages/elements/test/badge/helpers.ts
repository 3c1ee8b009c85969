import type { CertificateStatus, TrustedKey } from '@dbi-kit/registry';
import '../../src/dbi-badge.js';
import type { DbiBadge } from '../../src/badge/badge.js';
import type { DbiVerifyEvent } from '../../src/events/dbi-verify-event.js';

/** The registries served by tampering-registry.plugin.mjs. */
export const BADGE_REGISTRY = new URL('/badge-registry/', location.href).href;

/** The tampering table as the server built it. */
export interface Table {
  id: string;
  now: number;
  trustedKey: TrustedKey;
  cases: { name: string; expected: CertificateStatus; base: string }[];
}

export const table: Table = await (await fetch(`${BADGE_REGISTRY}cases.json`)).json();

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

const RealDate = Date;

/**
 * Runs `work` with the page's clock stopped at `ms` (the table's NOW), so the table's
 * certificates are judged at the time they were made for.
 */
export async function atTime<T>(ms: number, work: () => Promise<T>): Promise<T> {
  class StoppedDate extends RealDate {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [ms]) as [number]));
    }
    static override now() {
      return ms;
    }
  }
  globalThis.Date = StoppedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** Adds a badge with these attributes (and properties) to the page and waits for its first verdict. */
export async function badge(attributes: Record<string, string>, properties: Partial<DbiBadge> = {}): Promise<{ el: DbiBadge; event: DbiVerifyEvent }> {
  const el = document.createElement('dbi-badge');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  const verdict = nextVerdict(el);
  document.body.append(el);
  const event = await verdict;
  await el.updateComplete;
  return { el, event };
}

/** The next `dbi-verify` of `el`. */
export const nextVerdict = (el: DbiBadge) => new Promise<DbiVerifyEvent>((resolve) => el.addEventListener('dbi-verify', resolve, { once: true }));

/** The SAMPLE table key, as the `trusted-keys` attribute takes it. */
export const keysAttribute = () => JSON.stringify([table.trustedKey]);

/** Removes every badge the tests added. */
export const cleanUp = () => document.querySelectorAll('dbi-badge').forEach((el) => el.remove());
