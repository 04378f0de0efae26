import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../api/session.ts';
import { UNIT_LIST_LIMIT, useUnit, useUnitChildren } from '../api/units.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { unitKindLabel } from '../i18n/labels.ts';
import { useFormat, useT } from '../i18n/language-provider.tsx';
import { OverviewFigures } from './figures/overview-figures.tsx';

function CountCard({
  label,
  hint,
  value,
  isLoading,
  error,
  to,
}: {
  label: string;
  hint: string;
  value: string | undefined;
  isLoading: boolean;
  error: unknown;
  to: string;
}) {
  return (
    <Card withBorder padding="lg" component={Link} to={to} style={{ textDecoration: 'none' }}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {error ? (
        <ErrorAlert error={error} />
      ) : isLoading ? (
        <Skeleton h={36} w={80} my={4} />
      ) : (
        <Text fz={32} fw={700} c="armyGreen.8" lh={1.2}>
          {value}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

/** Home page: who the user acts for, the live indicators of their unit, and its units and agencies. */
export function OverviewPage() {
  const t = useT();
  const format = useFormat();
  const user = useCurrentUser();
  const unitPath = `/don-vi/${user.unit.id}`;
  const children = useUnitChildren(user.unit.id, false);
  const unit = useUnit(user.unit.id);
  const childCount = children.data?.items.length;
  const childValue =
    childCount === undefined
      ? undefined
      : childCount >= UNIT_LIST_LIMIT
        ? t('overview.atLeast', { count: format.number(childCount) })
        : format.number(childCount);

  return (
    <Stack gap="lg" maw={960}>
      <Card withBorder padding="lg">
        <Stack gap={6}>
          <Title order={2}>{t('overview.welcome', { name: user.fullName })}</Title>
          <Group gap="xs">
            <Text fw={600}>{user.unit.name}</Text>
            <Badge variant="light">{unitKindLabel(user.unit.kind, t)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('overview.actingFor', { agency: user.agency.name, role: t(`role.${user.role}`) })}
          </Text>
        </Stack>
      </Card>
      <OverviewFigures />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountCard
          label={t('overview.childUnits')}
          hint={t('overview.childUnitsHint')}
          value={childValue}
          isLoading={children.isPending}
          error={children.error}
          to="/don-vi"
        />
        <CountCard
          label={t('overview.agencies')}
          hint={t('overview.agenciesHint', { unit: user.unit.name })}
          value={unit.data ? format.number(unit.data.agencies.length) : undefined}
          isLoading={unit.isPending}
          error={unit.error}
          to={unitPath}
        />
      </SimpleGrid>
    </Stack>
  );
}
