import { conscriptionEn } from './conscription-en.ts';
import { conscriptionVi } from './conscription-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the conscription register page. */
export type ConscriptionKey = keyof typeof conscriptionVi;

/** The translate function of the conscription register page. */
export type ConscriptionTranslateFn = SectionTranslateFn<ConscriptionKey>;

/** Translates the conscription register page's messages in the current language. */
export const useConscriptionT = createSectionTranslator<ConscriptionKey>({
  vi: conscriptionVi,
  en: conscriptionEn,
});
