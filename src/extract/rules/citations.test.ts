import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { expectOne, wrapInDocument } from '../test-helpers.ts';

const citations = (x: { citations: import('../types.ts').Citation[] }) => x.citations;

describe('citations', () => {
  it('reads kind, number, date, issuer and quoted title, with the span over the citation', () => {
    const text =
      'Quán triệt Nghị quyết số 28-NQ/TW, ngày 25/10/2013 của Ban Chấp hành Trung ương Đảng về “Chiến lược bảo vệ Tổ quốc trong tình hình mới”.';
    expectOne(text, citations, (c, spanText) => {
      expect(c).toMatchObject({
        kind: 'NQ',
        number: '28-NQ/TW',
        date: '2013-10-25',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: 'Chiến lược bảo vệ Tổ quốc trong tình hình mới',
        basis: false,
      });
      expect(
        spanText.startsWith('Nghị quyết số 28-NQ/TW, ngày 25/10/2013 của Ban Chấp hành Trung ương Đảng'),
      ).toBe(true);
    });
  });

  it.each([
    [
      'Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ',
      'NĐ',
      '21/2019/NĐ-CP',
      '2019-02-22',
      'Chính phủ',
    ],
    [
      'Kế hoạch số 288/KH-UBND ngày 23 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh',
      'KH',
      '288/KH-UBND',
      '2019-05-23',
      'Ủy ban nhân dân tỉnh',
    ],
    ['Văn bản số 42- KL/TU ngày 02/8/2016 của Tỉnh ủy', 'KL', '42-KL/TU', '2016-08-02', 'Tỉnh ủy'],
    [
      'Quy định số 07-QĐ/BTCTW ngày 16/4/2008 của Ban Tổ chức Trung ương',
      'QyĐ',
      '07-QĐ/BTCTW',
      '2008-04-16',
      'Ban Tổ chức Trung ương',
    ],
    [
      'Chương trình hành động số 10-CTr/TU, ngày 24/5/2010 của Tỉnh ủy',
      'CTr',
      '10-CTr/TU',
      '2010-05-24',
      'Tỉnh ủy',
    ],
    ['Thông tư liên tịch số 28/2013/TTLT-BLĐT BXH-BQP', 'TTLT', '28/2013/TTLT-BLĐTBXH-BQP', null, null],
    ['Thông tư số 202/2013/TT-BQP của Bộ Quốc phòng', 'TT', '202/2013/TT-BQP', null, 'Bộ Quốc phòng'],
    ['Luật số 78/2015/QH13 ngày 19-6-2015', 'L', '78/2015/QH13', '2015-06-19', null],
    [
      'Quyết định số 567/QĐ-BTL ngày 10/3/2021 của Bộ Tư lệnh Quân khu 2',
      'QĐ',
      '567/QĐ-BTL',
      '2021-03-10',
      'Bộ Tư lệnh Quân khu 2',
    ],
    [
      'Công văn số 1876/BCH-TM ngày 02/10/2023 của Bộ Chỉ huy Quân sự tỉnh',
      'CV',
      '1876/BCH-TM',
      '2023-10-02',
      'Bộ Chỉ huy Quân sự tỉnh',
    ],
    ['Quyết định 515 của Ban Chỉ đạo Trung ương', 'QĐ', '515', null, 'Ban Chỉ đạo Trung ương'],
    ['Tờ trình số 45/TTr-BCH ngày 28/6/2021', 'TTr', '45/TTr-BCH', '2021-06-28', null],
  ])('reads "%s"', (text, kind, number, date, issuer) => {
    expectOne(`Thực hiện tốt ${text}.`, citations, (c) =>
      expect(c).toMatchObject({ kind, number, date, issuer }),
    );
  });

  it('keeps two different documents sharing a number apart, and merges later mentions', () => {
    const text = [
      'Nghị quyết số 28-NQ/TW, ngày 25/10/2013 của Ban Chấp hành Trung ương (khóa XI) và Nghị quyết số 28-NQ/TW của Bộ Chính trị (khóa X).',
      'Tiếp tục thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương, Nghị quyết số 28-NQ/TW của Bộ Chính trị.',
    ].join('\n');
    const list = extractDocument(text).citations;
    expect(list.map((c) => [c.number, c.date, c.issuer])).toEqual([
      ['28-NQ/TW', '2013-10-25', 'Ban Chấp hành Trung ương'],
      ['28-NQ/TW', null, 'Bộ Chính trị'],
    ]);
  });

  it('fills a date printed only at a later mention', () => {
    const text =
      'Học tập Nghị quyết số 51-NQ/TW.\nQuán triệt Nghị quyết số 51-NQ/TW ngày 05/9/2019 của Bộ Chính trị.';
    expectOne(text, citations, (c) =>
      expect(c).toMatchObject({ number: '51-NQ/TW', date: '2019-09-05', issuer: 'Bộ Chính trị' }),
    );
  });

  it('merges a bare repeat ("Chỉ thị số 12") into the full number cited before', () => {
    const text =
      'Sơ kết Chỉ thị số 12-CT/TW ngày 5/01/2017 của Bộ Chính trị.\nBộ Chính trị ban hành Chỉ thị số 12 ngày 05/01/2017 về an ninh kinh tế.';
    expectOne(text, citations, (c) =>
      expect(c).toMatchObject({ kind: 'CT', number: '12-CT/TW', date: '2017-01-05' }),
    );
  });

  it('marks citations of the "Căn cứ / Thực hiện" opening as basis', () => {
    const text = wrapInDocument(
      'Căn cứ Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ;\nI. MỤC ĐÍCH\n1. Thực hiện tốt Nghị định số 03/2019/NĐ-CP.',
    );
    const list = extractDocument(text).citations;
    expect(list.map((c) => [c.number, c.basis])).toEqual([
      ['21/2019/NĐ-CP', true],
      ['03/2019/NĐ-CP', false],
    ]);
  });

  it('reads a number cited without a kind name from its code', () => {
    expectOne('Triển khai theo tinh thần 35-NQ/TW của Bộ Chính trị.', citations, (c) =>
      expect(c).toMatchObject({ kind: 'NQ', number: '35-NQ/TW' }),
    );
  });

  it('never cites the document itself', () => {
    const text = wrapInDocument('Kế hoạch số 100/KH-UBND được phổ biến đến các xã.');
    expect(extractDocument(text).citations).toEqual([]);
  });
});

describe('laws cited by title and number', () => {
  it('reads "Luật <title> số 48/2019/QH14" as a law citation with its date', () => {
    const text = wrapInDocument('Căn cứ Luật Dân quân tự vệ số 48/2019/QH14 ngày 22 tháng 11 năm 2019;');
    expectOne(text, citations, (c, spanText) => {
      expect([c.kind, c.number, c.date, c.basis]).toEqual(['L', '48/2019/QH14', '2019-11-22', true]);
      expect(spanText).toMatch(/^Luật Dân quân tự vệ số 48\/2019\/QH14/u);
    });
  });
  it("does not lend a law's name to a later administrative number", () => {
    const text = wrapInDocument(
      'Thực hiện Luật Nghĩa vụ quân sự và Kế hoạch số 12/KH-BCH ngày 02/10/2023 của Bộ CHQS tỉnh.',
    );
    expectOne(text, citations, (c) => expect([c.kind, c.number]).toEqual(['KH', '12/KH-BCH']));
  });
});
