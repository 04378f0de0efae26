import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './paths.ts';

describe('signInPathFor', () => {
  it('remembers the page asked for, except the home page', () => {
    expect(signInPathFor('/don-vi/12?cu=1')).toBe('/dang-nhap?next=%2Fdon-vi%2F12%3Fcu%3D1');
    expect(signInPathFor('/')).toBe('/dang-nhap');
  });
});

describe('safeNextPath', () => {
  it('accepts paths on this site', () => {
    expect(safeNextPath('/don-vi/12')).toBe('/don-vi/12');
    expect(safeNextPath('/nhat-ky?trang=2')).toBe('/nhat-ky?trang=2');
  });

  it('refuses other sites, odd values and the sign-in page itself', () => {
    expect(safeNextPath('https://example.com')).toBe('/');
    expect(safeNextPath('//example.com/x')).toBe('/');
    expect(safeNextPath('/\\example.com')).toBe('/');
    expect(safeNextPath('/dang-nhap?next=/x')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });
});
