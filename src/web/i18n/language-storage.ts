import { isLanguage, type Language } from './translate.ts';

/** localStorage key holding the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = 'qptd.language';

/** The saved language, or Vietnamese when none was saved (or storage is blocked). */
export function readStoredLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}

/** Saves the chosen language; a blocked storage only means the choice is not remembered. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage: the switch still works for this visit.
  }
}
