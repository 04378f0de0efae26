import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { expectOne, wrapInDocument } from '../test-helpers.ts';
import type { Extraction } from '../types.ts';

const targets = (x: Extraction) => x.targets;
const results = (x: Extraction) => x.results;

describe('targets', () => {
  it.each([
    ['phấn đấu có từ 95 - 100% các đối tượng được qua bồi dưỡng', 95, 100, '%', '95 - 100%'],
    ['diễn tập chiến đấu phòng thủ xã, phường, thị trấn hằng năm đạt 20-25%', 20, 25, '%', '20-25%'],
    ['phát triển đảng trong lực lượng dân quân tự vệ đạt trên 20%', 20, null, '%', '20%'],
    ['nâng tỷ lệ xếp đúng chuyên nghiệp quân sự đạt 85% trở lên', 85, null, '%', '85%'],
    ['tuyển quân hoàn thành 100% chỉ tiêu được giao', 100, 100, '%', '100%'],
    ['bồi dưỡng kiến thức quốc phòng, an ninh cho 100% cán bộ, công chức', 100, 100, '%', '100%'],
    [
      'Các cơ quan, đơn vị và địa phương xác định từ 3-4 bài học kinh nghiệm',
      3,
      4,
      'bài học kinh nghiệm',
      '3-4 bài học kinh nghiệm',
    ],
    ['Kinh phí bảo đảm cho diễn tập là 2,5 tỷ đồng', 2.5e9, 2.5e9, 'đồng', '2,5 tỷ đồng'],
    ['Chỉ tiêu giao quân năm 2024 của huyện là 120 công dân', 120, 120, 'công dân', '120 công dân'],
  ])('reads "%s"', (sentence, min, max, unit, printed) => {
    expectOne(wrapInDocument(`1. ${sentence}.`), targets, (t, spanText) => {
      expect(t).toMatchObject({ min, max, unit });
      expect(spanText).toBe(printed);
    });
  });
});

describe('results', () => {
  const article = (body: string) => `Bài viết về quốc phòng\n${body}`;

  it.each([
    ['Trong 10 năm (2009 – 2019) đã tổ chức 528 lớp bồi dưỡng', 528, 'lớp', '2009-2019'],
    ['đã tổ chức bồi dưỡng cho 32.266 lượt người tham gia', 32266, 'lượt người', null],
    ['rà soát cử 10 đồng chí cán bộ chủ chốt tham gia', 10, 'đồng chí', null],
    ['cấp thuốc miễn phí với số tiền 1,5 tỷ đồng', 1.5e9, 'đồng', null],
    ['Xây mới 38 căn nhà, bảo đảm chất lượng', 38, 'căn nhà', null],
    ['quân số tham gia huấn luyện hằng năm đạt từ 94% trở lên', 94, '%', null],
  ])('reads "%s" in an article', (sentence, value, unit, period) => {
    expectOne(article(`${sentence}.`), results, (r) => expect(r).toMatchObject({ value, unit, period }));
  });

  it('reads past quantities of a directive document as results', () => {
    const x = extractDocument(
      wrapInDocument('I. KẾT QUẢ NĂM 2015\nNăm 2015, tỉnh đã tổ chức 15 cuộc diễn tập, đạt 98,5% kế hoạch.'),
    );
    expect(x.results.map((r) => [r.value, r.unit])).toEqual([
      [15, 'cuộc diễn tập'],
      [98.5, '%'],
    ]);
    expect(x.targets).toEqual([]);
  });

  it('reads plans of a report as targets', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'Số: 45/BC-UBND',
      'Tân Lập, ngày 10 tháng 12 năm 2023',
      'BÁO CÁO',
      'Kết quả năm 2023',
      '',
      'I. KẾT QUẢ',
      'Xã đã huấn luyện cho 85 dân quân.',
      'II. PHƯƠNG HƯỚNG NĂM 2024',
      'Kết nạp ít nhất 3 đảng viên trong lực lượng dân quân.',
    ].join('\n');
    const x = extractDocument(text);
    expect(x.results.map((r) => r.value)).toEqual([85]);
    expect(x.targets.map((t) => [t.min, t.max, t.unit])).toEqual([[3, null, 'đảng viên']]);
  });
});

describe('floors and inspection figures', () => {
  it('reads "không thấp hơn 1,5%" as a floor to reach', () => {
    const text = wrapInDocument(
      '- Bố trí ngân sách cho nhiệm vụ quốc phòng hằng năm không thấp hơn 1,5% tổng chi.',
    );
    expectOne(text, targets, (t, spanText) => {
      expect([t.min, t.max, t.unit]).toEqual([1.5, null, '%']);
      expect(spanText).toBe('1,5%');
    });
  });
  it('reads what an inspection found as results, not as goals', () => {
    const text = wrapInDocument('1. Qua kiểm tra 24 đơn vị, phát hiện và khắc phục 35 sai sót.', 'THÔNG BÁO');
    const x = extractDocument(text);
    expect(x.targets).toEqual([]);
    expect(x.results.map((r) => [r.value, r.unit])).toEqual([
      [24, 'đơn vị'],
      [35, 'sai sót'],
    ]);
  });
  it('reads the announced size of a plan as a target', () => {
    expectOne(wrapInDocument('1. Số lượng: 2 lớp, mỗi lớp 60 học viên.'), targets, (t, spanText) => {
      expect([t.min, t.max, t.unit]).toEqual([2, 2, 'lớp']);
      expect(spanText).toBe('2 lớp');
    });
  });
});

describe('figures inside a parenthesis', () => {
  it('reads every quota of a parenthesis split by ";" as a target of the clause that opened it', () => {
    const text = wrapInDocument(
      'Điều 1. Giao chỉ tiêu gọi 1.260 công dân nhập ngũ cho các xã (nghĩa vụ quân sự 1.150 công dân; nghĩa vụ tham gia Công an nhân dân 110 công dân), cụ thể như sau:',
      'QUYẾT ĐỊNH',
    );
    const x = extractDocument(text);
    expect(x.targets.map((t) => [t.min, t.max, t.unit])).toEqual([
      [1260, 1260, 'công dân'],
      [1150, 1150, 'công dân'],
      [110, 110, 'công dân'],
    ]);
    const last = x.targets[2];
    expect(text.slice(last?.span.start ?? 0, last?.span.end ?? 0)).toBe('110 công dân');
    expect(x.results).toEqual([]);
  });
});

describe('goals worded with "hoàn thành công tác", grades and forces held ready', () => {
  it.each([
    ['1. Lãnh đạo hoàn thành công tác tuyển quân bảo đảm 100% chỉ tiêu.', 100, 100, '%', '100%'],
    ['2. Huấn luyện an toàn, đạt 85% khá, giỏi trở lên.', 85, null, '%', '85%'],
    ['3. Sẵn sàng 1.500 cán bộ, chiến sĩ ứng cứu.', 1500, 1500, 'cán bộ', '1.500 cán bộ'],
  ])('reads "%s"', (sentence, min, max, unit, printed) => {
    expectOne(wrapInDocument(sentence), targets, (t, spanText) => {
      expect([t.min, t.max, t.unit]).toEqual([min, max, unit]);
      expect(spanText).toBe(printed);
    });
    expect(extractDocument(wrapInDocument(sentence)).results).toEqual([]);
  });
});

describe('table columns, missed figures and goal sections', () => {
  const table = (kind: string, section: string) =>
    wrapInDocument(
      [
        section,
        '| TT | Nội dung | Kế hoạch | Thực hiện |',
        '|---|---|---|---|',
        '| 1 | Huấn luyện dân quân cơ động | 35 đồng chí | 33 đồng chí |',
      ].join('\n'),
      kind,
    );

  it('reads a report\'s "Thực hiện" column as results and leaves its "Kế hoạch" column out', () => {
    const x = extractDocument(table('BÁO CÁO', 'I. KẾT QUẢ THỰC HIỆN'));
    expect(x.results.map((r) => `${r.value} ${r.unit}`)).toEqual(['33 đồng chí']);
    expect(x.targets).toEqual([]);
  });

  it('reads a plan\'s "Kế hoạch" column as targets and its "Thực hiện" column as results', () => {
    const x = extractDocument(table('KẾ HOẠCH', 'II. NỘI DUNG'));
    expect(x.targets.map((r) => `${r.min} ${r.unit}`)).toEqual(['35 đồng chí']);
    expect(x.results.map((r) => `${r.value} ${r.unit}`)).toEqual(['33 đồng chí']);
  });

  it('reads a quota per school in a table under a "Chỉ tiêu" section, not the grade number', () => {
    const text = wrapInDocument(
      [
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Bảo đảm học sinh được học đủ chương trình.',
        'II. CHỈ TIÊU',
        '1. Học sinh lớp 11 học tập trung tại Trung tâm, cụ thể:',
        '| TT | Trường | Số học sinh |',
        '|---|---|---|',
        '| 1 | Trường THPT Trà Bồng | 380 học sinh |',
        '| 2 | Trường THPT Sơn Hà | 425 học sinh |',
      ].join('\n'),
    );
    expect(extractDocument(text).targets.map((t) => `${t.min} ${t.unit}`)).toEqual([
      '380 học sinh',
      '425 học sinh',
    ]);
  });

  it('reads "xây dựng mới 3 công trình" as a goal', () => {
    expectOne(wrapInDocument('- Xây dựng mới 3 công trình chiến đấu.'), targets, (t) =>
      expect([t.min, t.unit]).toEqual([3, 'công trình']),
    );
  });

  it('reads neither a target nor a result in a figure named as missed', () => {
    const text = wrapInDocument(
      'II. HẠN CHẾ\nMột số dân quân đi làm ăn xa nên quân số huấn luyện chưa đạt 100%.',
      'BÁO CÁO',
    );
    const x = extractDocument(text);
    expect([x.targets, x.results]).toEqual([[], []]);
  });

  it('takes the mood of a section from its title, not from a duty line above a paragraph', () => {
    const text = wrapInDocument(
      [
        'Điều 2. Ban Chỉ đạo có nhiệm vụ:',
        'a) Tổng hợp kết quả, báo cáo cấp trên trước ngày 30/6/2026.',
        'Kinh phí tổ chức diễn tập là 120 triệu đồng từ ngân sách xã.',
      ].join('\n'),
      'QUYẾT ĐỊNH',
    );
    const x = extractDocument(text);
    expect(x.targets.map((t) => t.min)).toEqual([120_000_000]);
    expect(x.results).toEqual([]);
  });
});
