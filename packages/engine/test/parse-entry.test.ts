import { describe, expect, it } from 'vitest';
import * as root from '@dbi-kit/engine';
import * as parse from '../src/parse.js';

describe('the @dbi-kit/engine/parse entry', () => {
  it('holds the parsers, the very functions the package root exports', () => {
    expect(Object.keys(parse).sort()).toEqual(['MethodologySchema', 'parseMethodology', 'parseProgramme']);
    expect(parse.parseMethodology).toBe(root.parseMethodology);
    expect(parse.parseProgramme).toBe(root.parseProgramme);
    expect(parse.MethodologySchema).toBe(root.MethodologySchema);
  });
});
