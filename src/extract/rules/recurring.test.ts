import { describe, expect, it } from 'vitest';
import { expectNone, expectOne, wrapInDocument } from '../test-helpers.ts';
import type { Extraction } from '../types.ts';

const recurring = (x: Extraction) => x.recurring;

describe('recurring obligations', () => {
  it.each([
    ['Định kỳ hàng năm báo cáo kết quả thực hiện về Ủy ban MTTQ huyện', 'year'],
    ['Hằng quý báo cáo tình hình về Bộ Chỉ huy Quân sự tỉnh', 'quarter'],
    ['định kỳ 6 tháng báo cáo Thường vụ Đảng ủy', 'half-year'],
    ['Hàng tháng tổng hợp số liệu gửi Văn phòng', 'month'],
    ['Định kỳ báo cáo kết quả về Ban Chỉ đạo', null],
  ])('reads "%s"', (sentence, every) => {
    expectOne(wrapInDocument(`- ${sentence}.`), recurring, (r, spanText) => {
      expect(r.every).toBe(every);
      expect(spanText).toBe(sentence);
    });
  });
});

describe('not recurring obligations', () => {
  it('a monthly allowance rate', () => {
    expectNone(
      wrapInDocument('1. Mức hỗ trợ hằng tháng đối với Tổ trưởng là 1.500.000 đồng/người/tháng.'),
      recurring,
    );
  });
});
