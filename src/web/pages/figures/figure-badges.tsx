import { Badge } from '@mantine/core';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { type FigureStatus, STATUS_COLORS, STATUS_KEYS } from './figure-values.ts';

/** A figure's standing against its target: red "Dưới chỉ tiêu", green "Đạt", grey otherwise. */
export function StatusBadge({ status }: { status: FigureStatus }) {
  const t = useFiguresT();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'below' ? 'filled' : 'light'}
      data-status={status}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(STATUS_KEYS[status])}
    </Badge>
  );
}
