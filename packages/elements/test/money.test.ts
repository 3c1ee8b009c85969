import { expect } from '@open-wc/testing';
import { formatVnd, parseVnd } from '../src/internal/money.js';

describe('money', () => {
  it('formats whole VND the Vietnamese way and the English way', () => {
    // Intl uses a non-breaking space before the đồng sign in vi-VN.
    expect(formatVnd(20_000_000, 'vi').replace(/\s/gu, ' ')).to.equal('20.000.000 ₫');
    expect(formatVnd(20_000_000, 'en')).to.equal('₫20,000,000');
    expect(formatVnd(0, 'vi').replace(/\s/gu, ' ')).to.equal('0 ₫');
  });

  it('reads amounts typed with dots, commas, spaces and a currency sign', () => {
    expect(parseVnd('20.000.000')).to.equal(20_000_000);
    expect(parseVnd('20,000,000')).to.equal(20_000_000);
    expect(parseVnd('20 000 000 ₫')).to.equal(20_000_000);
    expect(parseVnd('1500000 đ')).to.equal(1_500_000);
    expect(parseVnd('₫ 750.000')).to.equal(750_000);
    expect(parseVnd('  42 ')).to.equal(42);
  });

  it('rejects what is not a whole non-negative amount', () => {
    for (const bad of ['', 'abc', '-5', '1.5', '20.00.000', '1,2', '12.3456', '1e6', '9007199254740993']) {
      expect(parseVnd(bad), bad).to.equal(undefined);
    }
  });

  it('round-trips what it formats', () => {
    for (const amount of [0, 7, 999, 1_000, 123_456_789, 300_000_000_000]) {
      expect(parseVnd(formatVnd(amount, 'vi'))).to.equal(amount);
      expect(parseVnd(formatVnd(amount, 'en'))).to.equal(amount);
    }
  });
});
