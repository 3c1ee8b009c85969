import { expect } from '@open-wc/testing';
import type { Translations } from '../../src/internal/lang.js';

/**
 * Fails on any string that one language has and the other lacks, or that is empty, so a
 * missing translation can never ship. Functions are called with sample arguments.
 */
export function expectCompleteTranslations<T extends object>(table: Translations<T>, sample: unknown[] = [1, 2, 3]): void {
  const viKeys = Object.keys(table.vi).sort();
  const enKeys = Object.keys(table.en).sort();
  expect(enKeys, 'en and vi have the same keys').to.deep.equal(viKeys);
  for (const lang of ['vi', 'en'] as const) {
    for (const [key, value] of Object.entries(table[lang] as Record<string, unknown>)) {
      const text = typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(...sample) : value;
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}.${key} is a non-empty string`).to.equal(true);
    }
  }
}
