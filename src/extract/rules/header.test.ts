import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { textAt } from '../test-helpers.ts';

function header(text: string) {
  const x = extractDocument(text);
  return {
    x,
    at: (key: keyof typeof x.spans) => textAt(text, x.spans[key] as { start: number; end: number }),
  };
}

describe('document number', () => {
  it.each([
    ['Số: 26/HD-MTTQ-BTT', '26/HD-MTTQ-BTT', '26/HD-MTTQ-BTT'],
    ['Số 03 - CT/TU', '03-CT/TU', '03 - CT/TU'],
    ['Số: **297**/HD-UBND', '297/HD-UBND', '297**/HD-UBND'],
    ['Số: 21/2019/NĐ-CP', '21/2019/NĐ-CP', '21/2019/NĐ-CP'],
    ['Số: 1234/QĐ-UBND', '1234/QĐ-UBND', '1234/QĐ-UBND'],
  ])('reads "%s"', (line, value, printed) => {
    const { x, at } = header(`${line}\nHà Nội, ngày 05 tháng 3 năm 2024\n`);
    expect(x.number).toBe(value);
    expect(at('number')).toBe(printed);
  });

  it('ignores a template number without digits', () => {
    expect(header('Số:/BC-.....\nĐịa danh, ngày tháng năm 2019').x.number).toBeNull();
  });
});

describe('kind', () => {
  it('takes the kind from the heading, which wins over the number', () => {
    const { x, at } = header(
      'Số: 157/HD-MTTQ-BTT\nĐăk Nông, ngày 12 tháng 01 năm 2022\nKẾ HOẠCH\nThực hiện Nghị quyết',
    );
    expect(x.kind).toBe('KH');
    expect(x.kindName).toBe('Kế hoạch');
    expect(at('kind')).toBe('KẾ HOẠCH');
  });

  it('falls back to the code in the number when the heading is missing', () => {
    const x = header(
      'ỦY BAN NHÂN DÂN\nSố: 100/KH-UBND\nLạng Sơn, ngày 17 tháng 9 năm 2016\nThực hiện Văn bản số 42-KL/TU',
    ).x;
    expect(x.kind).toBe('KH');
    expect(x.kindName).toBeNull();
  });

  it('reads a công văn (number without a kind code, "V/v" summary) as CV', () => {
    const x = header(
      'UBND TỈNH BẮC NINH\nSố: 454/UBND-NCTH\nV/v tổ chức diễn tập\nkhu vực phòng thủ\nBắc Ninh, ngày 3 tháng 4 năm 2023',
    ).x;
    expect(x.kind).toBe('CV');
    expect(x.subject).toBe('tổ chức diễn tập khu vực phòng thủ');
  });

  it.each([
    ['QUYẾT ĐỊNH', 'QĐ'],
    ['CHỈ THỊ', 'CT'],
    ['QUY ĐỊNH', 'QyĐ'],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CTr'],
    ['TỜ TRÌNH', 'TTr'],
    ['BÁO CÁO', 'BC'],
    ['THÔNG BÁO', 'TB'],
    ['NGHỊ QUYẾT', 'NQ'],
    ['KẾT LUẬN', 'KL'],
    ['ĐỀ ÁN', 'ĐA'],
    ['PHƯƠNG ÁN', 'PA'],
    ['CÔNG ĐIỆN', 'CĐ'],
  ])('knows the heading %s', (heading, code) => {
    expect(header(`Số: 5/ABC\nHà Nội, ngày 1 tháng 2 năm 2024\n${heading}\nVề việc thử nghiệm`).x.kind).toBe(
      code,
    );
  });
});

describe('place and date', () => {
  it('reads "Địa danh, ngày ... tháng ... năm ..." with spans', () => {
    const { x, at } = header('Số: 297/HD-UBND\n\nBắc Kạn, ngày **27** tháng 5 năm 2019\n');
    expect(x.place).toBe('Bắc Kạn');
    expect(x.date).toBe('2019-05-27');
    expect(at('place')).toBe('Bắc Kạn');
    expect(at('date')).toBe('ngày **27** tháng 5 năm 2019');
  });

  it('does not take a news item publication time as the date line', () => {
    const x = header('Thứ Hai, 15/01/2024 08:30\nNgày 14/01, huyện tổ chức diễn tập.').x;
    expect(x.date).toBeNull();
    expect(x.place).toBeNull();
  });
});

describe('subject and issuer', () => {
  const party = [
    '**ĐẢNG BỘ TỈNH BẮC NINH',
    'THÀNH ỦY TỪ SƠN**',
    '',
    'Số 03 - CT/TU',
    '',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '',
    'Từ Sơn, ngày 04 tháng 01 năm 2022',
    '',
    'CHỈ THỊ',
    'CỦA BAN THƯỜNG VỤ THÀNH ỦY',
    'Về lãnh đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm 2022',
    '',
    'Năm 2021, Thành ủy đã lãnh đạo hoàn thành tốt nhiệm vụ.',
  ].join('\n');

  it('leaves the Party author line out of the summary', () => {
    const { x, at } = header(party);
    expect(x.subject).toBe('Về lãnh đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm 2022');
    expect(at('subject')).toBe(x.subject);
  });

  it('leaves a "KẾT LUẬN CỦA THƯỜNG VỤ ..." author line out of a notice\'s summary', () => {
    const notice = party
      .replace('CHỈ THỊ', 'THÔNG BÁO')
      .replace('CỦA BAN THƯỜNG VỤ THÀNH ỦY', 'KẾT LUẬN CỦA THƯỜNG VỤ ĐẢNG ỦY QUÂN SỰ TỈNH');
    const { x, at } = header(notice);
    expect(x.subject).toBe('Về lãnh đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm 2022');
    expect(at('subject')).toBe(x.subject);
  });

  it('keeps a capitalised summary that starts with "VỀ" and names an author inside', () => {
    const caps = party
      .replace('CỦA BAN THƯỜNG VỤ THÀNH ỦY\n', '')
      .replace(/Về lãnh đạo[^\n]*/u, 'VỀ SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI DÂN QUÂN');
    expect(header(caps).x.subject).toMatch(/^V[ềỀ] s/iu);
  });

  it('prints the place with the tone placement of the date line', () => {
    const { x, at } = header(party.replace('Từ Sơn, ngày', 'Tân Hoà, ngày'));
    expect(x.place).toBe('Tân Hoà');
    expect(at('place')).toBe('Tân Hoà');
  });

  it('writes the issuer lines in normal case, superior body first', () => {
    const { x, at } = header(party);
    expect(x.issuer).toBe('Đảng bộ tỉnh Bắc Ninh Thành ủy Từ Sơn');
    expect(at('issuer')).toBe('ĐẢNG BỘ TỈNH BẮC NINH\nTHÀNH ỦY TỪ SƠN');
  });

  it('capitalises both fields of a department named "X và Y" in a capitals header', () => {
    const x = extractDocument(
      [
        'UBND TỈNH QUẢNG NGÃI',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        'Số: 18/KH-SGDĐT',
        'Quảng Ngãi, ngày 18 tháng 8 năm 2026',
        '',
        'KẾ HOẠCH',
        'Giáo dục quốc phòng và an ninh năm học 2026 - 2027',
      ].join('\n'),
    );
    expect(x.issuer).toBe('UBND tỉnh Quảng Ngãi Sở Giáo dục và Đào tạo');
    // a longer name keeps its words after "và" in lower case
    const board = extractDocument(
      [
        'BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN',
        'Số: 18/KH-BCH',
        'Quảng Ngãi, ngày 18 tháng 8 năm 2026',
        '',
        'KẾ HOẠCH',
        'Ứng phó bão số 3',
      ].join('\n'),
    );
    expect(board.issuer).toBe('Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn');
  });

  it('joins a summary printed over several lines with single spaces', () => {
    const x = header(
      'Số: 26/HD-MTTQ-BTT\nCư Jút, ngày 25 tháng 01 năm 2022\nHƯỚNG DẪN\ntriển khai thực hiện \nNghị quyết Đại hội\n\nCăn cứ Kế hoạch',
    ).x;
    expect(x.subject).toBe('triển khai thực hiện Nghị quyết Đại hội');
  });

  it('keeps the authority line of a decision out of the summary', () => {
    const x = header(
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n-------\nSố: 1234/QĐ-UBND\nHà Giang, ngày 05 tháng 7 năm 2021\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương;',
    ).x;
    expect(x.subject).toBe('Về việc thành lập Ban Chỉ đạo');
    expect(x.issuer).toBe('Ủy ban nhân dân tỉnh Hà Giang');
  });

  it('uses the body after "TM." when the header names none', () => {
    const { x, at } = header(
      'Số: 297/HD-UBND\nBắc Kạn, ngày 27 tháng 5 năm 2019\nHƯỚNG DẪN\nSơ kết\n\nNội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLý Thái Hải',
    );
    expect(x.issuer).toBe('Ủy ban nhân dân');
    expect(at('issuer')).toBe('ỦY BAN NHÂN DÂN');
  });
});

describe('signature and recipients', () => {
  const tail = [
    'Số: 12/KH-UBND',
    'Hà Nội, ngày 1 tháng 2 năm 2024',
    '',
    'Nội dung kế hoạch.',
    '',
    'Nơi nhận:',
    ' - Thường trực Tỉnh ủy;',
    '- Các phòng, ban, ngành, đoàn thể thành phố;',
    '- Lưu: VPTU.',
    '- } (b/c)',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '(Đã ký)',
    'Đại tá Nguyễn Văn Bình',
  ].join('\n');

  it('reads the signer after the title lines, without rank or "(Đã ký)"', () => {
    const { x, at } = header(tail);
    expect(x.signer).toEqual({ name: 'Nguyễn Văn Bình', position: 'Phó Chủ tịch' });
    expect(at('signerName')).toBe('Nguyễn Văn Bình');
    expect(at('signerPosition')).toBe('PHÓ CHỦ TỊCH');
  });

  it('lists each "Nơi nhận" line without bullet and trailing punctuation, dropping debris', () => {
    const x = extractDocument(tail);
    expect(x.recipients).toEqual([
      'Thường trực Tỉnh ủy',
      'Các phòng, ban, ngành, đoàn thể thành phố',
      'Lưu: VPTU',
    ]);
    expect(x.spans.recipients.map((s) => tail.slice(s.start, s.end))).toEqual(x.recipients);
  });

  it('gives a position without a name when only the title is printed', () => {
    expect(
      extractDocument('Số: 1/KH-UBND\nHà Nội, ngày 1 tháng 2 năm 2024\nNội dung.\nCHỦ TỊCH\n').signer,
    ).toEqual({
      name: null,
      position: 'Chủ tịch',
    });
  });

  it('does not take "Kính gửi" addressees as recipients', () => {
    const x = extractDocument(
      'Số: 1/UBND-VX\nHà Nội, ngày 1 tháng 2 năm 2024\nKính gửi:\n- Ủy ban nhân dân các xã;\n- Công an huyện.\nNội dung.',
    );
    expect(x.recipients).toEqual([]);
  });
});

describe('flattened and numeric headers', () => {
  it('cuts a two-column header printed on single lines', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BAN CHỈ HUY QUÂN SỰ Độc lập - Tự do - Hạnh phúc',
      'Số: 454/BCH-TM V/v tổ chức huấn luyện dân quân năm 2024 Bắc Giang, ngày 05 tháng 3 năm 2024',
      'Kính gửi: Ủy ban nhân dân các huyện.',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 2/1/2024 của UBND tỉnh, Ban Chỉ huy Quân sự tỉnh đề nghị:',
    ].join('\n');
    const { x, at } = header(text);
    expect(x).toMatchObject({
      number: '454/BCH-TM',
      kind: 'CV',
      subject: 'tổ chức huấn luyện dân quân năm 2024',
      place: 'Bắc Giang',
      date: '2024-03-05',
      issuer: 'Ủy ban nhân dân tỉnh Bắc Giang Ban Chỉ huy Quân sự',
    });
    expect(at('date')).toBe('ngày 05 tháng 3 năm 2024');
  });

  it('reads a date line written with digits', () => {
    const x = header('Số: 12/KH-UBND\nHà Nội, ngày 05/03/2024\n').x;
    expect([x.place, x.date]).toEqual(['Hà Nội', '2024-03-05']);
  });

  it('writes a signer name printed in capitals in normal case', () => {
    const x = header(
      'Số: 12/KH-UBND\nHà Nội, ngày 05/03/2024\nNội dung.\nKT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nNGUYỄN VĂN AN',
    ).x;
    expect(x.signer).toEqual({ name: 'Nguyễn Văn An', position: 'Phó Chỉ huy trưởng' });
  });

  it('reads a "Nơi nhận" list typed without bullets', () => {
    const x = header(
      'Số: 12/KH-UBND\nHà Nội, ngày 05/03/2024\nNội dung.\nNơi nhận\nNhư trên;\nBộ CHQS tỉnh;\nLưu VT.\nCHỦ TỊCH',
    ).x;
    expect(x.recipients).toEqual(['Như trên', 'Bộ CHQS tỉnh', 'Lưu VT']);
  });
});

describe('urgent and joint documents', () => {
  it('reads the kind name under an urgency mark glued to it ("KHẨN CÔNG ĐIỆN")', () => {
    const { x, at } = header(
      'BAN CHỈ HUY PCTT VÀ TKCN TỈNH\nSố: 19/CĐ-BCH\nQuảng Ngãi, ngày 26 tháng 10 năm 2026\nKHẨN\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 6\n',
    );
    expect([x.kind, x.kindName, x.subject]).toEqual(['CĐ', 'Công điện', 'Về việc ứng phó với bão số 6']);
    expect(at('kindName')).toBe('CÔNG ĐIỆN');
  });
  it('writes two issuers joined by a dash on one line in normal case, each with its place', () => {
    const { x, at } = header(
      'CÔNG AN TỈNH ĐIỆN BIÊN - BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN\nSố: 03/QC-CAT-BCH\nĐiện Biên, ngày 15 tháng 3 năm 2026\nQUY CHẾ PHỐI HỢP\nGiữa Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh\n',
    );
    expect(x.issuer).toBe('Công an tỉnh Điện Biên - Bộ Chỉ huy Quân sự tỉnh Điện Biên');
    expect(at('issuer')).toBe('CÔNG AN TỈNH ĐIỆN BIÊN - BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN');
    expect(x.kind).toBe('QC');
  });
});
