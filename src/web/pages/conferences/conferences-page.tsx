import { Alert, Button, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../shared/enums.ts';
import type { TConferenceListQuery } from '../../../shared/schemas/conferences.ts';
import { conferencesXlsxUrl, useConferences } from '../../api/conferences.ts';
import { useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { registerYearFromParam, registerYearOptions } from '../registers/register-values.ts';
import { ConferenceFormModal, PlanAllModal } from './conference-form.tsx';
import { ConferenceCalendar, ConferenceTable } from './conference-list-views.tsx';
import { CONFERENCE_KIND_VALUES } from './conference-values.ts';

/** URL parameters of the page. */
const PARAMS = { year: 'nam', level: 'cap', kind: 'loai', view: 'xem' } as const;
const CALENDAR = 'lich';

/**
 * "Hội nghị sơ kết, tổng kết": the conferences of the user's unit and every level below, by year,
 * level and kind, as a table or month by month; planning one (or one at every level) and Excel.
 */
export function ConferencesPage() {
  const t = useConferencesT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = registerYearFromParam(params.get(PARAMS.year), currentYear);
  const rawLevel = params.get(PARAMS.level);
  const level = rawLevel && /^[0-3]$/.test(rawLevel) ? Number(rawLevel) : undefined;
  const rawKind = params.get(PARAMS.kind);
  const kind = CONFERENCE_KIND_VALUES.find((k) => k === rawKind);
  const view = params.get(PARAMS.view) === CALENDAR ? CALENDAR : 'bang';
  const query: TConferenceListQuery = { year, level, kind };
  const conferences = useConferences(query);
  const [isCreating, setIsCreating] = useState(false);
  const [isPlanningAll, setIsPlanningAll] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canWrite = user.role !== 'viewer';
  const userLevel = UNIT_KIND_LEVEL[user.unit.kind as UnitKind] ?? 3;

  const setParam = (name: keyof typeof PARAMS, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(PARAMS[name], value);
      else next.delete(PARAMS[name]);
      return next;
    });

  const items = conferences.data ?? [];
  return (
    <Stack gap="lg" maw={1320}>
      <PageHeader
        title={t('page.title')}
        description={t('page.description', { unit: user.unit.name })}
        actions={
          <Group gap="sm">
            {canWrite ? <Button onClick={() => setIsCreating(true)}>{t('action.create')}</Button> : null}
            {canWrite && userLevel < 3 ? (
              <Button variant="light" onClick={() => setIsPlanningAll(true)}>
                {t('action.planAll')}
              </Button>
            ) : null}
            <Button component="a" href={conferencesXlsxUrl(query)} download variant="default">
              {t('action.export')}
            </Button>
          </Group>
        }
      />
      {notice ? (
        <Alert color="teal" variant="light" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      <Card withBorder padding="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <Select
            label={t('filter.year')}
            data={registerYearOptions(currentYear)}
            value={String(year)}
            onChange={(v) => v && setParam('year', v === String(currentYear) ? null : v)}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t('filter.level')}
            data={[
              { value: 'all', label: t('filter.all') },
              { value: '1', label: t('level.1') },
              { value: '3', label: t('level.3') },
            ]}
            value={level === undefined ? 'all' : String(level)}
            onChange={(v) => setParam('level', v && v !== 'all' ? v : null)}
            allowDeselect={false}
            w={160}
          />
          <Select
            label={t('filter.kind')}
            data={[
              { value: 'all', label: t('filter.all') },
              ...CONFERENCE_KIND_VALUES.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ]}
            value={kind ?? 'all'}
            onChange={(v) => setParam('kind', v && v !== 'all' ? v : null)}
            allowDeselect={false}
            w={160}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('view.label')}
            </Text>
            <SegmentedControl
              value={view}
              onChange={(v) => setParam('view', v === CALENDAR ? CALENDAR : null)}
              data={[
                { value: 'bang', label: t('view.table') },
                { value: CALENDAR, label: t('view.calendar') },
              ]}
            />
          </Stack>
        </Group>
      </Card>
      {conferences.isPending ? (
        <PageLoader />
      ) : conferences.isError ? (
        <ErrorAlert error={conferences.error} title={t('page.loadFailed')} />
      ) : view === CALENDAR ? (
        <ConferenceCalendar items={items} year={year} />
      ) : items.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap={4} align="center">
            <Text fw={500}>{t('list.empty', { year })}</Text>
            {canWrite ? (
              <Text size="sm" c="dimmed">
                {t('list.emptyHint')}
              </Text>
            ) : null}
          </Stack>
        </Card>
      ) : (
        <ConferenceTable items={items} />
      )}
      {isCreating ? (
        <ConferenceFormModal
          opened
          onClose={() => setIsCreating(false)}
          unit={user.unit}
          conference={null}
          onSaved={(id) => {
            setIsCreating(false);
            navigate(`/hoi-nghi/${id}`);
          }}
        />
      ) : null}
      {isPlanningAll ? (
        <PlanAllModal
          opened
          onClose={() => setIsPlanningAll(false)}
          unit={user.unit}
          onDone={(message) => {
            setIsPlanningAll(false);
            setNotice(message);
          }}
        />
      ) : null}
    </Stack>
  );
}
