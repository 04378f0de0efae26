/** Text that must NOT produce a value: every false positive found becomes a case here. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import { expectNone, wrapInDocument } from './test-helpers.ts';
import type { Extraction } from './types.ts';

const quantities = (x: Extraction) => [...x.targets, ...x.results];

describe('not targets or results', () => {
  it.each([
    ['ages', 'Rà soát công dân trong độ tuổi từ 18 đến 25 tuổi.'],
    ['durations', 'Tổ chức hội nghị trong ½ ngày; huấn luyện trong 3 ngày; thời gian huấn luyện 15 ngày.'],
    [
      'anniversaries',
      'Tổ chức kỷ niệm 30 năm Ngày hội Quốc phòng toàn dân và 68 năm ngày chiến thắng Điện Biên Phủ.',
    ],
    ['per-unit rates', 'Mức hỗ trợ cho lực lượng tham gia là 150.000 đồng/người/ngày.'],
    ['per-item values', 'Thăm gia đình chính sách, mỗi suất quà trị giá 1.000.000 đồng.'],
    ['caps', 'Mỗi đoàn tối đa 5 người, không quá 20 phương tiện.'],
    [
      'identifiers',
      'Bệnh viện Quân y 109 tổ chức khám; thực hiện Nghị quyết Trung ương 8 (khóa XI) và Quân khu 2.',
    ],
    ['ordinals and categories', 'Bồi dưỡng đối tượng 01 do Bộ Quốc phòng mở.'],
    ['years and terms', 'Giai đoạn 2016 - 2020 và nhiệm kỳ 2020-2025, năm 2022.'],
    ['dates', 'Kỷ niệm Ngày thành lập Quân đội (22/12/1944 - 22/12/2024), ngày 15/9/2019.'],
    ['attendance', 'Tham dự hội nghị có hơn 500 đại biểu.'],
    ['document numbers', 'Thực hiện Chỉ thị số 12 ngày 05/01/2017 và Nghị định số 21/2019/NĐ-CP.'],
    ['grades of a school', 'Học sinh lớp 11 học tập trung tại Trung tâm Giáo dục quốc phòng và an ninh.'],
    ['figures named as missed', 'Quân số huấn luyện chưa đạt 100%; kinh phí không đủ 50 triệu đồng.'],
    [
      'a description of levels',
      'Tổ chức sơ kết theo hình thức hội nghị ở 3 cấp (cấp xã, cấp huyện, cấp tỉnh).',
    ],
  ])('%s', (_label, sentence) => {
    expectNone(wrapInDocument(`- ${sentence}`), quantities);
  });
});

describe('not results in a news article', () => {
  it.each([
    ['places', 'Đoàn công tác đã làm việc tại 5 tỉnh miền núi phía Bắc.'],
    ['contents', 'Kế hoạch gồm 3 nội dung chính.'],
    ['attendance', 'Tham dự buổi lễ có hơn 300 đại biểu.'],
  ])('%s', (_label, sentence) => {
    expectNone(`Bài viết về quốc phòng\n${sentence}`, quantities);
  });
});

describe('not deadlines', () => {
  it.each([
    ['a date of effect', 'Quyết định này có hiệu lực kể từ ngày 01/01/2024.'],
    ['a start date', 'Các đơn vị bắt đầu huấn luyện từ ngày 5/3/2024.'],
    [
      'an anniversary window',
      'Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).',
    ],
    ['a planned meeting day', 'Tổ chức gặp mặt: dự kiến ngày 20/12/2024 tại Hội trường UBND tỉnh.'],
    ['a citation date', 'Thực hiện Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ.'],
    ['a data cut-off', 'Số liệu tính đến ngày 30/6/2024.'],
  ])('%s', (_label, sentence) => {
    expectNone(wrapInDocument(`- ${sentence}`), (x) => x.deadlines);
  });
});

describe('not citations', () => {
  it.each([
    ['a law without a number', 'Thực hiện Luật Quốc phòng và Luật Dân quân tự vệ.'],
    ['a plenum resolution', 'Quán triệt Nghị quyết Trung ương 8 (khóa XI), Nghị quyết TW8.'],
    ['a congress resolution', 'Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.'],
    ['a plan named by its year', 'Triển khai Kế hoạch năm 2022 và Kế hoạch 2022 của tỉnh.'],
    ['a bare date', 'Ngày 22/12/1989 là Ngày hội Quốc phòng toàn dân.'],
  ])('%s', (_label, sentence) => {
    expectNone(wrapInDocument(`- ${sentence}`), (x) => x.citations);
  });
});

describe('not assignments', () => {
  it.each([
    ['past actions', 'Năm 2021, Bộ CHQS tỉnh đã phối hợp với các sở, ban, ngành tổ chức khám bệnh.'],
    ['future documents', '(Ủy ban nhân dân tỉnh sẽ có văn bản riêng)'],
    ['an object of "của"', 'Thực hiện tốt kế hoạch của Sở Tài chính, đồng thời tăng cường kiểm tra.'],
    [
      'bodies as objects of a verb',
      'Từ đó, cổ vũ, động viên các cấp, các ngành, các địa phương, các lực lượng tiếp tục phát huy tinh thần trách nhiệm.',
    ],
    ['a section heading in capitals', 'III. TỔ CHỨC THỰC HIỆN'],
    ['a label', 'Chủ trì hội nghị: Chủ tịch Ủy ban nhân dân từng cấp.'],
    [
      'past work of a council named by its purpose',
      'Giai đoạn 2021 - 2025, Hội đồng giáo dục quốc phòng và an ninh các cấp đã tổ chức 186 lớp bồi dưỡng.',
    ],
    [
      'village heads as the object of "cho"',
      'Nâng cao nhận thức cho trưởng thôn, ấp và chi hội trưởng các đoàn thể.',
    ],
    ['"trưởng" inside "tăng trưởng"', '- Tăng trưởng các ngành kinh tế đạt khá, thu ngân sách vượt dự toán.'],
  ])('%s', (_label, sentence) => {
    expectNone(wrapInDocument(sentence), (x) => x.assignments);
  });

  it('the issuer announcing the document in its opening is not a task', () => {
    const text = wrapInDocument(
      'Thực hiện Văn bản số 42-KL/TU ngày 02/8/2016 của Tỉnh ủy, UBND tỉnh xây dựng kế hoạch triển khai thực hiện như sau:',
    );
    expect(extractDocument(text).assignments).toEqual([]);
  });
});

describe('a news article', () => {
  const article = [
    'Thứ Hai, 15/01/2024 08:30',
    'Huyện Mường Tè tổ chức diễn tập khu vực phòng thủ',
    'Ngày 14/01, huyện Mường Tè tổ chức diễn tập. Ủy ban nhân dân huyện chỉ đạo các xã hoàn thành trước ngày 30/01/2024.',
    'Hằng năm, huyện tổ chức diễn tập cho 20% số xã.',
    'GIÀNG PÁO MỶ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lai Châu',
  ].join('\n');

  it('has no header fields, signer, assignments, deadlines or recurring duties', () => {
    const x = extractDocument(article);
    expect([x.number, x.kind, x.kindName, x.place, x.date, x.subject, x.issuer, x.signer]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(x.assignments).toEqual([]);
    expect(x.deadlines).toEqual([]);
    expect(x.recurring).toEqual([]);
  });
});

describe('not assignments from tables', () => {
  it('a table of results has no lead column', () => {
    const body = [
      '| TT | Đơn vị | Số lớp | Số lượt người |',
      '|---|---|---|---|',
      '| 1 | Bộ Chỉ huy Quân sự tỉnh | 24 | 1.245 |',
      '| 2 | Công an tỉnh | 12 | 600 |',
    ].join('\n');
    expectNone(wrapInDocument(body, 'BÁO CÁO'), (x) => x.assignments);
  });
  it('label and value lines are no table header', () => {
    const body = [
      '2. Diễn tập khu vực phòng thủ',
      'Nội dung: Diễn tập chuyển trạng thái',
      'Cơ quan chủ trì: Bộ Chỉ huy Quân sự tỉnh',
      'Cơ quan phối hợp: Công an tỉnh',
      'Thời gian: Quý III/2017',
      '1',
      'Kết quả',
      'Sở Y tế',
    ].join('\n');
    const x = extractDocument(wrapInDocument(body));
    expect(x.assignments.map((a) => a.agency)).not.toContain('Sở Y tế');
  });
  it('an unnumbered table row whose lead cell names no body', () => {
    const body = [
      'Nội dung',
      'Chủ trì',
      'Phối hợp',
      'Ghi chú',
      'Tổng số lớp',
      'Hai lớp',
      'Mỗi lớp 60 người',
      'Không',
    ].join('\n');
    expectNone(wrapInDocument(body), (x) => x.assignments);
  });
});

describe('not a body: verbs and officials that look alike', () => {
  it('"chỉ huy các lực lượng" after a body is its task, not a commander', () => {
    const x = extractDocument(
      wrapInDocument('2. Ban Chỉ huy Quân sự xã chỉ huy các lực lượng tham gia ứng cứu.'),
    );
    expect(x.assignments.map((a) => [a.agency, a.task])).toEqual([
      ['Ban Chỉ huy Quân sự xã', 'chỉ huy các lực lượng tham gia ứng cứu'],
    ]);
  });
  it('a council that met in the past', () => {
    expectNone(
      wrapInDocument('Năm 2016, Hội đồng nghĩa vụ quân sự huyện đã họp 4 phiên.'),
      (x) => x.assignments,
    );
  });
});

describe('not assignments: enacting formulas', () => {
  it.each([
    'Bộ trưởng Bộ Quốc phòng ban hành Thông tư quy định việc bồi dưỡng cán bộ.',
    'Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh thống nhất ban hành Quy chế phối hợp như sau:',
  ])('"%s"', (line) => {
    const body = ['Căn cứ Luật Quốc phòng số 22/2018/QH14;', line, 'Điều 1. Phạm vi điều chỉnh'].join('\n');
    expectNone(wrapInDocument(body, 'THÔNG TƯ'), (x) => x.assignments);
  });
});

describe('not assignments: closing formulas', () => {
  it.each([
    'Nhận được Hướng dẫn này, các cơ quan, đơn vị triển khai thực hiện nghiêm túc./.',
    'Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
  ])('"%s"', (body) => {
    expectNone(wrapInDocument(body), (x: Extraction) => x.assignments);
  });
});
