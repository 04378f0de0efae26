/**
 * Vietnamese messages of the notification bell in the header. The bell loads on its own, after the
 * first page: keep notifications-en.ts in step (TypeScript refuses a missing key).
 */
export const notificationsVi = {
  'notifications.label': 'Thông báo',
  'notifications.unread': 'Thông báo: {count} chưa đọc',
  'notifications.none': 'Chưa có thông báo nào.',
  'notifications.loadFailed': 'Không tải được thông báo.',
  'notifications.unreadMark': 'Chưa đọc',
  'notifications.more': 'Chỉ hiện {count} thông báo mới nhất.',
} satisfies Record<string, string>;
