import { Anchor, Breadcrumbs, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../../api/session.ts';
import { sortUnitsForDisplay, useUnit, useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';

/**
 * Picks the unit whose figures are shown: the user's own unit at first, then down the tree one
 * level at a time (children load from the units API), and back up through the trail.
 */
export function UnitPicker({ unitId, onChange }: { unitId: number; onChange: (unitId: number) => void }) {
  const t = useT();
  const ft = useFiguresT();
  const user = useCurrentUser();
  const unit = useUnit(unitId);
  const children = useUnitChildren(unitId, false);
  // The API lists only the ancestors within the user's scope, so the trail starts at their unit.
  const trail = unit.data
    ? [...unit.data.path, { id: unit.data.id, name: unit.data.name }]
    : [{ id: user.unit.id, name: user.unit.name }];
  const current = trail.at(-1);
  const childItems = children.data ? sortUnitsForDisplay(children.data.items) : [];

  return (
    <Group align="flex-end" gap="lg" wrap="wrap">
      <Stack gap={4} miw={220}>
        <Text size="sm" fw={500}>
          {ft('unitPicker.current')}
        </Text>
        {unit.isError ? (
          <ErrorAlert error={unit.error} />
        ) : (
          <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }} mih={36}>
            {trail.slice(0, -1).map((step) => (
              <Anchor
                key={step.id}
                component="button"
                type="button"
                size="sm"
                onClick={() => onChange(step.id)}
              >
                {step.name}
              </Anchor>
            ))}
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} aria-current="true" data-testid="figures-unit">
                {unit.isPending ? '…' : current?.name}
              </Text>
              {unit.isPending ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
            </Group>
          </Breadcrumbs>
        )}
      </Stack>
      {childItems.length > 0 ? (
        <Select
          label={ft('unitPicker.child')}
          placeholder={ft('unitPicker.childPlaceholder')}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          value={null}
          onChange={(value) => {
            if (value) onChange(Number(value));
          }}
          data={childItems.map((child) => ({ value: String(child.id), label: child.name }))}
          w={{ base: '100%', sm: 300 }}
        />
      ) : null}
    </Group>
  );
}
