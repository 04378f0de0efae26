import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, sanitizeHtml } from './sanitize-html.ts';

describe('report narrative HTML', () => {
  it('keeps formatting and drops every attribute, script and unknown tag', () => {
    expect(sanitizeHtml('<p class="x" onclick="alert(1)">Kết quả <strong>tốt</strong></p>')).toBe(
      '<p>Kết quả <strong>tốt</strong></p>',
    );
    expect(sanitizeHtml('<img src=x onerror=alert(1)>Ảnh')).toBe('Ảnh');
    expect(sanitizeHtml('<script>alert(1)</script><p>An toàn</p>')).toBe('<p>An toàn</p>');
    expect(sanitizeHtml('<a href="javascript:alert(1)">bấm</a>')).toBe('bấm');
    expect(sanitizeHtml('<SCRIPT>x</SCRIPT>ok<svg><script>y</script></svg>')).toBe('ok');
    expect(sanitizeHtml('1 < 2 & 3 > 2')).toBe('1 &lt; 2 & 3 &gt; 2');
    expect(sanitizeHtml('<p>a<!-- <script>alert(1)</script> -->b</p>')).toBe('<p>ab</p>');
    expect(sanitizeHtml('<ul><li>Một</li><li>Hai</li></ul>')).toBe('<ul><li>Một</li><li>Hai</li></ul>');
  });

  it('turns narrative HTML into paragraphs for Word', () => {
    expect(
      htmlToParagraphs('<h3>1. Kết quả</h3><p>Đạt &amp; vượt<br>chỉ tiêu</p><ul><li>528 lớp</li></ul>'),
    ).toEqual([
      { text: '1. Kết quả', isHeading: true },
      { text: 'Đạt & vượt\nchỉ tiêu', isHeading: false },
      { text: '528 lớp', isHeading: false },
    ]);
  });
});
