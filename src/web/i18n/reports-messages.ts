import { reportsEn } from './reports-en.ts';
import { reportsVi } from './reports-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the report pages. */
export type ReportsKey = keyof typeof reportsVi;

/** The translate function of the report pages. */
export type ReportsTranslateFn = SectionTranslateFn<ReportsKey>;

/** Translates the report pages' messages in the current language. */
export const useReportsT = createSectionTranslator<ReportsKey>({ vi: reportsVi, en: reportsEn });
