import type { notificationsVi } from './notifications-vi.ts';

/** English messages of the notification bell; must have exactly the keys of the Vietnamese catalog. */
export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notifications.label': 'Notifications',
  'notifications.unread': 'Notifications: {count} unread',
  'notifications.none': 'No notifications yet.',
  'notifications.loadFailed': 'Cannot load notifications.',
  'notifications.unreadMark': 'Unread',
  'notifications.more': 'Only the latest {count} notifications are shown.',
};
