/** How one field changed between the before and after snapshots of an audit entry. */
export type FieldChange = 'added' | 'removed' | 'changed' | 'same';

/** One line of an audit diff. */
export interface DiffRow {
  /** Field name; '' when a snapshot is not an object and is compared whole. */
  key: string;
  before: unknown;
  after: unknown;
  change: FieldChange;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function classify(hasBefore: boolean, hasAfter: boolean, before: unknown, after: unknown): FieldChange {
  if (!hasBefore) return 'added';
  if (!hasAfter) return 'removed';
  return sameValue(before, after) ? 'same' : 'changed';
}

/**
 * Compares two audit snapshots field by field (before's order first, then new fields), so a
 * reader sees at a glance what a write changed. Null or missing snapshots mean "did not exist".
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  if ((hasBefore && !isPlainObject(before)) || (hasAfter && !isPlainObject(after))) {
    return [{ key: '', before, after, change: classify(hasBefore, hasAfter, before, after) }];
  }
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const keys = [...Object.keys(from), ...Object.keys(to).filter((key) => !Object.hasOwn(from, key))];
  return keys.map((key) => {
    const inBefore = hasBefore && Object.hasOwn(from, key);
    const inAfter = hasAfter && Object.hasOwn(to, key);
    return {
      key,
      before: from[key],
      after: to[key],
      change: classify(inBefore, inAfter, from[key], to[key]),
    };
  });
}

/** A snapshot value as readable text: strings as they are, the rest as JSON. */
export function formatSnapshotValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
