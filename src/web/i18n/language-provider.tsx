import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { formatDate, formatDateTime, formatNumber } from './format.ts';
import { readStoredLanguage, storeLanguage } from './language-storage.ts';
import {
  type Catalog,
  interpolate,
  type Language,
  type MessageKey,
  type MessageParams,
} from './translate.ts';
import { vi } from './vi.ts';

const CATALOGS: Record<Language, Catalog> = { vi, en };

/** Looks up a message in the current language and fills its `{name}` placeholders. */
export type TranslateFn = (key: MessageKey, params?: MessageParams) => string;

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: TranslateFn;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Holds the interface language, remembers it, and mirrors it in `<html lang>` and the page title. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = CATALOGS[language]['app.documentTitle'];
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<LanguageContextValue>(() => {
    const catalog = CATALOGS[language];
    return { language, setLanguage, t: (key, params) => interpolate(catalog[key], params) };
  }, [language, setLanguage]);

  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useLanguageContext(): LanguageContextValue {
  const context = useContext(LanguageContext);
  if (!context) throw new Error('LanguageProvider is missing above this component');
  return context;
}

/** The current language and a setter that also remembers the choice. */
export function useLanguage(): Pick<LanguageContextValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useLanguageContext();
  return { language, setLanguage };
}

/** The translate function for the current language: `t('nav.overview')`, `t('x', { name })`. */
export function useT(): TranslateFn {
  return useLanguageContext().t;
}

/** Date and number formatters for the current language. */
export function useFormat() {
  const { language } = useLanguageContext();
  return useMemo(
    () => ({
      date: formatDate,
      dateTime: formatDateTime,
      number: (value: number) => formatNumber(value, language),
    }),
    [language],
  );
}
