import { Badge } from '@mantine/core';
import type { AwardState } from '../../../shared/schemas/awards.ts';
import { useAwardsT } from '../../i18n/awards-messages.ts';
import { AWARD_STATE_COLORS } from './award-values.ts';

/** A proposal's state: "Đã đề nghị", "Đã xét", "Được khen thưởng", "Không khen thưởng". */
export function AwardStateBadge({ state }: { state: AwardState }) {
  const t = useAwardsT();
  return (
    <Badge
      color={AWARD_STATE_COLORS[state]}
      variant="light"
      data-state={state}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(`state.${state}`)}
    </Badge>
  );
}
