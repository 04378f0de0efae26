import { INDICATOR_GROUPS, QUOTA_INDICATORS } from '../../../shared/indicator-catalogue.ts';
import { type FiguresTranslateFn, isFiguresKey } from '../../i18n/figures-messages.ts';

const GROUP_ORDER = Object.keys(INDICATOR_GROUPS);

/** The indicators a target may be set on: not a quota that its own register splits. */
export function targetableIndicators<T extends { code: string }>(items: readonly T[]): T[] {
  return items.filter((i) => !QUOTA_INDICATORS[i.code]);
}

/** Indicators by group, in the order the domain organises the work; unknown groups go last. */
export function groupIndicators<T extends { group: string }>(
  items: readonly T[],
): { group: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const rank = (group: string) => {
    const index = GROUP_ORDER.indexOf(group);
    return index === -1 ? GROUP_ORDER.length : index;
  };
  return [...groups]
    .map(([group, members]) => ({ group, items: members }))
    .sort((a, b) => rank(a.group) - rank(b.group));
}

/** A group's name in the interface language; an unknown code is shown as it is. */
export function groupLabel(group: string, t: FiguresTranslateFn): string {
  const key = `group.${group}`;
  return isFiguresKey(key) ? t(key) : group;
}
