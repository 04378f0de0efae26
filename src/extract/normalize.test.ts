import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from './normalize.ts';

/** Original text under the normalised range of `needle`. */
function originalOf(input: string, needle: string): string {
  const norm = normalizeText(input);
  const at = norm.text.indexOf(needle);
  expect(at, `"${needle}" not in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(norm, at, at + needle.length);
  return input.slice(span.start, span.end);
}

describe('normalizeText', () => {
  it('composes decomposed Vietnamese to NFC and maps back to the decomposed input', () => {
    const input = 'Ủy ban nhân dân'.normalize('NFD');
    const norm = normalizeText(input);
    expect(norm.text).toBe('Ủy ban nhân dân');
    expect(originalOf(input, 'nhân')).toBe('nhân'.normalize('NFD'));
  });

  it('moves old tone placement to the first vowel (hoà -> hòa, uỷ -> ủy) but leaves "quý"', () => {
    expect(normalizeText('Uỷ ban hoà bình, khoẻ, thuỷ lợi, quý I').text).toBe(
      'Ủy ban hòa bình, khỏe, thủy lợi, quý I',
    );
    expect(normalizeText('hoàng hoà').text).toBe('hoàng hòa');
    expect(originalOf('Uỷ ban', 'Ủy')).toBe('Uỷ');
  });

  it('drops markdown emphasis and keeps offsets: "Số: **297**/HD-UBND"', () => {
    const input = 'Số: **297**/HD-UBND';
    expect(normalizeText(input).text).toBe('Số: 297/HD-UBND');
    expect(originalOf(input, '297/HD-UBND')).toBe('297**/HD-UBND');
  });

  it('removes HTML tags, decodes entities and turns block tags into line breaks', () => {
    const input = '<p><b>Số:</b>&nbsp;12/KH-UBND</p><p>Hà&#32;Nội</p>';
    const norm = normalizeText(input);
    expect(norm.text.split('\n').filter((l) => l !== '')).toEqual(['Số: 12/KH-UBND', 'Hà Nội']);
    expect(originalOf(input, '12/KH-UBND')).toBe('12/KH-UBND');
  });

  it('turns table pipes into line breaks and joins one-syllable capitals wrapped out of a cell', () => {
    const norm = normalizeText('ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |');
    expect(norm.text.split('\n')).toEqual(['ỦY BAN NHÂN DÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '']);
  });

  it('collapses spaces, tabs and no-break spaces, trims lines, unifies CRLF and dashes', () => {
    const norm = normalizeText(' \tĐộc lập –  Tự do\u00a0— Hạnh phúc \r\n\r\n\r\n\r\nx');
    expect(norm.text).toBe('Độc lập - Tự do - Hạnh phúc\n\nx');
  });

  it('maps Icelandic Ð to Vietnamese Đ and strips zero-width characters', () => {
    expect(normalizeText('Ðảng\u200b ủy').text).toBe('Đảng ủy');
  });

  it('splits two syllables glued together by a lost space ("huyệnhướng dẫn")', () => {
    const input = 'Ban Thường trực Ủy ban MTTQ huyệnhướng dẫn triển khai hướng dẫnnày';
    const norm = normalizeText(input);
    expect(norm.text).toBe('Ban Thường trực Ủy ban MTTQ huyện hướng dẫn triển khai hướng dẫn này');
    expect(originalOf(input, 'huyện')).toBe('huyện');
    expect(originalOf(input, 'hướng dẫn triển')).toBe('hướng dẫn triển');
  });

  it('does not split real syllables, names or foreign words', () => {
    const input = 'người nguyễn quyết khuya Mondulkiri Campuchia Covid website';
    expect(normalizeText(input).text).toBe(input);
  });

  it('maps every normalised range inside the original bounds', () => {
    const input = '**A**\u0301 <i>b</i> &amp; c\r\n| d |';
    const norm = normalizeText(input);
    for (let i = 0; i < norm.text.length; i += 1) {
      const span = toOriginalSpan(norm, i, i + 1);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(input.length);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
    }
  });
});
