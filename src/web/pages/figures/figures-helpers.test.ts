import { describe, expect, it } from 'vitest';
import type { TDashboardIndicator, TEntryGrid } from '../../../shared/schemas/figures.ts';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { figuresEn } from '../../i18n/figures-en.ts';
import type { FiguresTranslateFn } from '../../i18n/figures-messages.ts';
import { figuresVi } from '../../i18n/figures-vi.ts';
import { formatNumber } from '../../i18n/format.ts';
import { interpolate } from '../../i18n/translate.ts';
import {
  cellKey,
  collectChanges,
  formatEntryValue,
  type GridRow,
  gridColumns,
  liveRatio,
  nextCell,
  ratiosOfGrid,
  readDraft,
  rowTotal,
} from './entry-cells.ts';
import {
  allocationsOf,
  figureStatus,
  formatBounds,
  formatFigure,
  localIsoDate,
  needsAttention,
  parseDayMonthYear,
  readBound,
  reportingStatus,
  sharedMinimum,
  sortByVietnameseName,
} from './figure-values.ts';
import { targetableIndicators } from './indicator-groups.ts';
import { periodCode, periodFromParam, periodLabel, periodParts } from './period-label.ts';
import { splitBalance } from './split-balance.ts';

const tVi: FiguresTranslateFn = (key, params) => interpolate(figuresVi[key], params);
const tEn: FiguresTranslateFn = (key, params) => interpolate(figuresEn[key], params);
const vi = (n: number) => formatNumber(n, 'vi');

const row = (
  indicatorId: number,
  cells: { category: string; value: number | null }[],
  isInteger = true,
): GridRow => ({
  indicatorId,
  code: `I${indicatorId}`,
  name: `Chỉ tiêu ${indicatorId}`,
  unitOfMeasure: 'người',
  isInteger,
  determinedBy: null,
  categories: cells.map((c) => ({ code: c.category, name: c.category || 'Tổng số' })),
  cells: cells.map((c) => ({ ...c, enteredBy: null, enteredAt: null })),
});

describe('periodLabel', () => {
  it('writes periods as Vietnamese officials do', () => {
    expect(periodLabel('2026', tVi)).toBe('Năm 2026');
    expect(periodLabel('2026H1', tVi)).toBe('6 tháng đầu năm 2026');
    expect(periodLabel('2026H2', tVi)).toBe('6 tháng cuối năm 2026');
    expect(periodLabel('2026Q2', tVi)).toBe('Quý II/2026');
    expect(periodLabel('2026Q4', tVi)).toBe('Quý IV/2026');
    expect(periodLabel('2026-03', tVi)).toBe('Tháng 03/2026');
    expect(periodLabel('2026-2030', tVi)).toBe('Giai đoạn 2026–2030');
  });

  it('has English labels and shows unreadable codes as they are', () => {
    expect(periodLabel('2026H1', tEn)).toBe('First half of 2026');
    expect(periodLabel('2026Q3', tEn)).toBe('Q3 2026');
    expect(periodLabel('2026-13', tVi)).toBe('2026-13');
  });
});

describe('period parts', () => {
  it('round-trips every pickable type', () => {
    for (const code of ['2026', '2026H2', '2026Q3', '2026-11']) {
      const parts = periodParts(code);
      expect(parts).not.toBeNull();
      expect(periodCode(parts!)).toBe(code);
    }
    expect(periodParts('2026-2030')).toBeNull();
  });

  it('clamps a part that does not exist for the new type', () => {
    expect(periodCode({ type: 'half_year', year: 2026, part: 11 })).toBe('2026H2');
    expect(periodCode({ type: 'quarter', year: 2026, part: 0 })).toBe('2026Q1');
  });

  it('falls back to the current year for a missing or odd URL value', () => {
    const today = new Date(2026, 10, 22);
    expect(periodFromParam(null, today)).toBe('2026');
    expect(periodFromParam('abc', today)).toBe('2026');
    expect(periodFromParam('2025H2', today)).toBe('2025H2');
  });
});

describe('figureStatus', () => {
  it('tells a missing figure apart from one below target', () => {
    expect(figureStatus(80, { min: 94, max: null })).toBe('below');
    expect(figureStatus(null, { min: 94, max: null })).toBe('noData');
    expect(figureStatus(96, { min: 94, max: null })).toBe('met');
    expect(figureStatus(12, { min: null, max: 10 })).toBe('above');
    expect(figureStatus(80, null)).toBe('noTarget');
  });
});

describe('formatFigure and formatBounds', () => {
  const ratio = { kind: 'ratio' as const, unitOfMeasure: '%' };
  const people = { kind: 'quantity' as const, unitOfMeasure: 'người' };

  it('shows rates in % and quantities with their unit, in vi-VN notation', () => {
    expect(formatFigure(80, ratio, vi, tVi)).toBe('80%');
    expect(formatFigure(80.5, ratio, vi, tVi)).toBe('80,5%');
    expect(formatFigure(32266, people, vi, tVi)).toBe('32.266 người');
    expect(formatFigure(null, people, vi, tVi)).toBe('—');
  });

  it('reads bounds as minimum, maximum, range or quota, per level when given', () => {
    expect(formatBounds({ min: 94, max: null }, ratio, vi, tVi)).toBe('≥ 94%');
    expect(formatBounds({ min: 94, max: null }, ratio, vi, tVi, 3)).toBe('≥ 94% (từng xã)');
    expect(formatBounds({ min: null, max: 5 }, people, vi, tVi)).toBe('≤ 5');
    expect(formatBounds({ min: 30, max: 30 }, people, vi, tVi)).toBe('= 30');
    expect(formatBounds({ min: 1000, max: 1500 }, people, vi, tVi)).toBe('1.000 – 1.500');
    expect(formatBounds(null, people, vi, tVi)).toBe('—');
  });
});

describe('entry cells', () => {
  it('reads Vietnamese notation and refuses what the server would refuse', () => {
    expect(readDraft('32.266', true)).toEqual({ value: 32266 });
    expect(readDraft('1,5', false)).toEqual({ value: 1.5 });
    expect(readDraft('  ', true)).toEqual({ value: null });
    expect(readDraft('abc', true)).toEqual({ problem: 'unreadable' });
    expect(readDraft('-3', true)).toEqual({ problem: 'negative' });
    expect(readDraft('1,5', true)).toEqual({ problem: 'notInteger' });
  });

  it('writes stored figures back in Vietnamese notation, so they read the same', () => {
    expect(formatEntryValue(32266)).toBe('32.266');
    expect(formatEntryValue(1.5)).toBe('1,5');
    expect(formatEntryValue(null)).toBe('');
  });

  it('lists the total column first, then the categories in order', () => {
    const rows = [
      row(1, [
        { category: 'dt1', value: null },
        { category: 'dt2', value: null },
      ]),
      row(2, [{ category: '', value: null }]),
    ];
    expect(gridColumns(rows).map((c) => c.code)).toEqual(['', 'dt1', 'dt2']);
  });

  it('sends only cells that changed, with null for a cleared one', () => {
    const rows = [row(1, [{ category: '', value: 100 }]), row(2, [{ category: '', value: 80 }])];
    const drafts = new Map([
      [cellKey(1, ''), '100'],
      [cellKey(2, ''), ''],
    ]);
    expect(collectChanges(rows, drafts)).toEqual({
      cells: [{ indicatorId: 2, category: '', value: null }],
      problems: new Map(),
    });
    const bad = collectChanges(rows, new Map([[cellKey(1, ''), 'mười']]));
    expect(bad.cells).toEqual([]);
    expect(bad.problems.get(cellKey(1, ''))).toBe('unreadable');
  });

  it('computes totals and rates from the grid as typed', () => {
    const summoned = row(10, [{ category: '', value: 100 }]);
    const attended = row(11, [{ category: '', value: null }]);
    const drafts = new Map([[cellKey(11, ''), '80']]);
    const ratio = { id: 12, name: 'Tỷ lệ', numeratorId: 11, denominatorId: 10 };
    expect(liveRatio(ratio, [summoned, attended], drafts)).toBe(80);
    expect(liveRatio(ratio, [summoned, attended], new Map())).toBeNull();
    const split = row(20, [
      { category: 'dt1', value: 3 },
      { category: 'dt2', value: null },
    ]);
    expect(rowTotal(split, new Map([[cellKey(20, 'dt2'), '4']]))).toBe(7);
  });

  it('moves up and down within a column, skipping rows without that cell', () => {
    const editable = [
      { row: 0, col: 0 },
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 0 },
    ];
    expect(nextCell(editable, { row: 0, col: 0 }, 'down')).toEqual({ row: 2, col: 0 });
    expect(nextCell(editable, { row: 2, col: 0 }, 'up')).toEqual({ row: 0, col: 0 });
    expect(nextCell(editable, { row: 1, col: 1 }, 'right')).toEqual({ row: 1, col: 2 });
    expect(nextCell(editable, { row: 1, col: 1 }, 'left')).toBeNull();
    expect(nextCell(editable, { row: 2, col: 0 }, 'down')).toBeNull();
  });
});

describe('readBound', () => {
  it('reads target bounds and allocations in Vietnamese notation', () => {
    expect(readBound('1.250')).toEqual({ value: 1250 });
    expect(readBound('94,5')).toEqual({ value: 94.5 });
    expect(readBound('')).toEqual({ value: null });
    expect(readBound('-1')).toEqual({ unreadable: true });
    expect(readBound('chín')).toEqual({ unreadable: true });
  });
});

describe('parseDayMonthYear', () => {
  it('reads dd/MM/yyyy days and refuses days that do not exist', () => {
    expect(parseDayMonthYear('29/11/2026')).toBe('2026-11-29');
    expect(parseDayMonthYear(' 5/1/2027 ')).toBe('2027-01-05');
    expect(parseDayMonthYear('31/02/2026')).toBeNull();
    expect(parseDayMonthYear('2026-11-29')).toBeNull();
    expect(parseDayMonthYear('')).toBeNull();
  });
});

describe('sortByVietnameseName', () => {
  it('puts Đ right after D, as the Vietnamese alphabet does', () => {
    const names = ['Xã Đồng Đăng', 'Xã Yên Phúc', 'Xã Điềm He', 'Xã Bắc Sơn', 'Xã Dân Chủ'];
    expect(sortByVietnameseName(names, (n) => n)).toEqual([
      'Xã Bắc Sơn',
      'Xã Dân Chủ',
      'Xã Điềm He',
      'Xã Đồng Đăng',
      'Xã Yên Phúc',
    ]);
  });
});

describe('splitBalance', () => {
  it('says how much is missing or too much, without float noise', () => {
    expect(splitBalance([10, 15, null], 30)).toEqual({ sum: 25, state: 'missing', amount: 5 });
    expect(splitBalance([20, 13], 30)).toEqual({ sum: 33, state: 'over', amount: 3 });
    expect(splitBalance([0.1, 0.2], 0.3)).toEqual({ sum: 0.3, state: 'exact', amount: 0 });
  });
});

describe('ratiosOfGrid', () => {
  it('keeps the rates whose two parts are both rows of the grid', () => {
    const grid = {
      rows: [row(10, [{ category: '', value: null }]), row(11, [{ category: '', value: null }])],
    };
    const indicator = (id: number, numeratorId: number | null, denominatorId: number | null) => ({
      id,
      code: `R${id}`,
      name: `Tỷ lệ ${id}`,
      kind: 'ratio' as const,
      unitOfMeasure: '%',
      aggregation: 'sum',
      group: 'dqtv',
      disaggregation: 'none',
      numeratorId,
      denominatorId,
      determinedBy: null,
    });
    expect(
      ratiosOfGrid([indicator(12, 11, 10), indicator(13, 11, 99)], grid as unknown as TEntryGrid),
    ).toEqual([{ id: 12, name: 'Tỷ lệ 12', numeratorId: 11, denominatorId: 10 }]);
  });
});

describe('targets and dashboards', () => {
  const target = (id: number, unitId: number, min: number | null, parentTargetId: number | null) =>
    ({ id, unitId, min, max: min, parentTargetId }) as TTarget;

  it('reads the current split of a quota from the listed targets', () => {
    const quota = target(1, 100, 30, null);
    const split = allocationsOf(quota, [
      quota,
      target(2, 101, 25, 1),
      target(3, 102, 5, 1),
      target(4, 103, 9, 7),
    ]);
    expect([...split]).toEqual([
      [101, 25],
      [102, 5],
    ]);
  });

  it('draws one reference line only when the sub-units share a minimum', () => {
    expect(sharedMinimum([{ min: 94, max: null }, null, { min: 94, max: 100 }])).toBe(94);
    expect(
      sharedMinimum([
        { min: 94, max: null },
        { min: 90, max: null },
      ]),
    ).toBeNull();
    expect(sharedMinimum([null])).toBeNull();
  });

  it('flags an indicator whose unit or a sub-unit is below target', () => {
    const indicator = (value: number | null, childValue: number | null) =>
      ({
        value,
        target: null,
        children: [
          { unitId: 1, unitName: 'Phường Đông Kinh', value: childValue, target: { min: 94, max: null } },
        ],
      }) as unknown as TDashboardIndicator;
    expect(needsAttention(indicator(80, 80))).toBe(true);
    expect(needsAttention(indicator(80, null))).toBe(false);
    expect(needsAttention(indicator(96, 96))).toBe(false);
  });

  it('tells units that reported on time from late ones and from those that did not', () => {
    expect(reportingStatus({ firstEnteredAt: null, onTime: false })).toBe('missing');
    expect(reportingStatus({ firstEnteredAt: '2026-12-20T02:00:00Z', onTime: false })).toBe('late');
    expect(reportingStatus({ firstEnteredAt: '2026-11-20T02:00:00Z', onTime: true })).toBe('onTime');
  });

  it('counts days in the browser calendar, across month ends', () => {
    expect(localIsoDate(0, new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
    expect(localIsoDate(10, new Date(2026, 11, 25))).toBe('2027-01-04');
  });
});

describe('targetableIndicators', () => {
  it('leaves out the conscription quota, which its register splits, and keeps its achievement rate', () => {
    const codes = ['TQ_CHI_TIEU', 'TQ_DA_GIAO', 'TQ_TY_LE', 'QPAN_LUOT_NGUOI'].map((code) => ({ code }));
    expect(targetableIndicators(codes).map((i) => i.code)).toEqual([
      'TQ_DA_GIAO',
      'TQ_TY_LE',
      'QPAN_LUOT_NGUOI',
    ]);
  });
});
