import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { expectOne, wrapInDocument } from '../test-helpers.ts';
import type { Extraction } from '../types.ts';

const deadlines = (x: Extraction) => x.deadlines;

describe('deadlines', () => {
  it.each([
    ['gửi báo cáo về UBND tỉnh (qua Bộ CHQS tỉnh) trước ngày 15/9/2019', '2019-09-15'],
    ['Cấp tỉnh tổ chức sơ kết xong trước 30/9/2019', '2019-09-30'],
    ['tổng hợp báo cáo chậm nhất ngày 25/10/2023', '2023-10-25'],
    ['tổ chức khám sức khỏe từ ngày 01/11/2023 đến ngày 15/11/2023', '2023-11-15'],
    ['tổ chức huấn luyện từ 1-3-1991 đến ngày 31-3-1991', '1991-03-31'],
    ['xác minh lý lịch công dân; hoàn thành trong tháng 11/2023', '2023-11-30'],
    ['hoàn thành diễn tập khu vực phòng thủ trong quý III/2023', '2023-09-30'],
    ['hoàn thành việc rà soát hết năm 2010', '2010-12-31'],
    ['báo cáo kết quả về Ban Chỉ đạo trước ngày 15 tháng 12 năm 2023', '2023-12-15'],
  ])('reads "%s"', (sentence, date) => {
    expectOne(wrapInDocument(`- Các đơn vị ${sentence}.`), deadlines, (d, spanText) => {
      expect(d.date).toBe(date);
      expect(spanText).toContain(sentence);
    });
  });

  it('completes a date without a year from the document date', () => {
    expectOne(wrapInDocument('- Các xã gửi báo cáo trước ngày 15/10.'), deadlines, (d) =>
      expect(d.date).toBe('2016-10-15'),
    );
  });

  it('uses the reference date when the document has no date', () => {
    expectOne(
      'Số: 12/UBND-VX\n\n- Các xã gửi báo cáo trước ngày 15/10.',
      deadlines,
      (d) => expect(d.date).toBe('2024-10-15'),
      {
        referenceDate: '2024-03-01',
      },
    );
  });

  it('names who must meet the deadline', () => {
    const x = extractDocument(
      wrapInDocument('- Cấp huyện xây dựng kế hoạch, xác định thời gian sơ kết xong trước 15/9/2019.'),
    );
    expect(x.deadlines[0]?.who).toBe('Cấp huyện');
  });
});

describe('deadlines given as a label', () => {
  it.each([
    ['- Thời gian hoàn thành: 30/6/2024.', '2024-06-30'],
    ['- Thời hạn hoàn thành: Quý III/2024.', '2024-09-30'],
    ['- Thời hạn: tháng 11/2024.', '2024-11-30'],
  ])('reads "%s"', (line, date) => {
    expectOne(wrapInDocument(line), deadlines, (d) => expect(d.date).toBe(date));
  });
});

describe('yearless deadlines', () => {
  const late = (body: string) =>
    wrapInDocument(body).replace('ngày 17 tháng 9 năm 2016', 'ngày 28 tháng 11 năm 2025');
  it('puts "15/01" set in late November into the next year', () => {
    expectOne(late('- Bộ CHQS tỉnh tổng hợp, báo cáo trước ngày 15/01.'), deadlines, (d, spanText) => {
      expect(d.date).toBe('2026-01-15');
      expect(spanText).toContain('trước ngày 15/01');
    });
  });
  it('keeps a date a few weeks after the signature in the same year', () => {
    expectOne(late('- Các xã hoàn thành trước ngày 10/12.'), deadlines, (d) =>
      expect(d.date).toBe('2025-12-10'),
    );
  });
});
