import { describe, expect, it } from 'vitest';
import { diffRecords, formatSnapshotValue } from './diff-records.ts';

describe('diffRecords', () => {
  it('marks changed, unchanged, added and removed fields in a stable order', () => {
    expect(
      diffRecords(
        { name: 'Phường Đông Kinh', code: '06052', old: 1 },
        { name: 'Phường Đông Kinh', code: '06053', extra: true },
      ),
    ).toEqual([
      { key: 'name', before: 'Phường Đông Kinh', after: 'Phường Đông Kinh', change: 'same' },
      { key: 'code', before: '06052', after: '06053', change: 'changed' },
      { key: 'old', before: 1, after: undefined, change: 'removed' },
      { key: 'extra', before: undefined, after: true, change: 'added' },
    ]);
  });

  it('treats a missing snapshot as "did not exist"', () => {
    expect(diffRecords(null, { name: 'A' })).toEqual([
      { key: 'name', before: undefined, after: 'A', change: 'added' },
    ]);
    expect(diffRecords({ name: 'A' }, null)).toEqual([
      { key: 'name', before: 'A', after: undefined, change: 'removed' },
    ]);
    expect(diffRecords(null, null)).toEqual([]);
  });

  it('compares nested values by content', () => {
    expect(diffRecords({ aliases: ['a', 'b'] }, { aliases: ['a', 'b'] })[0]?.change).toBe('same');
    expect(diffRecords({ aliases: ['a'] }, { aliases: ['a', 'b'] })[0]?.change).toBe('changed');
  });

  it('compares non-object snapshots whole', () => {
    expect(diffRecords([1], [2])).toEqual([{ key: '', before: [1], after: [2], change: 'changed' }]);
  });
});

describe('formatSnapshotValue', () => {
  it('shows strings as they are and the rest as JSON', () => {
    expect(formatSnapshotValue('Lạng Sơn')).toBe('Lạng Sơn');
    expect(formatSnapshotValue(12)).toBe('12');
    expect(formatSnapshotValue(null)).toBe('null');
    expect(formatSnapshotValue(undefined)).toBe('');
    expect(formatSnapshotValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
