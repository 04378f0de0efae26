import { vi } from './vi.ts';

/** Every message key; the Vietnamese catalog is the source of truth. */
export type MessageKey = keyof typeof vi;

/** Languages the interface is offered in. */
export const LANGUAGES = ['vi', 'en'] as const;

/** A language code from LANGUAGES. */
export type Language = (typeof LANGUAGES)[number];

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A message catalog: one string per key. */
export type Catalog = Record<MessageKey, string>;

/** Replaces each `{name}` in `template` with `params.name`; unknown placeholders stay as written. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` names a message (for labels built from server values such as an audit action). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/** True when `value` is a supported language code. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
