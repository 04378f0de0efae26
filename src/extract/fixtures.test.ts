import { describe, expect, it } from 'vitest';
import { agencies, amounts, load } from './fixture-helpers.ts';

describe('a provincial decision (Quyết định)', () => {
  const { x } = load('quyet-dinh-ubnd.txt');
  it('reads the header and the deputy signer', () => {
    expect(x).toMatchObject({
      number: '1234/QĐ-UBND',
      kind: 'QĐ',
      place: 'Hà Giang',
      date: '2021-07-05',
      subject: 'Về việc thành lập Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh năm 2021',
      issuer: 'Ủy ban nhân dân tỉnh Hà Giang',
      signer: { name: 'Nguyễn Văn Bình', position: 'Phó Chủ tịch' },
    });
    expect(x.recipients).toEqual([
      'Như Điều 3',
      'Bộ Tư lệnh Quân khu 2 (b/c)',
      'TT Tỉnh ủy, TT HĐND tỉnh (b/c)',
      'Lưu: VT, NC',
    ]);
  });
  it('cites the căn cứ documents as basis, not the law without a number', () => {
    expect(x.citations.map((c) => [c.kind, c.number, c.basis])).toEqual([
      ['NĐ', '21/2019/NĐ-CP', true],
      ['QĐ', '567/QĐ-BTL', true],
      ['TTr', '45/TTr-BCH', true],
    ]);
  });
  it('reads the tasks, the executing officials and the dated obligations, not the date of effect', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Ban Chỉ đạo (lead)',
        'Bộ Chỉ huy Quân sự tỉnh (lead)',
        'Chủ tịch UBND các huyện, thành phố (lead)',
      ]),
    );
    expect(x.deadlines.map((d) => d.date)).toEqual(['2021-10-30', '2021-11-15']);
    expect(amounts(x.targets)).toEqual(['2500000000..2500000000 đồng']);
  });
});

describe('a district công văn', () => {
  const { x } = load('cong-van-huyen.txt');
  it('reads number, V/v summary and kind CV, signer without rank', () => {
    expect(x).toMatchObject({
      number: '215/BCH-TM',
      kind: 'CV',
      subject: 'triển khai công tác tuyển chọn và gọi công dân nhập ngũ năm 2024',
    });
    expect(x.signer).toEqual({ name: 'Nguyễn Văn Thắng', position: 'Chỉ huy trưởng' });
    expect(x.recipients).toEqual(['Như trên', 'UBND huyện (b/c)', 'Lưu: VT, TM']);
  });
  it('reads the numbered tasks with their deadlines', () => {
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Ban Chỉ huy Quân sự các xã, thị trấn (lead)',
        'Công an huyện (lead)',
        'Trung tâm Y tế huyện (lead)',
        'Phòng Tài chính - Kế hoạch huyện (lead)',
      ]),
    );
    expect(x.deadlines.map((d) => d.date)).toEqual(['2023-10-25', '2023-11-30', '2023-11-15']);
    expect(x.citations.map((c) => [c.kind, c.number, c.basis])).toEqual([['CV', '1876/BCH-TM', true]]);
  });
  it('reads the quota and goals, not the age range', () => {
    expect(amounts(x.targets)).toEqual(['120..120 công dân', '100..100 %', '3..null %']);
  });
});

describe('a Party committee resolution (Nghị quyết)', () => {
  const { x } = load('nghi-quyet-dang-uy.txt');
  it('reads the Party header and signer', () => {
    expect(x).toMatchObject({
      number: '128-NQ/ĐU',
      kind: 'NQ',
      issuer: 'Đảng bộ Quân sự tỉnh Quảng Ninh Đảng ủy',
    });
    expect(x.signer).toEqual({ name: 'Phạm Văn Long', position: 'Bí thư' });
  });
  it('splits last year results from next year targets', () => {
    expect(amounts(x.results)).toEqual([
      '15 cuộc diễn tập',
      '4520 dân quân',
      '98.5 %',
      '1050 công dân',
      '100 %',
      '12 nhà',
      '960000000 đồng',
    ]);
    expect(amounts(x.targets)).toEqual(['100..100 %', '70..null %', '25..null %', '12..12 cuộc diễn tập']);
  });
  it('reads a quarter deadline and a six-monthly duty', () => {
    expect(x.deadlines.map((d) => d.date)).toEqual(['2023-09-30', '2023-12-15']);
    expect(x.recurring.map((r) => r.every)).toEqual(['half-year']);
  });
});

describe('a commune report (Báo cáo)', () => {
  const { x } = load('bao-cao.txt');
  it('reads results of the year and targets of the next', () => {
    expect(x.kind).toBe('BC');
    expect(amounts(x.results)).toEqual([
      '85 dân quân',
      '96 %',
      '2 lớp',
      '120 lượt người',
      '350000000 đồng',
      '7 công dân',
      '100 %',
    ]);
    expect(amounts(x.targets)).toEqual(['100..100 %', '3..null đảng viên']);
  });
});

describe('a plan copied from a web page', () => {
  const { x } = load('trang-web-ke-hoach.txt');
  it('reads the header inside the page and ignores login prompts and related documents', () => {
    expect(x).toMatchObject({
      number: '56/KH-UBND',
      kind: 'KH',
      place: 'Nghệ An',
      date: '2024-11-20',
      issuer: 'Ủy ban nhân dân tỉnh Nghệ An',
    });
    expect(x.signer).toEqual({ name: 'Bùi Đình Long', position: 'Phó Chủ tịch' });
    expect(x.citations.map((c) => c.number)).toEqual(['3210/HD-CT']);
  });
  it('reads tasks and deadlines, not the planned meeting day nor the date of effect', () => {
    expect(agencies(x)).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Sở Tài chính (lead)',
      'UBND các huyện, thành phố, thị xã (lead)',
    ]);
    expect(x.assignments[0]?.partners).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Thông tin và Truyền thông',
    ]);
    expect(x.deadlines.map((d) => d.date)).toEqual(['2024-12-30', '2024-12-31']);
    expect(amounts(x.targets)).toEqual(['50..50 gia đình']);
  });
});

describe('a news article', () => {
  const { x } = load('bai-bao.txt');
  it('has no header fields nor tasks, and reads reported results', () => {
    expect([x.number, x.kind, x.date, x.issuer, x.signer]).toEqual([null, null, null, null, null]);
    expect(x.assignments).toEqual([]);
    expect(amounts(x.results)).toEqual([
      '1200 lượt người',
      '45 phương tiện',
      '25 công trình',
      '12000000000 đồng',
    ]);
    expect(amounts(x.targets)).toEqual(['100..100 %']);
    expect(x.citations.map((c) => c.number)).toEqual(['28-NQ/TW']);
  });
});

describe('a tờ trình', () => {
  const { x } = load('to-trinh.txt');
  it('reads the header, the "Kính gửi" is not a recipient and the law without number is not cited', () => {
    expect(x).toMatchObject({ number: '88/TTr-SNV', kind: 'TTr', issuer: 'UBND tỉnh Thái Bình Sở Nội vụ' });
    expect(x.recipients).toEqual(['Như trên', 'Lưu: VT, TĐKT']);
    expect(x.citations.map((c) => c.number)).toEqual(['91/2017/NĐ-CP']);
    expect(x.signer).toEqual({ name: 'Nguyễn Thị Hương', position: 'Giám đốc' });
  });
});

describe('a conclusion notice (Thông báo kết luận)', () => {
  const { x } = load('thong-bao-ket-luan.txt');
  it('reads the header and the signer under "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"', () => {
    expect(x).toMatchObject({
      number: '215/TB-UBND',
      kind: 'TB',
      date: '2023-04-18',
      issuer: 'Ủy ban nhân dân tỉnh Đắk Lắk',
    });
    expect(x.signer).toEqual({ name: 'Trần Văn Tư', position: 'Phó Chánh văn phòng' });
  });
  it('reads the conclusions as tasks, not the meeting story nor the closing formula', () => {
    expect(agencies(x)).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh (lead)',
      'Sở Tài chính (lead)',
      'UBND thành phố Buôn Ma Thuột (lead)',
      "UBND huyện Cư M'gar (lead)",
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (support)',
    ]);
    expect(x.deadlines.map((d) => d.date)).toEqual(['2023-06-30', '2023-05-31', '2023-08-31']);
    expect(amounts(x.targets)).toEqual(['4200000000..4200000000 đồng']);
  });
});

describe('an urgent dispatch (Công điện)', () => {
  const { x } = load('cong-dien.txt');
  it('reads the tasks of the listed bodies and a deadline given with an hour', () => {
    expect(x).toMatchObject({
      number: '08/CĐ-UBND',
      kind: 'CĐ',
      signer: { name: 'Trần Thắng', position: 'Chủ tịch' },
    });
    expect(agencies(x)).toEqual(
      expect.arrayContaining([
        'Chủ tịch UBND các huyện, thị xã, thành phố (lead)',
        'Bộ Chỉ huy Quân sự tỉnh (lead)',
        'Công an tỉnh (lead)',
      ]),
    );
    expect(x.deadlines.map((d) => d.date)).toEqual(['2020-10-11']);
  });
});
