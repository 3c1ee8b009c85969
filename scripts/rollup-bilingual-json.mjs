// A Rollup plugin for the engine's data files (the methodology and the programmes): each JSON
// file becomes a module that builds the very same object, but with every `{ vi, en }` text taken
// from two lists, all the Vietnamese first, then all the English. Gzip compresses each language
// better on its own than the two interleaved: the DBI 2021 data shrinks by about 0.55 KB
// min+gzip, in every bundle that contains it. Any `$comment` key (a note for the
// file's maintainers, in no type and shown nowhere) is left out, as comments are from code.
// The JSON files stay the source that is reviewed and tested;
// packages/engine/test/data-encoding.test.ts checks that the encoding rebuilds them exactly.

const isBilingualText = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'vi,en' && typeof value.vi === 'string' && typeof value.en === 'string';

/**
 * The ES module source that default-exports `data`, its texts drawn in order from two lists.
 * @param {unknown} data parsed JSON
 * @returns {string}
 */
export function encodeBilingualJson(data) {
  const vi = [];
  const en = [];
  const write = (value) => {
    if (isBilingualText(value)) {
      vi.push(value.vi);
      en.push(value.en);
      return 't()';
    }
    if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      return `{${Object.entries(value)
        .filter(([key]) => key !== '$comment')
        .map(([key, child]) => {
          // A literal `__proto__:` key would set the prototype instead of a property.
          if (key === '__proto__') throw new Error('bilingual-json: a "__proto__" key cannot be encoded');
          return `${JSON.stringify(key)}:${write(child)}`;
        })
        .join(',')}}`;
    }
    return JSON.stringify(value);
  };
  const body = write(data);
  // Property values are evaluated in source order, so the i-th call of t() is the i-th text
  // written. The counter lives in a pure function, so a bundle that never uses the data drops
  // all of it, as it would a plain object literal.
  return [
    `const vi = ${JSON.stringify(vi)};`,
    `const en = ${JSON.stringify(en)};`,
    'export default /*#__PURE__*/ (() => {',
    '  let i = 0;',
    '  const t = () => ({ vi: vi[i], en: en[i++] });',
    `  return ${body};`,
    '})();',
    '',
  ].join('\n');
}

/** @returns {import('rollup').Plugin} */
export function bilingualJson() {
  return {
    name: 'bilingual-json',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return { code: encodeBilingualJson(JSON.parse(code)), map: { mappings: '' } };
    },
  };
}
