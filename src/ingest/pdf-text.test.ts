import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pageText } from './pdf-text.ts';

/** A text item at (x, y) in a 13 pt font (10 pt for y = 725.9, the heading sample). */
function item(
  str: string,
  x: number,
  y: number,
  width: number,
  fontName = 'main',
  hasEOL = false,
): PdfTextItem {
  const size = y === 725.9 ? 10 : 13;
  return { str, transform: [size, 0, 0, size, x, y], width, fontName, hasEOL };
}

describe('pageText', () => {
  it('joins items of a line without adding spaces, and lines with line breaks', () => {
    const items = [
      item('Huấn luy', 72, 700, 50),
      item('ện dân quân', 122, 700, 70, 'main', true),
      item('Số: 12/KH-UBND', 72, 685, 90),
    ];
    expect(pageText(items)).toBe('Huấn luyện dân quân\nSố: 12/KH-UBND');
  });

  it('adds a space where the pen moved over a gap, and a line break between columns of one baseline', () => {
    const items = [
      item('Số:', 72, 700, 20),
      item('12/KH-UBND', 98, 700, 70),
      item('Hà Nội, ngày 5 tháng 3 năm 2024', 320, 700, 190),
    ];
    expect(pageText(items)).toBe('Số: 12/KH-UBND\nHà Nội, ngày 5 tháng 3 năm 2024');
  });

  it('puts glyphs drawn by a fallback font back in place of their placeholders (LibreOffice)', () => {
    // "việc giao chỉ tiêu diễn tập năm 2021;" as LibreOffice draws it with Liberation Serif + DejaVu
    const items = [
      item('vi c giao ch tiêu di', 72.1, 498.8, 104.8),
      item(' ', 176.9, 498.8, 8),
      item('n t p năm 2021;', 184.9, 498.8, 86),
      item('ệ', 82.2, 498.8, 7.7, 'fallback'),
      item(' ', 89.9, 498.8, 46.9, 'fallback'),
      item('ỉ', 136.8, 498.8, 4.1, 'fallback'),
      item(' ', 140.9, 498.8, 36, 'fallback'),
      item('ễ', 177, 498.8, 8, 'fallback'),
      item(' ', 185, 498.8, 13.4, 'fallback'),
      item('ậ', 198.4, 498.8, 7.7, 'fallback'),
    ];
    expect(pageText(items)).toBe('việc giao chỉ tiêu diễn tập năm 2021;');
  });

  it('restores a word break swallowed by a placeholder on either side ("KẾ HOẠCH", "TỊCH ỦY")', () => {
    const keHoach = [
      item('K', 72.1, 725.9, 7.2),
      item(' ', 79.3, 725.9, 9.8),
      item('HO', 89.1, 725.9, 14.4),
      item(' ', 103.5, 725.9, 7.3),
      item('CH', 110.8, 725.9, 13.8),
      item('Ế', 79.3, 725.9, 7.3, 'fallback'),
      item(' ', 86.6, 725.9, 17, 'fallback'),
      item('Ạ', 103.6, 725.9, 7.2, 'fallback'),
    ];
    expect(pageText(keHoach)).toBe('KẾ HOẠCH');
    const chuTich = [
      item('CH', 72.1, 585.1, 18.1),
      item(' ', 90.2, 585.1, 14.2),
      item('T CH', 104.4, 585.1, 31.1),
      item(' ', 135.4, 585.1, 14.2),
      item('Y BAN', 149.6, 585.1, 40),
      item('Ủ', 90.1, 585.1, 10.9, 'fallback'),
      item(' ', 101, 585.1, 11.2, 'fallback'),
      item('Ị', 112.3, 585.1, 5.1, 'fallback'),
      item(' ', 117.4, 585.1, 21.3, 'fallback'),
      item('Ủ', 138.7, 585.1, 10.9, 'fallback'),
    ];
    expect(pageText(chuTich)).toBe('CHỦ TỊCH ỦY BAN');
  });

  it('keeps a fallback glyph drawn in line (not over a placeholder) where it is', () => {
    const items = [
      item('Căn c', 72.1, 509, 29.9),
      item('ứ', 102, 509, 8.4, 'fallback'),
      item(' ', 110.4, 509, 3.3, 'fallback'),
      item('Kế hoạch', 113.7, 509, 45),
    ];
    expect(pageText(items)).toBe('Căn cứ Kế hoạch');
  });

  it('reads a page without items as empty', () => {
    expect(pageText([])).toBe('');
  });
});
