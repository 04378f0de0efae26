import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { wrapInDocument } from '../test-helpers.ts';
import type { Extraction } from '../types.ts';

const brief = (x: Extraction) => x.assignments.map((a) => [a.agency, a.role, a.partners, a.due]);
const at = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : '';

describe('assignment tables', () => {
  it('reads a Markdown table row by row, an empty support cell included', () => {
    const text = wrapInDocument(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        'Phân công nhiệm vụ cụ thể như sau:',
        '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
        '|---|---|---|---|---|',
        '| 1 | Rà soát, đăng ký nghĩa vụ quân sự | Ban Chỉ huy Quân sự các xã | Công an xã | Tháng 4/2017 |',
        '| 2 | Bố trí kinh phí | Sở Tài chính |  | Quý II/2017 |',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Ban Chỉ huy Quân sự các xã', 'lead', ['Công an xã'], '2017-04-30'],
      ['Sở Tài chính', 'lead', [], '2017-06-30'],
    ]);
    expect(x.assignments[1]?.task).toBe('Bố trí kinh phí');
    expect(at(text, x.assignments[1]?.span)).toBe('Bố trí kinh phí | Sở Tài chính');
    expect(x.deadlines.map((d) => [d.date, d.who, d.text])).toEqual([
      ['2017-04-30', 'Ban Chỉ huy Quân sự các xã', 'Rà soát, đăng ký nghĩa vụ quân sự: Tháng 4/2017'],
      ['2017-06-30', 'Sở Tài chính', 'Bố trí kinh phí: Quý II/2017'],
    ]);
  });

  it('reads the same table taken out of a .docx, one cell per line and no line between rows', () => {
    const text = wrapInDocument(
      [
        'STT',
        'Nội dung nhiệm vụ',
        'Đơn vị chủ trì',
        'Đơn vị phối hợp',
        'Thời hạn',
        '1',
        'Tổ chức hội thao dân quân tự vệ',
        'Ban Chỉ huy Quân sự huyện',
        'Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện',
        'Trước 30/6/2017',
        '2',
        'Tổng kết công tác quốc phòng',
        'Văn phòng UBND huyện',
        'Các xã, thị trấn',
        'Tháng 12',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      [
        'Ban Chỉ huy Quân sự huyện',
        'lead',
        ['Phòng Văn hóa và Thông tin', 'Trung tâm Y tế huyện'],
        '2017-06-30',
      ],
      ['Văn phòng UBND huyện', 'lead', ['Các xã, thị trấn'], '2016-12-31'],
    ]);
    expect(at(text, x.assignments[0]?.span)).toBe(
      'Tổ chức hội thao dân quân tự vệ\nBan Chỉ huy Quân sự huyện',
    );
  });

  it('reads a programme keyed by month, and a lead cell the vocabulary does not know', () => {
    const text = wrapInDocument(
      [
        '| Thời gian | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |',
        '|---|---|---|---|',
        '| Tháng 10 | Diễn tập phòng thủ dân sự | Ban Chỉ huy Quân sự tỉnh | Sở Y tế |',
        '| Tháng 11 | Tuyên truyền Ngày hội Quốc phòng toàn dân | Báo và Phát thanh, Truyền hình Lạng Sơn | Sở Văn hóa, Thể thao và Du lịch |',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Ban Chỉ huy Quân sự tỉnh', 'lead', ['Sở Y tế'], '2016-10-31'],
      ['Báo và Phát thanh, Truyền hình Lạng Sơn', 'lead', ['Sở Văn hóa, Thể thao và Du lịch'], '2016-11-30'],
    ]);
    expect(at(text, x.deadlines[1]?.span)).toMatch(
      /^Tháng 11 \| .* \| Báo và Phát thanh, Truyền hình Lạng Sơn \| Sở Văn hóa/u,
    );
  });
});
