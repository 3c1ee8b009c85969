import { expect } from '@open-wc/testing';
import { DBI_PILLAR_IDS, DbiError, isDbiError } from '@dbi-kit/engine';

// The engine must behave the same in the browser as in Node; this proves the workspace
// source resolves and runs in Chromium (the scoring equivalence is tested by the element tests).
describe('@dbi-kit/engine in Chromium', () => {
  it('loads from source with its pillar ids and typed errors', () => {
    expect(DBI_PILLAR_IDS).to.have.length(6);
    const error = new DbiError('test/code', 'message');
    expect(isDbiError(error)).to.equal(true);
    expect(error.name).to.equal('DbiError');
    expect(isDbiError(new Error('plain'))).to.equal(false);
  });
});
