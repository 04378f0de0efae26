import { documentsEn } from './documents-en.ts';
import { documentsVi } from './documents-vi.ts';
import { createSectionTranslator, type SectionTranslateFn } from './section-catalog.ts';

/** A message key of the document and task pages. */
export type DocumentsKey = keyof typeof documentsVi;

/** The translate function of the document and task pages. */
export type DocumentsTranslateFn = SectionTranslateFn<DocumentsKey>;

/** Translates the document and task pages' messages in the current language. */
export const useDocumentsT = createSectionTranslator<DocumentsKey>({ vi: documentsVi, en: documentsEn });

/** True when `key` names a message of the document and task pages (for labels built from server codes). */
export function isDocumentsKey(key: string): key is DocumentsKey {
  return Object.hasOwn(documentsVi, key);
}
