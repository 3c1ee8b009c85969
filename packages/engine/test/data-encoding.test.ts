import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// The build's encoder of the bundled data (a plain-JS Rollup plugin of this repository).
import { encodeBilingualJson } from '../../../scripts/rollup-bilingual-json.mjs';

const dir = mkdtempSync(join(tmpdir(), 'dbi-data-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let modules = 0;
/** What the encoded module's default export is, once run. */
async function roundTrip(data: unknown): Promise<unknown> {
  const file = join(dir, `data-${modules++}.mjs`);
  writeFileSync(file, encodeBilingualJson(data));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** The JSON without its `$comment` keys, which the encoding leaves out. */
const withoutComments = (json: string) => JSON.parse(json, (key, value) => (key === '$comment' ? undefined : value));

describe('the encoding of the bundled data files (texts grouped by language)', () => {
  for (const path of ['methodology/data/dbi-2021-sme.json', 'subsidy/programmes/decree-80-2021.json']) {
    it(`rebuilds ${path} exactly: the same values, in the same key order`, async () => {
      const json = readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
      const decoded = await roundTrip(JSON.parse(json));
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(withoutComments(json)));
      expect(decoded).not.toHaveProperty('$comment');
    });
  }

  it('groups only exact { vi, en } texts; other objects, arrays and values are kept as they are', async () => {
    const data = { a: { vi: 'một', en: 'one' }, b: [{ en: 'two', vi: 'hai' }, { vi: 'ba' }, { vi: 'bốn', en: 'four', note: 'x' }], c: [1, null, true, 'x'], d: { e: { vi: 'năm', en: 'five' } } };
    const source = encodeBilingualJson(data);
    expect(source).toContain('const vi = ["một","năm"];');
    expect(source).toContain('const en = ["one","five"];');
    expect(JSON.stringify(await roundTrip(data))).toBe(JSON.stringify(data));
  });

  it('refuses a __proto__ key, which an object literal would not keep as a property', () => {
    expect(() => encodeBilingualJson(JSON.parse('{"a": {"__proto__": 1}}'))).toThrow(/__proto__/);
  });
});
