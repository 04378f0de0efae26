import { describe, expect, it } from 'vitest';
import type { TCalendarEntry } from '../../../shared/schemas/reports.ts';
import { formatNumber } from '../../i18n/format.ts';
import { reportsEn } from '../../i18n/reports-en.ts';
import type { ReportsTranslateFn } from '../../i18n/reports-messages.ts';
import { reportsVi } from '../../i18n/reports-vi.ts';
import { interpolate } from '../../i18n/translate.ts';
import { changedSections } from './narrative-draft.ts';
import {
  chaseCounts,
  chaseGroups,
  defaultTerm,
  formatFigure,
  formatTarget,
  isBlankHtml,
  matchesChaseFilter,
  periodLabel,
  sectionNumber,
  termFromParam,
  termOptions,
} from './report-values.ts';

const tVi: ReportsTranslateFn = (key, params) => interpolate(reportsVi[key], params);
const tEn: ReportsTranslateFn = (key, params) => interpolate(reportsEn[key], params);
const vn = (n: number) => formatNumber(n, 'vi');

function entry(overrides: Partial<TCalendarEntry>): TCalendarEntry {
  return {
    formId: 3,
    formTitle: 'Báo cáo sơ kết 5 năm xây dựng nền quốc phòng toàn dân',
    period: '2021-2025',
    unitId: 10,
    unitName: 'Phường Đông Kinh',
    dueOn: '2025-08-30',
    recipient: 'Ủy ban nhân dân tỉnh (qua Bộ Chỉ huy Quân sự tỉnh)',
    state: 'not_started',
    reportId: null,
    submittedAt: null,
    isLate: false,
    ...overrides,
  };
}

describe('terms', () => {
  it('open on the last five-year term that has ended, with its neighbours and the ten-year terms', () => {
    expect(defaultTerm(2026)).toBe('2021-2025');
    expect(defaultTerm(2025)).toBe('2021-2025');
    expect(defaultTerm(2030)).toBe('2026-2030');
    expect(termOptions(2026)).toEqual(['2021-2025', '2026-2030', '2016-2020', '2016-2025', '2021-2030']);
  });

  it('read a term from the URL only when it is one', () => {
    expect(termFromParam('2021-2025')).toBe('2021-2025');
    expect(termFromParam('2026')).toBeNull();
    expect(termFromParam('2025-2021')).toBeNull();
    expect(termFromParam(null)).toBeNull();
  });
});

describe('periodLabel', () => {
  it('writes periods as reports do, in both languages', () => {
    expect(periodLabel('2026', tVi)).toBe('Năm 2026');
    expect(periodLabel('2026H2', tVi)).toBe('6 tháng cuối năm 2026');
    expect(periodLabel('2026Q2', tVi)).toBe('Quý II/2026');
    expect(periodLabel('2026-03', tVi)).toBe('Tháng 03/2026');
    expect(periodLabel('2021-2025', tVi)).toBe('Giai đoạn 2021–2025');
    expect(periodLabel('2021-2025', tEn)).toBe('Term 2021–2025');
    expect(periodLabel('khác', tVi)).toBe('khác');
  });
});

describe('chase view', () => {
  const entries = [
    entry({ unitId: 1, unitName: 'Tỉnh Lạng Sơn', dueOn: '2025-09-30' }),
    entry({ unitId: 10, state: 'submitted', reportId: 5, submittedAt: '2025-09-02T02:00:00Z', isLate: true }),
    entry({ unitId: 11, unitName: 'Phường Lương Văn Tri', state: 'accepted', reportId: 6 }),
    entry({ unitId: 12, unitName: 'Xã Đồng Đăng', isLate: true }),
    entry({ unitId: 13, unitName: 'Xã Cai Kinh', state: 'returned', reportId: 7 }),
    entry({ formId: 1, formTitle: 'Báo cáo năm', period: '2026', unitId: 10, dueOn: '2026-12-15' }),
  ];

  it('groups the units below by form and period, leaving out the own unit, earliest deadline first', () => {
    const groups = chaseGroups(entries, 1);
    expect(groups.map((g) => g.key)).toEqual(['3:2021-2025', '1:2026']);
    expect(groups[0]!.entries.map((e) => e.unitId)).toEqual([10, 11, 12, 13]);
    expect(groups[0]!.dueOn).toBe('2025-08-30');
  });

  it('counts sent, late, not started and writing units', () => {
    expect(chaseCounts(chaseGroups(entries, 1)[0]!.entries)).toEqual({
      total: 4,
      sent: 2,
      accepted: 1,
      late: 2,
      notStarted: 1,
      writing: 1,
    });
  });

  it('filters rows the way the counts add up', () => {
    const rows = chaseGroups(entries, 1)[0]!.entries;
    expect(rows.filter((e) => matchesChaseFilter(e, 'sent')).map((e) => e.unitId)).toEqual([10, 11]);
    expect(rows.filter((e) => matchesChaseFilter(e, 'late')).map((e) => e.unitId)).toEqual([10, 12]);
    expect(rows.filter((e) => matchesChaseFilter(e, 'writing')).map((e) => e.unitId)).toEqual([13]);
    expect(rows.filter((e) => matchesChaseFilter(e, 'all'))).toHaveLength(4);
  });
});

describe('figures', () => {
  it('shows values and targets in Vietnamese notation', () => {
    expect(formatFigure(32266, 'người', vn)).toBe('32.266');
    expect(formatFigure(80.5, '%', vn)).toBe('80,5%');
    expect(formatFigure(null, 'lớp', vn)).toBeNull();
    expect(formatTarget({ min: 94, max: null }, '%', vn)).toBe('≥ 94%');
    expect(formatTarget({ min: null, max: 5 }, 'lớp', vn)).toBe('≤ 5');
    expect(formatTarget({ min: 30, max: 30 }, 'người', vn)).toBe('= 30');
    expect(formatTarget({ min: 20, max: 30 }, 'người', vn)).toBe('20 – 30');
    expect(formatTarget({ min: null, max: null }, 'người', vn)).toBeNull();
    expect(formatTarget(null, 'người', vn)).toBeNull();
  });
});

describe('narrative', () => {
  it('treats the empty editor and tag-only HTML as blank, as the server does', () => {
    expect(isBlankHtml('<p></p>')).toBe(true);
    expect(isBlankHtml(' <p> <br> </p> ')).toBe(true);
    expect(isBlankHtml(undefined)).toBe(true);
    expect(isBlankHtml('<p><strong>Tốt</strong></p>')).toBe(false);
  });

  it('numbers sections I, II… VI and beyond', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 13].map(sectionNumber)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'IX',
      'X',
      'XIV',
    ]);
  });

  it('sends only the sections changed since the last save', () => {
    expect(
      changedSections(
        { tinh_hinh: '<p>a</p>', ket_qua: '<p>b</p>', han_che: '' },
        { tinh_hinh: '<p>a</p>', ket_qua: '<p>old</p>' },
      ),
    ).toEqual({ ket_qua: '<p>b</p>' });
  });
});
