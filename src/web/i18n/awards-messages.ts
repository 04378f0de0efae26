import { awardsEn } from './awards-en.ts';
import { awardsVi } from './awards-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the award pages. */
export type AwardsKey = keyof typeof awardsVi;

/** The translate function of the award pages. */
export type AwardsTranslateFn = SectionTranslateFn<AwardsKey>;

/** Translates the award pages' messages in the current language. */
export const useAwardsT = createSectionTranslator<AwardsKey>({ vi: awardsVi, en: awardsEn });
