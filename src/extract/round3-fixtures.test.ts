import { describe, expect, it } from 'vitest';
import { agencies, amounts, at, citations, load } from './fixture-helpers.ts';

describe('a commune Party committee’s thematic resolution (Nghị quyết chuyên đề)', () => {
  const { x } = load('nghi-quyet-chuyen-de-dang-uy-xa.txt');
  it('reads the Party header of a commune committee', () => {
    expect(x).toMatchObject({
      number: '07-NQ/ĐU',
      kind: 'NQ',
      place: 'Đồng Hỷ',
      date: '2026-01-14',
      subject: 'về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng địa phương giai đoạn 2026 - 2030',
      issuer: 'Đảng bộ tỉnh Thái Nguyên Đảng ủy xã Đồng Hỷ',
      signer: { name: 'Lương Thị Hạnh', position: 'Bí thư' },
    });
    expect(x.recipients).toEqual([
      'Ban Thường vụ Tỉnh ủy (b/c)',
      'Đảng ủy Quân sự tỉnh (b/c)',
      'Các chi bộ trực thuộc',
      'Lưu Văn phòng Đảng ủy',
    ]);
    expect(citations(x)).toEqual([
      ['NQ', '44-NQ/TW', '2023-11-24', true],
      ['CT', '12-CT/TU', '2025-12-05', true],
    ]);
  });
  it('gives "Đảng ủy giao X ..." to X and splits the Front from the organisations', () => {
    expect(agencies(x)).toEqual([
      'Ban Chỉ huy Quân sự xã (lead)',
      'Ủy ban nhân dân xã (lead)',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã (lead)',
      'các đoàn thể chính trị - xã hội (lead)',
      'Các chi bộ trực thuộc (lead)',
      'Văn phòng Đảng ủy (lead)',
    ]);
    expect(x.assignments[0]?.partners).toEqual(['Công an xã']);
  });
  it('reads the deadlines and the half-yearly report', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([
      ['2026-03-31', 'Ban Chỉ huy Quân sự xã'],
      ['2026-02-28', 'Các chi bộ trực thuộc'],
    ]);
    expect(x.recurring.map((r) => r.every)).toContain('half-year');
  });
  it('reads every figure under "Chỉ tiêu" as a target, those of 2021 - 2025 as results', () => {
    expect(amounts(x.targets)).toEqual([
      '100..100 %',
      '1.3..1.3 %',
      '25..null %',
      '100..100 %',
      '3..3 công trình',
    ]);
    expect(amounts(x.results)).toEqual([
      '46 công dân',
      '100 %',
      '5 lớp',
      '310 lượt người',
      '2 công trình',
      '18 %',
    ]);
    expect(x.results.every((r) => r.period === '2021-2025')).toBe(true);
  });
});

describe('a commune military command’s six-month report with a results table (Báo cáo sơ kết)', () => {
  const { x } = load('bao-cao-so-ket-ban-chqs-xa.txt');
  it('reads the header and the commander without "TM."', () => {
    expect(x).toMatchObject({
      number: '23/BC-BCH',
      kind: 'BC',
      place: 'Phú Lương',
      date: '2026-06-20',
      subject:
        'Sơ kết công tác quân sự, quốc phòng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
      issuer: 'UBND xã Phú Lương Ban Chỉ huy Quân sự',
      signer: { name: 'Đinh Công Tráng', position: 'Chỉ huy trưởng' },
    });
    expect(x.recipients).toEqual(['Ban CHPTKV 2 (b/c)', 'Đảng ủy, UBND xã (b/c)', 'Lưu: BCH']);
    expect(citations(x)).toEqual([['HD', '215/HD-BCH', '2026-06-02', true]]);
  });
  it('reads the "Thực hiện" and "Tỷ lệ" columns as results, not the "Kế hoạch" column nor a missed 100%', () => {
    expect(amounts(x.results)).toEqual([
      '14 công dân',
      '100 %',
      '28 đồng chí',
      '100 %',
      '33 đồng chí',
      '94.3 %',
      '57 người',
      '95 %',
      '185000000 đồng',
      '1 nhà',
    ]);
    expect(amounts(x.targets)).toEqual(['100..100 %']);
  });
  // the period is printed only in the subject ("6 tháng đầu năm ... 2026"), which results do not inherit yet
  it.fails('dates the six-month results to the year of the report', () => {
    expect(x.results.map((r) => r.period)).toEqual(x.results.map(() => '2026'));
  });
  it('gives the village militia posts their task and reads the next half-year’s deadlines', () => {
    expect(agencies(x)).toEqual(['Các thôn đội (lead)']);
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([
      ['2026-09-30', null],
      ['2026-10-31', null],
      ['2026-11-15', 'Các thôn đội'],
    ]);
  });
});

describe('a commune decision setting up a steering board (Quyết định thành lập Ban Chỉ đạo)', () => {
  const { text, x } = load('quyet-dinh-thanh-lap-bcd-xa.txt');
  it('reads the header', () => {
    expect(x).toMatchObject({
      number: '112/QĐ-UBND',
      kind: 'QĐ',
      place: 'Nam Hòa',
      date: '2026-03-03',
      subject: 'Về việc thành lập Ban Chỉ đạo diễn tập chiến đấu phòng thủ xã Nam Hòa năm 2026',
      issuer: 'Ủy ban nhân dân xã Nam Hòa',
      signer: { name: 'Vũ Đình Khôi', position: 'Chủ tịch' },
    });
    expect(x.recipients).toEqual([
      'Như Điều 3',
      'Ban CHPTKV 3 (b/c)',
      'TT Đảng ủy, TT HĐND xã (b/c)',
      'Lưu: VT',
    ]);
    expect(citations(x)).toEqual([
      ['L', '72/2025/QH15', null, true],
      ['L', '48/2019/QH14', null, true],
      ['KH', '36/KH-BCH', '2026-01-20', true],
    ]);
  });
  it('reads the board’s duties and the executing officials, not the member list nor the dissolution', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Ban Chỉ đạo (lead)',
        'Trưởng ban (lead)',
        'Công chức Văn phòng - Thống kê xã (lead)',
        'Chỉ huy trưởng Ban Chỉ huy Quân sự xã (lead)',
        'Trưởng Công an xã (lead)',
        'các ban, ngành, đoàn thể có liên quan (lead)',
        'các ông (bà) có tên tại Điều 1 (lead)',
      ]),
    );
    expect(x.assignments.some((a) => /Chủ tịch UBND xã|Ông|Bà|giải thể/u.test(a.agency))).toBe(false);
    const board = x.assignments.find((a) => a.agency === 'Ban Chỉ đạo');
    expect(board?.task.startsWith('Giúp Ủy ban nhân dân xã chỉ đạo')).toBe(true);
    // the board's span stops before b), the duty of the head of the board
    expect(at(text, board?.span)).not.toContain('Trưởng ban phân công');
  });
  it('reads the report deadline and the allotted budget as a target', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([['2026-06-30', 'Ban Chỉ đạo']]);
    expect(amounts(x.targets)).toEqual(['120000000..120000000 đồng']);
    expect(x.results).toEqual([]);
  });
});

describe('a provincial education department’s plan with a quota per school (Kế hoạch Sở GD&ĐT)', () => {
  const { text, x } = load('ke-hoach-so-gddt-qpan.txt');
  it('reads the header, with the department’s name in normal case', () => {
    expect(x).toMatchObject({
      number: '1875/KH-SGDĐT',
      kind: 'KH',
      place: 'Quảng Ngãi',
      date: '2026-08-18',
      subject: 'Giáo dục quốc phòng và an ninh cho học sinh trung học phổ thông năm học 2026 - 2027',
      issuer: 'UBND tỉnh Quảng Ngãi Sở Giáo dục và Đào tạo',
      signer: { name: 'Phan Thị Ngọc Lan', position: 'Phó Giám đốc' },
    });
    expect(x.recipients).toEqual([
      'UBND tỉnh (b/c)',
      'Bộ CHQS tỉnh (p/h)',
      'Các trường THPT',
      'Lưu: VT, GDTrH',
    ]);
    expect(citations(x)).toEqual([
      ['TT', '46/2020/TT-BGDĐT', '2020-11-24', true],
      ['KH', '142/KH-UBND', '2026-07-30', true],
    ]);
  });
  it('gives each heading body its duties, school heads included', () => {
    expect(agencies(x)).toEqual([
      'Phòng Giáo dục Trung học (lead)',
      'Phòng Giáo dục Trung học (support)',
      'Phòng Kế hoạch - Tài chính (lead)',
      'Hiệu trưởng các trường trung học phổ thông (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'các đơn vị (lead)',
    ]);
    const office = x.assignments[0];
    expect(office).toMatchObject({
      partners: ['Trung tâm Giáo dục quốc phòng và an ninh'],
      due: '2026-09-15',
    });
    // the lead duties a) and b) are both in reach of a split; the support duty c) keeps no date of a)
    expect(at(text, office?.span)).toMatch(
      /^Phòng Giáo dục Trung học\na\) Chủ trì.*\nb\) Hướng dẫn .*quy định$/su,
    );
    expect(x.assignments[1]?.due).toBeNull();
  });
  it('reads the deadlines, not the schedule column of the quota table', () => {
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([
      ['2026-09-15', 'Phòng Giáo dục Trung học'],
      ['2026-09-30', 'Hiệu trưởng các trường trung học phổ thông'],
      ['2027-05-31', 'các đơn vị'],
    ]);
  });
  it('reads the coverage goals and each school’s quota, not the grade number', () => {
    expect(amounts(x.targets)).toEqual([
      '100..100 %',
      '95..null %',
      '380..380 học sinh',
      '425..425 học sinh',
      '290..290 học sinh',
    ]);
    expect(x.results).toEqual([]);
  });
});
