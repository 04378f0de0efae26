import { drillsEn } from './drills-en.ts';
import { drillsVi } from './drills-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the drill and QP-AN class register pages. */
export type DrillsKey = keyof typeof drillsVi;

/** The translate function of the drill and QP-AN class register pages. */
export type DrillsTranslateFn = SectionTranslateFn<DrillsKey>;

/** Translates the drill and QP-AN class register pages' messages in the current language. */
export const useDrillsT = createSectionTranslator<DrillsKey>({ vi: drillsVi, en: drillsEn });
