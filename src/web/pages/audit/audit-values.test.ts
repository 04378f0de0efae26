import { describe, expect, it } from 'vitest';
import { parsePage, shortEntityId } from './audit-values.ts';

describe('shortEntityId', () => {
  it('shortens long ids and keeps short ones', () => {
    expect(shortEntityId('8e47bf29-2d48-406c-8073-e2f63d1efd7b')).toBe('8e47bf29…');
    expect(shortEntityId('278')).toBe('278');
  });
});

describe('parsePage', () => {
  it('reads a page number from the URL, 1 for anything odd', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage(null)).toBe(1);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('-2')).toBe(1);
    expect(parsePage('1.5')).toBe(1);
    expect(parsePage('abc')).toBe(1);
  });
});
