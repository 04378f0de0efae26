import { ActionIcon, Box, Indicator, Menu, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { type AppNotification, useMarkNotificationRead, useNotifications } from '../api/notifications.ts';
import { useFormat } from '../i18n/language-provider.tsx';
import { useNotificationsT } from '../i18n/notifications-messages.ts';

// The dropdown stays short; the rest are older reminders of the same tasks.
const SHOWN = 15;

function BellIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15.5a2.3 2.3 0 0 0 4.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function NotificationItem({
  item,
  onOpen,
}: {
  item: AppNotification;
  onOpen: (item: AppNotification) => void;
}) {
  const nt = useNotificationsT();
  const format = useFormat();
  const isUnread = item.readAt === null;
  const content = (
    <Box>
      <Text size="sm" fw={isUnread ? 600 : 400} lineClamp={3}>
        {isUnread ? <VisuallyHidden>{`${nt('notifications.unreadMark')}: `}</VisuallyHidden> : null}
        {item.title}
      </Text>
      <Text size="xs" c="dimmed">
        {format.dateTime(item.createdAt)}
      </Text>
    </Box>
  );
  const leftSection = (
    <Box
      w={8}
      h={8}
      style={{ borderRadius: '50%', background: isUnread ? 'var(--mantine-color-red-6)' : 'transparent' }}
    />
  );
  return item.link ? (
    <Menu.Item component={Link} to={item.link} onClick={() => onOpen(item)} leftSection={leftSection}>
      {content}
    </Menu.Item>
  ) : (
    <Menu.Item onClick={() => onOpen(item)} leftSection={leftSection}>
      {content}
    </Menu.Item>
  );
}

/** The header's bell: the unread count on it, the latest reminders under it; opening one marks it read. */
export function NotificationBell() {
  const nt = useNotificationsT();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const open = (item: AppNotification) => {
    if (item.readAt === null) markRead.mutate(item.id);
  };
  return (
    <Menu position="bottom-end" width={360} shadow="md" withinPortal>
      <Menu.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          offset={4}
          disabled={unread === 0}
          data-testid="notification-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={
              unread > 0 ? nt('notifications.unread', { count: unread }) : nt('notifications.label')
            }
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{nt('notifications.label')}</Menu.Label>
        {notifications.isError ? (
          <Text size="sm" c="red" px="sm" py={6} role="alert">
            {nt('notifications.loadFailed')}
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py={6}>
            {nt('notifications.none')}
          </Text>
        ) : (
          <Box mah={420} style={{ overflowY: 'auto' }}>
            {items.slice(0, SHOWN).map((item) => (
              <NotificationItem key={item.id} item={item} onOpen={open} />
            ))}
            {items.length > SHOWN ? (
              <Text size="xs" c="dimmed" px="sm" py={6}>
                {nt('notifications.more', { count: SHOWN })}
              </Text>
            ) : null}
          </Box>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
