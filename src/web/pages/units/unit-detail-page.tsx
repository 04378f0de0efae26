import { Anchor, Badge, Breadcrumbs, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { TUnitDetail } from '../../../shared/schemas/units.ts';
import { isApiError } from '../../api/client.ts';
import { useUnit } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { unitKindLabel } from '../../i18n/labels.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { AgenciesTable } from './agencies-table.tsx';
import { UnitHistory } from './unit-history.tsx';
import { UnitNotFound } from './unit-not-found.tsx';
import { UnitUsersPanel } from './unit-users-panel.tsx';

/** Parses the `:unitId` route segment; NaN for anything but a positive whole number. */
export function parseUnitId(raw: string | undefined): number {
  return raw && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
}

function UnitBreadcrumbs({ unit }: { unit: TUnitDetail }) {
  const t = useT();
  const ancestors = unit.path.filter((step) => step.id !== unit.id);
  return (
    <Breadcrumbs
      separator="›"
      separatorMargin={6}
      aria-label={t('units.breadcrumbLabel')}
      style={{ flexWrap: 'wrap' }}
    >
      <Anchor component={Link} to="/don-vi" size="sm">
        {t('nav.units')}
      </Anchor>
      {ancestors.map((step) => (
        <Anchor key={step.id} component={Link} to={`/don-vi/${step.id}`} size="sm">
          {step.name}
        </Anchor>
      ))}
      <Text size="sm" aria-current="page">
        {unit.name}
      </Text>
    </Breadcrumbs>
  );
}

function UnitFacts({ unit }: { unit: TUnitDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <DataList labelWidth={180}>
      <DataList.Item>
        <DataList.ItemLabel>{t('units.field.kind')}</DataList.ItemLabel>
        <DataList.ItemValue>{unitKindLabel(unit.kind, t)}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('units.field.code')}</DataList.ItemLabel>
        <DataList.ItemValue>{unit.code}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('units.field.validFrom')}</DataList.ItemLabel>
        <DataList.ItemValue>
          {unit.validFrom ? format.date(unit.validFrom) : t('units.field.noStart')}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('units.field.validTo')}</DataList.ItemLabel>
        <DataList.ItemValue>
          {unit.validTo ? format.date(unit.validTo) : t('units.field.stillValid')}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('units.field.children')}</DataList.ItemLabel>
        <DataList.ItemValue>{format.number(unit.childCount)}</DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Title order={3} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** A unit's page: place in the tree, validity, history, agencies and (for admins) its users. */
export function UnitDetailPage() {
  const t = useT();
  const format = useFormat();
  const unitId = parseUnitId(useParams().unitId);
  const unit = useUnit(unitId);

  if (Number.isNaN(unitId) || isApiError(unit.error, 404)) return <UnitNotFound />;
  if (unit.isPending) return <PageLoader />;
  if (unit.isError) return <ErrorAlert error={unit.error} title={t('units.loadFailed')} />;
  const data = unit.data;

  return (
    <Stack gap="lg" maw={1100}>
      <UnitBreadcrumbs unit={data} />
      <Group gap="sm" align="center">
        <Title order={2}>{data.name}</Title>
        <Badge variant="light">{unitKindLabel(data.kind, t)}</Badge>
        {data.validTo ? (
          <Badge variant="outline" color="gray">
            {t('units.historicUntil', { date: format.date(data.validTo) })}
          </Badge>
        ) : null}
      </Group>
      <Section title={t('units.section.facts')}>
        <UnitFacts unit={data} />
      </Section>
      <Section title={t('units.section.history')}>
        <UnitHistory unit={data} />
      </Section>
      <Section title={t('units.section.agencies')}>
        <AgenciesTable agencies={data.agencies} />
      </Section>
      {data.actions.manageUsers ? <UnitUsersPanel unit={data} /> : null}
    </Stack>
  );
}
