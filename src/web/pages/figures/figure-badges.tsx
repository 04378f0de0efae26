import { Badge, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { DETERMINED_BY_PATHS, type DeterminedBy } from '../../../shared/indicator-catalogue.ts';
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

/**
 * "Tính từ sổ …" next to a figure a register computes: it links to the register, where the
 * entries behind the figure are kept, since the grid itself never takes it.
 */
export function DeterminedByBadge({ source }: { source: DeterminedBy }) {
  const t = useFiguresT();
  return (
    <Tooltip label={t('entry.determinedHint')} withArrow multiline w={260} openDelay={200}>
      <Badge
        component={Link}
        to={DETERMINED_BY_PATHS[source]}
        variant="light"
        color="gray"
        size="sm"
        radius="sm"
        tt="none"
        data-determined-by={source}
        style={{ cursor: 'pointer' }}
      >
        {t(`entry.determinedBy.${source}`)}
      </Badge>
    </Tooltip>
  );
}
