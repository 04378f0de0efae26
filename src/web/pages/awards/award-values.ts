import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import {
  AWARD_CATALOGUE,
  AWARD_FORM_LABELS,
  type AwardForm,
  type CatalogueAward,
  type NomineeKind,
} from '../../../shared/award-catalogue.ts';
import type { AwardState } from '../../../shared/schemas/awards.ts';

/** The workflow states in order, for filters. */
export const AWARD_STATE_VALUES: readonly AwardState[] = ['proposed', 'reviewed', 'approved', 'rejected'];

/** Colours of the state badges. */
export const AWARD_STATE_COLORS: Record<AwardState, string> = {
  proposed: 'blue',
  reviewed: 'violet',
  approved: 'teal',
  rejected: 'red',
};

/**
 * The awards a unit at `level` may propose for a nominee kind, grouped by form: a unit proposes
 * what its own level or a level above decides (a province does not propose a commune's Giấy khen).
 */
export function awardOptions(kind: NomineeKind, level: number): ComboboxItemGroup<ComboboxItem>[] {
  const groups = new Map<AwardForm, CatalogueAward[]>();
  for (const award of AWARD_CATALOGUE) {
    if (!award.for.includes(kind) || level < award.decidingLevel) continue;
    groups.set(award.form, [...(groups.get(award.form) ?? []), award]);
  }
  return [...groups.entries()].map(([form, awards]) => ({
    group: AWARD_FORM_LABELS[form],
    items: awards.map((a) => ({ value: a.code, label: a.name })),
  }));
}

/** Achievements with the chosen evidence appended as lines, each once. */
export function withEvidenceLines(achievements: string, labels: readonly string[]): string {
  const present = new Set(achievements.split('\n').map((line) => line.replace(/^-\s*/, '').trim()));
  const added = labels.filter((l) => !present.has(l)).map((l) => `- ${l}`);
  if (added.length === 0) return achievements;
  return [achievements.trimEnd(), ...added].filter(Boolean).join('\n');
}

/** Years offered for evidence and filters: this one and four back. */
export function awardYearOptions(current: number): string[] {
  return Array.from({ length: 5 }, (_, i) => String(current - i));
}
