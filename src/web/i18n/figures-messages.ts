import { figuresEn } from './figures-en.ts';
import { figuresVi } from './figures-vi.ts';
import { type SectionCatalogs, type SectionTranslateFn, useSectionTranslator } from './section-catalog.ts';

/** A message key of the indicator pages. */
export type FiguresKey = keyof typeof figuresVi;

/** The translate function of the indicator pages. */
export type FiguresTranslateFn = SectionTranslateFn<FiguresKey>;

const FIGURES_CATALOGS: SectionCatalogs<FiguresKey> = { vi: figuresVi, en: figuresEn };

/** Translates the indicator pages' messages in the current language. */
export function useFiguresT(): FiguresTranslateFn {
  return useSectionTranslator(FIGURES_CATALOGS);
}

/** True when `key` names a message of the indicator pages (for labels built from server codes). */
export function isFiguresKey(key: string): key is FiguresKey {
  return Object.hasOwn(figuresVi, key);
}
