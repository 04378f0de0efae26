import { describe, expect, it } from 'vitest';
import { agencies, amounts, at, citations, load } from './fixture-helpers.ts';

describe('a circular of the Ministry of Defence (Thông tư, chapters and articles)', () => {
  const { x } = load('thong-tu-bo-quoc-phong.txt');
  it('reads the legal number, the minister’s deputy and the recipients', () => {
    expect(x).toMatchObject({
      number: '118/2025/TT-BQP',
      kind: 'TT',
      kindName: 'Thông tư',
      place: 'Hà Nội',
      date: '2025-12-24',
      subject: 'Quy định việc bồi dưỡng, tập huấn cán bộ Ban Chỉ huy Quân sự cấp xã',
      issuer: 'Bộ Quốc phòng',
      signer: { name: 'Đỗ Minh Khang', position: 'Thứ trưởng' },
    });
    expect(x.recipients).toHaveLength(6);
    expect(x.recipients[5]).toBe('Lưu: VT, PC. Th55');
  });
  it('cites the numbered laws and the decree, all as basis', () => {
    expect(citations(x)).toEqual([
      ['L', '48/2019/QH14', null, true],
      ['L', '22/2018/QH14', null, true],
      ['NĐ', '01/2022/NĐ-CP', '2022-01-03', true],
    ]);
  });
  it('gives the duties of "Điều N. Trách nhiệm của X" to X, not the enacting formula to the minister', () => {
    expect(agencies(x)).toEqual([
      'Bộ Tổng Tham mưu (lead)',
      'Bộ Tư lệnh quân khu (lead)',
      'Ủy ban nhân dân cấp tỉnh (lead)',
      'Tổng Tham mưu trưởng (lead)',
      'Chủ nhiệm Tổng cục Chính trị (lead)',
      'chỉ huy các cơ quan, đơn vị (lead)',
    ]);
    expect(x.assignments[0]?.partners).toEqual(['Tổng cục Chính trị']);
  });
  it('has no deadline (only a date of effect), a yearly report, and the coverage goal as its only target', () => {
    expect(x.deadlines).toEqual([]);
    expect(x.recurring.map((r) => r.every)).toEqual(['year']);
    expect(amounts(x.targets)).toEqual(['100..100 %']);
    expect(x.results).toEqual([]);
  });
});

describe('a plan whose assignments are only in its appendix table (Kế hoạch + Phụ lục)', () => {
  const { text, x } = load('ke-hoach-phu-luc-phan-cong.txt');
  it('reads the header and cites the directive, not the appendix’s reference to the plan itself', () => {
    expect(x).toMatchObject({
      number: '214/KH-UBND',
      kind: 'KH',
      date: '2026-01-06',
      issuer: 'Ủy ban nhân dân tỉnh Phú Thọ',
      signer: { name: 'Nguyễn Thanh Tùng', position: 'Phó Chủ tịch' },
    });
    expect(citations(x)).toEqual([['CT', '09/CT-TTg', '2025-11-12', true]]);
    expect(x.recipients).toHaveLength(5);
  });
  it('gives every lead body of the table its row, with the support column as partners', () => {
    expect(agencies(x)).toEqual([
      'Các sở, ban, ngành (lead)',
      'Ủy ban nhân dân các xã, phường (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Sở Giáo dục và Đào tạo (lead)',
      'Báo và Phát thanh, Truyền hình Phú Thọ (lead)',
      'Sở Tài chính (lead)',
    ]);
    const command = x.assignments.find((a) => a.agency === 'Bộ Chỉ huy Quân sự tỉnh');
    expect(command).toMatchObject({
      task: 'Kiện toàn Hội đồng giáo dục quốc phòng và an ninh tỉnh',
      partners: ['Sở Nội vụ', 'Ban Tổ chức Tỉnh ủy', 'Các sở, ban, ngành'],
      due: '2026-03-31',
    });
    expect(at(text, command?.span)).toMatch(/^Kiện toàn Hội đồng .* \| Bộ Chỉ huy Quân sự tỉnh$/u);
  });
  it('reads each time cell as the row’s deadline: quarter, month, "Trước", a bare date; not "Thường xuyên"', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([
      ['2026-03-31', 'Bộ Chỉ huy Quân sự tỉnh'],
      ['2026-06-30', 'Bộ Chỉ huy Quân sự tỉnh'],
      ['2026-05-31', 'Sở Giáo dục và Đào tạo'],
      ['2026-03-31', 'Sở Tài chính'],
      ['2026-10-31', 'Ủy ban nhân dân các xã, phường'],
      ['2026-12-15', 'Bộ Chỉ huy Quân sự tỉnh'],
    ]);
    expect(at(text, x.deadlines[0]?.span)).toMatch(/^1 \| Kiện toàn .* \| Quý I\/2026$/u);
  });
  it('reads the goals and the budget of the plan', () => {
    expect(amounts(x.targets)).toEqual(['100..100 %', '95..null %', '3200000000..3200000000 đồng']);
    expect(x.results).toEqual([]);
  });
});

describe('a month-by-month programme of a Party military committee (Chương trình công tác)', () => {
  const { x } = load('chuong-trinh-cong-tac.txt');
  it('reads the Party header with the signature before "Nơi nhận"', () => {
    expect(x).toMatchObject({
      number: '42-CTr/ĐU',
      kind: 'CTr',
      kindName: 'Chương trình',
      place: 'Tuyên Quang',
      date: '2025-12-26',
      subject: 'công tác quý I năm 2026 của Đảng ủy Quân sự tỉnh',
      issuer: 'Đảng bộ tỉnh Tuyên Quang Đảng ủy Quân sự tỉnh',
      signer: { name: 'Ma Văn Thuận', position: 'Phó Bí thư' },
    });
    expect(x.recipients).toHaveLength(4);
    expect(citations(x)).toEqual([['NQ', '118-NQ/ĐU', '2025-12-18', true]]);
  });
  it('gives each row to its lead office, the month column being the row key', () => {
    expect(agencies(x)).toEqual([
      'Văn phòng Đảng ủy (lead)',
      'Các cơ quan, đơn vị (lead)',
      'Phòng Tham mưu (lead)',
      'Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh (lead)',
    ]);
    const staff = x.assignments.find((a) => a.agency === 'Phòng Tham mưu');
    expect(staff?.partners).toEqual([
      'Công an tỉnh',
      'Sở Y tế',
      'Đảng ủy Quân sự các xã, phường',
      'Phòng Hậu cần - Kỹ thuật',
    ]);
  });
  it('puts the yearless months of a programme signed in December into the next year', () => {
    expect([...new Set(x.deadlines.map((d) => d.date))]).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-03-25',
    ]);
  });
  it('reads "hoàn thành công tác ... 100% chỉ tiêu" as a goal and "85% khá, giỏi trở lên" as a floor', () => {
    expect(amounts(x.targets)).toEqual(['100..100 %', '85..null %']);
    expect(x.results).toEqual([]);
  });
});

describe('a coordination rule between the police and the military command (Quy chế phối hợp)', () => {
  const { x } = load('quy-che-phoi-hop.txt');
  it('reads a joint header on one line and the first of two signatures', () => {
    expect(x).toMatchObject({
      number: '03/QC-CAT-BCH',
      kind: 'QC',
      kindName: 'Quy chế',
      place: 'Điện Biên',
      date: '2026-03-15',
      issuer: 'Công an tỉnh Điện Biên - Bộ Chỉ huy Quân sự tỉnh Điện Biên',
    });
    expect(x.subject).toMatch(/^Giữa Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh trong thực hiện/u);
    expect(x.signer?.name).toBe('Lò Văn Dũng');
    expect(x.recipients).toHaveLength(5);
  });
  // known gap: a position printed with its body keeps the body's name in lower case ("Giám đốc công an tỉnh")
  it.fails('writes the signer’s position with its body’s capitals', () => {
    expect(x.signer?.position).toBe('Giám đốc Công an tỉnh');
  });
  it('cites the laws and the decree on coordination', () => {
    expect(citations(x)).toEqual([
      ['L', '37/2018/QH14', null, true],
      ['L', '22/2018/QH14', null, true],
      ['NĐ', '03/2019/NĐ-CP', '2019-09-05', true],
    ]);
  });
  it('reads the duties under "Trách nhiệm của X", not the jointly enacting bodies', () => {
    expect(agencies(x)).toEqual([
      'Công an tỉnh (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (support)',
      'Phòng Tham mưu Công an tỉnh (lead)',
      'Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh (lead)',
    ]);
    expect(x.assignments[0]).toMatchObject({ due: '2026-06-30' });
    expect(x.assignments[0]?.task).toMatch(
      /^Chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh xây dựng phương án/u,
    );
  });
  it('reads the deadline with its body, the half-yearly and yearly duties, and no quantity', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([['2026-06-30', 'Công an tỉnh']]);
    expect(x.recurring.map((r) => r.every)).toEqual(['half-year', 'year']);
    expect([...x.targets, ...x.results]).toEqual([]);
  });
});

describe('an urgent flood Công điện copied from a provincial web portal', () => {
  const { x } = load('cong-dien-khan-cong-thong-tin.txt');
  it('reads the header under the menus and the "KHẨN" mark glued to the kind name', () => {
    expect(x).toMatchObject({
      number: '19/CĐ-BCH',
      kind: 'CĐ',
      kindName: 'Công điện',
      place: 'Quảng Ngãi',
      date: '2026-10-26',
      subject: 'Về việc chủ động ứng phó với bão số 6 và mưa lũ',
      issuer: 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi',
      signer: { name: 'Phạm Quốc Khánh', position: 'Phó Trưởng ban' },
    });
    expect(x.recipients).toEqual([
      'Như trên',
      'Ban Chỉ đạo quốc gia về PCTT (b/c)',
      'Thường trực Tỉnh ủy, HĐND tỉnh (b/c)',
      'Lưu: VT, VPTT',
    ]);
  });
  it('takes nothing from the page’s "Văn bản liên quan" list', () => {
    expect(x.citations).toEqual([]);
  });
  it('reads the disaster board named by its purpose, the forces, and the accountable officials', () => {
    expect(agencies(x)).toEqual([
      'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã, phường, đặc khu (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh (lead)',
      'Công an tỉnh (lead)',
      'Sở Nông nghiệp và Môi trường (lead)',
      'Đài Phát thanh - Truyền hình tỉnh (lead)',
      'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Giám đốc Công an tỉnh (lead)',
      'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu (lead)',
    ]);
  });
  it('reads the hour-and-date deadline, not the daily report hour, and the forces held ready', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([
      ['2026-10-27', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã, phường, đặc khu'],
    ]);
    expect(amounts(x.targets)).toEqual(['1500..1500 cán bộ', '45..45 phương tiện']);
    expect(x.results).toEqual([]);
  });
});

describe('a submission of a provincial People’s Committee to the People’s Council (Tờ trình)', () => {
  const { x } = load('to-trinh-hdnd.txt');
  it('reads the header, "Kính gửi" being no recipient', () => {
    expect(x).toMatchObject({
      number: '156/TTr-UBND',
      kind: 'TTr',
      kindName: 'Tờ trình',
      date: '2025-11-20',
      issuer: 'Ủy ban nhân dân tỉnh Cao Bằng',
      signer: { name: 'Nông Văn Phúc', position: 'Chủ tịch' },
    });
    expect(x.recipients).toEqual(['Như trên', 'TT Tỉnh ủy (b/c)', 'Các Ban HĐND tỉnh', 'Lưu: VT, NC']);
  });
  it('cites the law and the council’s plan as basis and the appraisal report once', () => {
    expect(citations(x)).toEqual([
      ['L', '30/2023/QH15', null, true],
      ['KH', '35/KH-HĐND', '2025-10-02', true],
      ['BC', '412/BC-STP', '2025-11-05', false],
    ]);
  });
  it('gives no task for the drafting history ("đã giao Công an tỉnh chủ trì soạn thảo")', () => {
    expect(agencies(x).filter((a) => /Công an|Sở Tư pháp/u.test(a))).toEqual([]);
    expect(x.deadlines).toEqual([]);
  });
  it('reads the planned total, not the per-person rate nor the current statistics', () => {
    expect(amounts(x.targets)).toEqual(['82900000000..82900000000 đồng']);
    expect(x.recurring).toEqual([]);
  });
});
