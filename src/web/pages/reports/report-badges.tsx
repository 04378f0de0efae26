import { Badge, Group } from '@mantine/core';
import type { CalendarState } from '../../api/reports.ts';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { STATE_COLORS, STATE_KEYS } from './report-values.ts';

/** A report's state: "Chưa bắt đầu", "Đang soạn", "Đã gửi", "Bị trả lại", "Đã tiếp nhận". */
export function ReportStateBadge({ state }: { state: CalendarState }) {
  const t = useReportsT();
  return (
    <Badge color={STATE_COLORS[state]} variant="light" data-state={state} style={{ whiteSpace: 'nowrap' }}>
      {t(STATE_KEYS[state])}
    </Badge>
  );
}

/** "Trễ hạn" in red; nothing when on time. */
export function LateBadge({ isLate }: { isLate: boolean }) {
  const t = useReportsT();
  if (!isLate) return null;
  return (
    <Badge color="red" variant="filled" data-testid="late-badge" style={{ whiteSpace: 'nowrap' }}>
      {t('late')}
    </Badge>
  );
}

/** The state and, when the deadline has passed unmet, the red late flag, side by side. */
export function ReportStatus({ state, isLate }: { state: CalendarState; isLate: boolean }) {
  return (
    <Group gap={6} wrap="wrap">
      <ReportStateBadge state={state} />
      <LateBadge isLate={isLate} />
    </Group>
  );
}
