import { useMemo } from 'react';
import { useLanguage } from './language-provider.tsx';
import { interpolate, type Language, type MessageParams } from './translate.ts';

/** Looks up a message of one section's catalog in the current language. */
export type SectionTranslateFn<K extends string> = (key: K, params?: MessageParams) => string;

/** A section's catalogs, one per language, with the same keys. */
export type SectionCatalogs<K extends string> = Record<Language, Record<K, string>>;

/**
 * Translates with a section's own catalogs. They are imported only by that section's pages, so
 * their text travels in the section's lazily loaded chunk instead of the first load. Pass a
 * module-level constant: the function changes only with the language.
 */
export function useSectionTranslator<K extends string>(catalogs: SectionCatalogs<K>): SectionTranslateFn<K> {
  const { language } = useLanguage();
  return useMemo<SectionTranslateFn<K>>(() => {
    const catalog = catalogs[language];
    return (key, params) => interpolate(catalog[key], params);
  }, [catalogs, language]);
}

/**
 * A section's translate hook bound to its catalogs, for `export const useXT = createSectionTranslator(…)`.
 * Equivalent to calling useSectionTranslator with the same module-level catalogs.
 */
export function createSectionTranslator<K extends string>(
  catalogs: SectionCatalogs<K>,
): () => SectionTranslateFn<K> {
  return () => useSectionTranslator(catalogs);
}
