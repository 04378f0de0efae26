import { describe, expect, it } from 'vitest';
import type { TaskSummaryRow } from '../../api/tasks.ts';
import { sortForChase, taskListHref } from './task-list-params.ts';

const row = (
  agencyName: string,
  overdue: number,
  notStarted: number,
  unitName = 'Tỉnh Lạng Sơn',
): TaskSummaryRow => ({
  agencyId: agencyName.length,
  agencyName,
  unitId: 1,
  unitName,
  total: overdue + notStarted + 1,
  inTerm: 1,
  overdue,
  doneOnTime: 0,
  doneLate: 0,
  notStarted,
});

describe('taskListHref', () => {
  it('builds the list address with Vietnamese parameters', () => {
    expect(taskListHref({})).toBe('/nhiem-vu');
    expect(taskListHref({ tab: 'tat-ca', documentId: 4 })).toBe('/nhiem-vu?xem=tat-ca&van-ban=4');
    expect(taskListHref({ tab: 'don-doc', agencyId: 9 })).toBe('/nhiem-vu?xem=don-doc&co-quan=9');
  });
});

describe('sortForChase', () => {
  it('puts the most overdue first, then the most not started, then by name in Vietnamese order', () => {
    const sorted = sortForChase([
      row('Sở Y tế', 0, 0),
      row('Đảng ủy xã', 0, 2),
      row('Công an tỉnh', 3, 0),
      row('Dân quân', 0, 2),
      row('Bộ CHQS tỉnh', 1, 5),
    ]);
    expect(sorted.map((r) => r.agencyName)).toEqual([
      'Công an tỉnh',
      'Bộ CHQS tỉnh',
      'Dân quân',
      'Đảng ủy xã',
      'Sở Y tế',
    ]);
  });
});
