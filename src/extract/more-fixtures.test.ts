import { describe, expect, it } from 'vitest';
import { agencies, amounts, citations, load } from './fixture-helpers.ts';

describe('a directive of a provincial Party committee (Chỉ thị, 15-CT/TU)', () => {
  const { x } = load('chi-thi-tinh-uy.txt');
  it('reads the Party header, leaves the author line out of the subject', () => {
    expect(x).toMatchObject({
      number: '15-CT/TU',
      kind: 'CT',
      kindName: 'Chỉ thị',
      place: 'Lai Châu',
      date: '2025-08-08',
      subject:
        'về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng khu vực phòng thủ tỉnh trong tình hình mới',
      issuer: 'Đảng bộ tỉnh Lai Châu Tỉnh ủy',
      signer: { name: 'Lò Văn Thành', position: 'Bí thư' },
    });
  });
  it('takes the Party "," off each recipient line', () => {
    expect(x.recipients).toEqual([
      'Ban Bí thư Trung ương (b/c)',
      'Quân ủy Trung ương (b/c)',
      'Đảng ủy Quân khu 2',
      'Các đảng bộ trực thuộc Tỉnh ủy',
      'Các đồng chí Tỉnh ủy viên',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
  });
  it('cites the Party resolution with a dashed date and the decree', () => {
    expect(x.citations.map((c) => [c.kind, c.number, c.date])).toEqual([
      ['NQ', '44-NQ/TW', '2022-11-24'],
      ['NĐ', '21/2019/NĐ-CP', '2019-02-22'],
    ]);
  });
  it('reads one assignment per Party body, with old tone placement (uỷ) folded', () => {
    expect(agencies(x)).toEqual([
      'các cấp ủy, tổ chức đảng (lead)',
      'Đảng ủy các xã, phường (lead)',
      'Đảng ủy Quân sự tỉnh (lead)',
      'Đảng đoàn Hội đồng nhân dân tỉnh (lead)',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy (support)',
      'Ủy ban Kiểm tra Tỉnh ủy (lead)',
      'Văn phòng Tỉnh ủy (lead)',
    ]);
    expect(x.deadlines.map((d) => d.date)).toEqual(['2025-09-30', '2027-12-31']);
  });
  it('splits past results from the goal, across a broken line', () => {
    expect(amounts(x.results)).toEqual(['18 cuộc diễn tập', '2356 lượt người']);
    expect(amounts(x.targets)).toEqual(expect.arrayContaining(['100..100 %']));
  });
  it('reads a budget floor ("không thấp hơn 1,5%") as a target', () => {
    expect(amounts(x.targets)).toEqual(['100..100 %', '1.5..null %']);
  });
});

describe('a guideline of a provincial military command (Hướng dẫn, Bộ CHQS tỉnh)', () => {
  const { x } = load('huong-dan-bo-chqs-tinh.txt');
  it('reads the military header and a signer with a rank', () => {
    expect(x).toMatchObject({
      number: '1520/HD-BCH',
      kind: 'HD',
      place: 'Hà Tĩnh',
      date: '2026-01-16',
      subject: 'Huấn luyện dân quân tự vệ năm 2026',
      issuer: 'Bộ Tư lệnh Quân khu 4 Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh',
      signer: { name: 'Nguyễn Hữu Phước', position: 'Phó Chỉ huy trưởng' },
    });
    expect(x.recipients).toEqual([
      'Bộ Tư lệnh Quân khu 4 (b/c)',
      'UBND tỉnh (b/c)',
      'Các Ban CHPTKV',
      'Ban CHQS các xã, phường',
      'Lưu: VT, TM. Đ40',
    ]);
  });
  it('cites a law by its title and number, and the căn cứ split over two lines', () => {
    expect(citations(x)).toEqual([
      ['L', '48/2019/QH14', '2019-11-22', true],
      ['TT', '77/2021/TT-BQP', '2021-06-23', true],
      ['CT', '2050/CT-BTL', '2025-12-25', true],
    ]);
  });
  it('reads the staff offices and the regional defence commands, not the closing formula', () => {
    expect(agencies(x)).toEqual([
      'Phòng Tham mưu (lead)',
      'Ban Chỉ huy Phòng thủ khu vực 1, 2, 3 (lead)',
      'Ban Chỉ huy Quân sự các xã, phường (lead)',
      'Phòng Hậu cần - Kỹ thuật (support)',
    ]);
    expect(x.assignments[0]?.partners).toEqual(['Phòng Chính trị', 'Phòng Hậu cần - Kỹ thuật']);
  });
  it('reads the deadlines and the goals, not the training length nor the ages', () => {
    expect(x.deadlines.map((d) => d.date)).toEqual(['2026-11-30', '2026-07-31', '2026-10-20']);
    expect(amounts(x.targets)).toEqual(['100..100 %', '95..null %', '70..75 %']);
    expect(x.results).toEqual([]);
  });
});

describe('a plan of a commune People’s Committee after the 2025 reform (Kế hoạch, xã)', () => {
  const { x } = load('ke-hoach-ubnd-xa.txt');
  it('reads the commune header written with old tone placement', () => {
    expect(x).toMatchObject({
      number: '87/KH-UBND',
      kind: 'KH',
      date: '2025-07-21',
      subject: 'Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2025',
      signer: { name: 'Huỳnh Văn Lộc', position: 'Phó Chủ tịch' },
    });
    expect(x.issuer).toMatch(/^(Ủy|Uỷ) ban nhân dân xã Tân (Hòa|Hoà)$/u);
    expect(citations(x)).toEqual([
      ['KH', '245/KH-UBND', '2025-07-02', true],
      ['HD', '88/HD-BCH', '2025-07-05', true],
    ]);
    expect(x.recipients).toHaveLength(5);
  });
  it('prints the place as the date line does', () => {
    expect(x.place).toBe('Tân Hoà');
  });
  it('reads the commune offices, a month deadline and not the planned opening day', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Ban Chỉ huy Quân sự xã (lead)',
        'Phòng Kinh tế xã (lead)',
        'Công an xã (support)',
      ]),
    );
    expect(x.assignments[0]?.partners).toEqual(['Công an xã', 'Phòng Văn hóa - Xã hội']);
    expect(x.deadlines.map((d) => d.date)).toEqual(['2025-10-30', '2025-11-30', '2025-08-25']);
  });
  it('gives the village heads their list', () => {
    expect(agencies(x)).toContain('Trưởng các thôn, ấp (lead)');
  });
  it('reads the goals and the budget, not the per-class size nor the course length', () => {
    expect(amounts(x.targets)).toEqual(
      expect.arrayContaining(['100..100 %', '90..null %', '96000000..96000000 đồng']),
    );
  });
  it('reads the planned classes and learners as targets of the plan', () => {
    expect(amounts(x.targets)).toEqual([
      '100..100 %',
      '90..null %',
      '2..2 lớp',
      '120..120 học viên',
      '96000000..96000000 đồng',
    ]);
    expect(x.results).toEqual([]);
  });
});

describe('a conscription quota decision with a per-commune table (Quyết định giao chỉ tiêu)', () => {
  const { x } = load('quyet-dinh-giao-chi-tieu-tuyen-quan.txt');
  it('reads the header and the subject over two lines', () => {
    expect(x).toMatchObject({
      number: '2315/QĐ-UBND',
      kind: 'QĐ',
      place: 'Lạng Sơn',
      date: '2025-11-12',
      subject:
        'Về việc giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân năm 2026',
      issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      signer: { name: 'Hoàng Văn Khiêm', position: 'Chủ tịch' },
    });
  });
  it('cites the numbered law, not the law without a number', () => {
    expect(citations(x)).toEqual([
      ['L', '72/2025/QH15', null, true],
      ['QĐ', '4512/QĐ-BTL', '2025-10-28', true],
      ['TTr', '310/TTr-BCH', '2025-11-05', true],
    ]);
  });
  it('reads the lead body whose name is followed by a parenthesis', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Bộ Chỉ huy Quân sự tỉnh (lead)',
        'Công an tỉnh (lead)',
        'Sở Y tế (lead)',
        'Ủy ban nhân dân các xã, phường (lead)',
        'Chánh Văn phòng UBND tỉnh (lead)',
        'Giám đốc Công an tỉnh (lead)',
        'Giám đốc Sở Y tế (lead)',
      ]),
    );
    expect(x.assignments[0]?.partners).toEqual(['Công an tỉnh', 'Sở Y tế']);
  });
  it('reads every official who must execute the decision', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Chánh Văn phòng UBND tỉnh (lead)',
        'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh (lead)',
        'Giám đốc Công an tỉnh (lead)',
        'Giám đốc Sở Y tế (lead)',
        'Chủ tịch UBND các xã, phường (lead)',
      ]),
    );
  });
  it('reads the deadlines, not the planned hand-over day nor the date of effect', () => {
    expect(x.deadlines.map((d) => d.date)).toEqual(['2025-12-31', '2025-12-15']);
  });
  it('reads the quotas of the text, not the unitless table cells', () => {
    expect(amounts(x.targets)).toEqual(
      expect.arrayContaining(['1260..1260 công dân', '1150..1150 công dân']),
    );
    expect(amounts(x.targets).every((t) => t.endsWith('công dân'))).toBe(true);
    expect(x.results).toEqual([]);
  });
  it('reads both quotas inside the parenthesis', () => {
    expect(amounts(x.targets)).toEqual(['1260..1260 công dân', '1150..1150 công dân', '110..110 công dân']);
  });
});

describe('a five-year report of a provincial military command (Báo cáo tổng kết)', () => {
  const { x } = load('bao-cao-tong-ket.txt');
  it('reads the header', () => {
    expect(x).toMatchObject({
      number: '412/BC-BCH',
      kind: 'BC',
      date: '2025-12-05',
      subject: 'Tổng kết 5 năm thực hiện công tác giáo dục quốc phòng và an ninh giai đoạn 2021 - 2025',
      issuer: 'UBND tỉnh Quảng Trị Bộ Chỉ huy Quân sự tỉnh',
      signer: { name: 'Lê Quang Hưng', position: 'Chỉ huy trưởng' },
    });
    expect(citations(x)).toEqual([['CV', '1789/UBND-KGVX', '2025-10-10', true]]);
  });
  it('reads the results in figures, the table rates included, and the goals of the next period', () => {
    expect(amounts(x.results)).toEqual([
      '186 lớp',
      '1245 lượt người',
      '9870 lượt người',
      '98.5 %',
      '62450 học sinh',
      '100 %',
      '99.2 %',
      '98.4 %',
      '12600000000 đồng',
    ]);
    expect(amounts(x.targets)).toEqual(['100..100 %', '95..null %']);
  });
  it('gives no task to the body whose past work is reported', () => {
    expect(agencies(x).filter((a) => a.startsWith('Hội đồng'))).toEqual([]);
  });
});

describe('a follow-up công văn with deadlines printed without a year (Công văn đôn đốc)', () => {
  const { x } = load('cong-van-don-doc.txt');
  it('reads number, V/v over two lines, kind CV and no recipient from "Kính gửi"', () => {
    expect(x).toMatchObject({
      number: '5318/UBND-NC',
      kind: 'CV',
      kindName: null,
      date: '2025-11-28',
      subject: 'đôn đốc triển khai công tác tuyển quân năm 2026 và tổng kết công tác quốc phòng năm 2025',
      signer: { name: 'Đặng Xuân Tùng', position: 'Phó Chủ tịch' },
    });
    expect(x.recipients).toEqual(['Như trên', 'Chủ tịch, các PCT UBND tỉnh', 'Lưu: VT, NC']);
  });
  it('completes "15/01" after a November signature into the next year', () => {
    expect(x.deadlines.map((d) => d.date)).toEqual(['2025-12-10', '2025-12-20', '2026-01-15', '2025-12-31']);
  });
  it('reads the numbered tasks, not the closing "Yêu cầu ... nghiêm túc triển khai thực hiện"', () => {
    expect(agencies(x)).toEqual([
      'Ủy ban nhân dân các xã, phường (lead)',
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Sở Y tế (support)',
      'Sở Tài chính (lead)',
    ]);
  });
});

describe('a notice of a provincial Party military committee (Thông báo, ĐUQS)', () => {
  const { x } = load('thong-bao-dang-uy-quan-su.txt');
  it('reads the Party number with spaced dash and the signer with rank', () => {
    expect(x).toMatchObject({
      number: '245-TB/ĐU',
      kind: 'TB',
      place: 'Gia Lai',
      date: '2026-03-14',
      issuer: 'Đảng bộ tỉnh Gia Lai Đảng ủy Quân sự tỉnh',
      signer: { name: 'Rơ Châm Hiếu', position: 'Phó Bí thư' },
    });
    expect(x.recipients).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Đảng ủy Quân khu 5 (b/c)',
      'Các đảng ủy cơ sở',
      'Lưu VP',
    ]);
  });
  it('leaves the "KẾT LUẬN CỦA THƯỜNG VỤ ..." author line out of the subject', () => {
    expect(x.subject).toBe('về kết quả kiểm tra công tác sẵn sàng chiến đấu quý I năm 2026');
  });
  it('reads the conclusions as tasks with a quarter deadline', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Bộ Chỉ huy Quân sự tỉnh (lead)',
        'Cơ quan Chính trị (lead)',
        'Đảng ủy Quân sự các xã, phường (lead)',
        'Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh (support)',
      ]),
    );
    expect(x.deadlines.map((d) => d.date)).toEqual(['2026-04-30', '2026-06-30']);
  });
  it('reads the inspection figures as results and only the goal as a target', () => {
    expect(amounts(x.results)).toEqual(['24 đơn vị', '21 đơn vị', '87.5 %', '35 sai sót']);
    expect(amounts(x.targets)).toEqual(['100..100 %']);
  });
});

describe('a resolution of a provincial People’s Council (Nghị quyết HĐND)', () => {
  const { x } = load('nghi-quyet-hdnd.txt');
  it('reads the legal number and leaves the session line out of the subject', () => {
    expect(x).toMatchObject({
      number: '25/2025/NQ-HĐND',
      kind: 'NQ',
      date: '2025-12-10',
      subject:
        'Quy định mức hỗ trợ đối với lực lượng dân quân trên địa bàn tỉnh Khánh Hòa giai đoạn 2026 - 2030',
      issuer: 'Hội đồng nhân dân tỉnh Khánh Hòa',
      signer: { name: 'Trần Văn Quyết', position: 'Chủ tịch' },
    });
    expect(x.recipients).toHaveLength(6);
  });
  it('cites the numbered laws, the decree, the tờ trình and the báo cáo thẩm tra', () => {
    expect(citations(x)).toEqual([
      ['L', '72/2025/QH15', null, true],
      ['L', '48/2019/QH14', null, true],
      ['NĐ', '72/2020/NĐ-CP', '2020-06-30', true],
      ['TTr', '120/TTr-UBND', '2025-11-15', true],
      ['BC', '45/BC-HĐND', '2025-12-01', true],
    ]);
  });
  it('reads the planned total, not the per-person rates, and no deadline from the date of effect', () => {
    expect(amounts(x.targets)).toEqual(['43500000000..43500000000 đồng']);
    expect(x.deadlines).toEqual([]);
  });
  it('reads the executing body', () => {
    expect(agencies(x)).toContain('Ủy ban nhân dân tỉnh (lead)');
  });
  it('reads the council bodies given the supervision', () => {
    expect(agencies(x)).toEqual([
      'Ủy ban nhân dân tỉnh (lead)',
      'Thường trực Hội đồng nhân dân (lead)',
      'các Ban của Hội đồng nhân dân (lead)',
      'các Tổ đại biểu (lead)',
      'đại biểu Hội đồng nhân dân tỉnh (lead)',
    ]);
  });
});
