import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from './vietnamese-number.ts';

describe('parseVietnameseNumber', () => {
  it('reads thousands dots and decimal commas', () => {
    expect(parseVietnameseNumber('32.266')).toBe(32266);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('1,5')).toBe(1.5);
    expect(parseVietnameseNumber('1.234,75')).toBe(1234.75);
    expect(parseVietnameseNumber(' 528 ')).toBe(528);
    expect(parseVietnameseNumber('12.5')).toBe(12.5);
  });

  it('refuses text that is not a number', () => {
    for (const bad of ['', 'abc', '1,2,3', '12%', '1.2.3', '--1', '1e5'])
      expect(parseVietnameseNumber(bad), bad).toBeNull();
  });
});
