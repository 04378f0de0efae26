import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';

/** One notification of the signed-in user (a task due soon or overdue). */
export interface AppNotification {
  id: number;
  kind: string;
  title: string;
  /** In-app address, e.g. `/nhiem-vu/12`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** Answer of `GET /api/notifications`: the latest 100 and how many are unread. */
export interface NotificationsResponse {
  items: AppNotification[];
  unread: number;
}

/** Query key of the user's notifications. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

// Reminders are written by a daily job: checking every two minutes is more than enough.
const POLL_MS = 120_000;

/** The user's latest notifications and unread count, refreshed in the background. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<NotificationsResponse>('/api/notifications', { signal }),
    refetchInterval: POLL_MS,
  });
}

/** Marks one notification read, updating the cached list at once so the badge drops without waiting. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<void>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onMutate: (id) => {
      queryClient.setQueryData<NotificationsResponse>(NOTIFICATIONS_QUERY_KEY, (data) => {
        if (!data) return data;
        const target = data.items.find((n) => n.id === id);
        if (!target || target.readAt) return data;
        const readAt = new Date().toISOString();
        return {
          unread: Math.max(0, data.unread - 1),
          items: data.items.map((n) => (n.id === id ? { ...n, readAt } : n)),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
