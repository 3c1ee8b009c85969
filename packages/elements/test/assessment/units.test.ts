import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { toCsv } from '../../src/assessment/csv.js';
import { ProgressStore } from '../../src/assessment/progress-store.js';
import { radarChart, wrapLabel } from '../../src/assessment/radar-chart.js';

/** An in-memory Storage that can be made full. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('radarChart', () => {
  it('puts each value on its spoke, the first pointing up, clockwise', () => {
    const host = document.createElement('div');
    render(radarChart([{ label: 'A', value: 1 }, { label: 'B', value: 0.5 }, { label: 'C', value: 0 }, { label: 'D', value: 0.25 }]), host);
    // Radius 100: A at 100 % straight up (0,-100); B at 50 % to the right (50,0); C at the centre; D at 25 % to the left (-25,0).
    expect(host.querySelector('.radar-shape')!.getAttribute('points')).to.equal('0,-100 50,0 0,0 -25,0');
    expect(host.querySelectorAll('.radar-ring')).to.have.length(5);
    expect(host.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('clamps values outside 0–1 and treats NaN as 0', () => {
    const host = document.createElement('div');
    render(radarChart([{ label: 'A', value: 2 }, { label: 'B', value: Number.NaN }, { label: 'C', value: -1 }]), host);
    const [a, b, c] = host.querySelector('.radar-shape')!.getAttribute('points')!.split(' ');
    expect(a).to.equal('0,-100');
    expect(b).to.equal('0,0');
    expect(c).to.equal('0,0');
  });

  it('wraps labels at spaces', () => {
    // "Chuyển đổi số" is 13 characters; adding " văn" would make 17, over 15.
    expect(wrapLabel('Chuyển đổi số văn hóa doanh nghiệp')).to.deep.equal(['Chuyển đổi số', 'văn hóa doanh', 'nghiệp']);
    expect(wrapLabel('Strategy')).to.deep.equal(['Strategy']);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting, defuses formulas and ends lines with CRLF after a BOM', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', '=1+1', 3, null, undefined, true]])).to.equal('\ufeffa,"b,c","say ""hi""",\'=1+1,3,,,true\r\n');
    expect(toCsv([['line\nbreak']])).to.equal('\ufeff"line\nbreak"\r\n');
  });
});

describe('ProgressStore', () => {
  const methodology = { id: 'm', version: '2' };
  const accept = (entry: Readonly<Record<string, unknown>>) => ({ answers: entry.answers as object, profile: entry.profile as object, step: entry.step as string });

  it('saves and restores under a key per methodology id and version', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(methodology, accept, storage);
    expect(store.key).to.equal('dbi-kit:assessment:m@2');
    expect(store.load()).to.deep.equal({ status: 'empty' });
    expect(store.save({ answers: { a: 1 }, profile: {}, step: 'review' })).to.equal('saved');
    expect(store.load()).to.deep.equal({ status: 'restored', progress: { answers: { a: 1 }, profile: {}, step: 'review' } });
  });

  it('reports a full storage instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(new ProgressStore(methodology, accept, storage).save({ answers: {}, profile: {}, step: 'intro' })).to.equal('full');
  });

  it('reports no storage as unavailable', () => {
    const store = new ProgressStore(methodology, accept, null);
    expect(store.load()).to.deep.equal({ status: 'unavailable' });
    expect(store.save({ answers: {}, profile: {}, step: 'intro' })).to.equal('unavailable');
  });

  it('treats an entry the validator throws on as corrupt, and removes it', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(methodology, () => {
      throw new Error('bad answers');
    }, storage);
    storage.setItem(store.key, JSON.stringify({ format: 1, methodology, answers: {}, profile: {}, step: 'intro' }));
    expect(store.load()).to.deep.equal({ status: 'corrupt' });
    expect(storage.length).to.equal(0);
  });

  it('finds answers saved for other versions, names the versions, and keeps them', () => {
    const storage = new MemoryStorage();
    storage.setItem('dbi-kit:assessment:m@1', '{}');
    storage.setItem('dbi-kit:assessment:other@2', '{}');
    expect(new ProgressStore(methodology, accept, storage).load()).to.deep.equal({ status: 'other-version', versions: ['1'] });
    expect(storage.getItem('dbi-kit:assessment:m@1')).to.equal('{}');
    expect(storage.getItem('dbi-kit:assessment:other@2'), 'another methodology is left alone').to.equal('{}');
  });

  it('keys by the element id when there is one, and keeps wizards with other ids apart', () => {
    const storage = new MemoryStorage();
    storage.setItem('dbi-kit:assessment:m@2', '{}');
    storage.setItem('dbi-kit:assessment:m@2#b', '{}');
    storage.setItem('dbi-kit:assessment:m@1#b', '{}');
    const store = new ProgressStore(methodology, accept, storage, 'a');
    expect(store.key).to.equal('dbi-kit:assessment:m@2#a');
    expect(store.load(), 'entries without an id or with another id are not this one\'s').to.deep.equal({ status: 'empty' });
    storage.setItem('dbi-kit:assessment:m@1#a', '{}');
    expect(store.load()).to.deep.equal({ status: 'other-version', versions: ['1'] });
    expect(new ProgressStore(methodology, accept, storage).load(), 'no id: only keys without one').to.deep.equal({ status: 'corrupt' });
  });
});
