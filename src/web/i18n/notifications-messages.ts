import { notificationsEn } from './notifications-en.ts';
import { notificationsVi } from './notifications-vi.ts';
import { createSectionTranslator } from './section-catalog.ts';

/** A message key of the notification bell. */
export type NotificationsKey = keyof typeof notificationsVi;

/** Translates the notification bell's messages in the current language. */
export const useNotificationsT = createSectionTranslator<NotificationsKey>({
  vi: notificationsVi,
  en: notificationsEn,
});
