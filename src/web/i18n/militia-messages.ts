import { militiaEn } from './militia-en.ts';
import { militiaVi } from './militia-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the militia and reserve page. */
export type MilitiaKey = keyof typeof militiaVi;

/** The translate function of the militia and reserve page. */
export type MilitiaTranslateFn = SectionTranslateFn<MilitiaKey>;

/** Translates the militia and reserve page's messages in the current language. */
export const useMilitiaT = createSectionTranslator<MilitiaKey>({ vi: militiaVi, en: militiaEn });
