import { conferencesEn } from './conferences-en.ts';
import { conferencesVi } from './conferences-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the conference pages. */
export type ConferencesKey = keyof typeof conferencesVi;

/** The translate function of the conference pages. */
export type ConferencesTranslateFn = SectionTranslateFn<ConferencesKey>;

/** Translates the conference pages' messages in the current language. */
export const useConferencesT = createSectionTranslator<ConferencesKey>({
  vi: conferencesVi,
  en: conferencesEn,
});
