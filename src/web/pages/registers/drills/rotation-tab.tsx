import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import type { TRotation, TRotationCommune } from '../../../../shared/schemas/drills.ts';
import { rotationXlsxUrl, useRotation, useRotationMutations } from '../../../api/drills.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat, useT } from '../../../i18n/language-provider.tsx';
import { foldVietnamese } from '../../documents/form-values.ts';
import { isPinned, RotationMoveForm } from './rotation-move-form.tsx';

/** Five-year terms offered: the one containing this year, the one before and the one after. */
export function rotationTerms(currentYear: number): { from: number; to: number }[] {
  // Terms run 2021–2025, 2026–2030…: the cycle of the provincial defence-zone drills.
  const start = currentYear - ((((currentYear - 2021) % 5) + 5) % 5);
  return [start - 5, start, start + 5].map((from) => ({ from, to: from + 4 }));
}

type CellState = 'done' | 'scheduled' | 'planned' | 'none';

function cellState(c: TRotationCommune, year: number): CellState {
  if (c.doneYears.includes(year)) return 'done';
  if (c.plannedYear === year) return c.scheduledYears.includes(year) ? 'scheduled' : 'planned';
  return 'none';
}

const MARKS: Record<CellState, string> = { done: '●', scheduled: '◐', planned: '○', none: '' };

/**
 * "Kế hoạch luân phiên": which commune drills in which year of a term. The province proposes a
 * plan, sees it as a grid of communes × years with each year's count and share against the
 * 20–25 % band, moves a commune, and enters a year's drills in the register.
 */
export function RotationTab({ provinceId, currentYear }: { provinceId: number; currentYear: number }) {
  const t = useDrillsT();
  const common = useT();
  const format = useFormat();
  const terms = rotationTerms(currentYear);
  const [termFrom, setTermFrom] = useState(terms[1]!.from);
  const termTo = termFrom + 4;
  const rotation = useRotation(provinceId, termFrom, termTo);
  const { propose, assignYear } = useRotationMutations(provinceId, termFrom);
  const [filter, setFilter] = useState('');
  const [moving, setMoving] = useState<TRotationCommune | null>(null);
  const [isConfirmingRepropose, setConfirmingRepropose] = useState(false);
  const percent = (share: number) => `${format.number(Math.round(share * 1000) / 10)}%`;

  const doPropose = () =>
    propose.mutate(
      { unitId: provinceId, termFrom, termTo },
      { onSuccess: () => setConfirmingRepropose(false) },
    );

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="lg" wrap="wrap">
        <Select
          label={t('rotation.term')}
          data={terms.map((term) => ({
            value: String(term.from),
            label: t('rotation.termLabel', { from: term.from, to: term.to }),
          }))}
          value={String(termFrom)}
          onChange={(value) => value && setTermFrom(Number(value))}
          allowDeselect={false}
          w={180}
        />
        {rotation.data?.plan ? (
          <Group gap="xs">
            {rotation.data.actions.propose ? (
              <Button variant="default" onClick={() => setConfirmingRepropose(true)}>
                {t('rotation.repropose')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={rotationXlsxUrl(provinceId, termFrom, termTo)}
              download
              variant="default"
            >
              {t('common.export')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {rotation.isPending ? (
        <PageLoader />
      ) : rotation.isError ? (
        <ErrorAlert error={rotation.error} title={t('common.loadFailed')} />
      ) : (
        <RotationBody
          rotation={rotation.data}
          filter={filter}
          onFilter={setFilter}
          percent={percent}
          onPropose={doPropose}
          isProposing={propose.isPending}
          proposeError={propose.error}
          onMove={setMoving}
          onAssign={(year) =>
            rotation.data.plan && assignYear.mutate({ planId: rotation.data.plan.id, year })
          }
          assignState={assignYear}
        />
      )}
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? t('rotation.moveTitle', { commune: moving.name }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {moving && rotation.data ? (
          <RotationMoveForm
            rotation={rotation.data}
            commune={moving}
            percent={percent}
            onDone={() => setMoving(null)}
            onCancel={() => setMoving(null)}
          />
        ) : null}
      </Modal>
      <Modal
        opened={isConfirmingRepropose}
        onClose={() => setConfirmingRepropose(false)}
        title={t('rotation.reproposeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('rotation.reproposeHint')}</Text>
          {propose.isError ? <ErrorAlert error={propose.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingRepropose(false)}>
              {common('common.cancel')}
            </Button>
            <Button onClick={doPropose} loading={propose.isPending} data-autofocus>
              {t('rotation.repropose')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function RotationBody({
  rotation,
  filter,
  onFilter,
  percent,
  onPropose,
  isProposing,
  proposeError,
  onMove,
  onAssign,
  assignState,
}: {
  rotation: TRotation;
  filter: string;
  onFilter: (value: string) => void;
  percent: (share: number) => string;
  onPropose: () => void;
  isProposing: boolean;
  proposeError: Error | null;
  onMove: (c: TRotationCommune) => void;
  onAssign: (year: number) => void;
  assignState: ReturnType<typeof useRotationMutations>['assignYear'];
}) {
  const t = useDrillsT();
  const format = useFormat();
  const band = { minPct: percent(rotation.minShare), maxPct: percent(rotation.maxShare) };
  const current = rotation.current;
  const inBand = current.share >= rotation.minShare && current.share <= rotation.maxShare;
  const needle = foldVietnamese(filter.trim());
  const shown = needle
    ? rotation.communes.filter((c) => foldVietnamese(c.name).includes(needle))
    : rotation.communes;

  return (
    <Stack gap="md">
      <Card withBorder padding="md" data-testid="rotation-current">
        <Stack gap={6}>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} fz="md">
              {t('rotation.current', {
                year: current.year,
                drilled: format.number(current.drilled),
                total: format.number(current.communes),
                share: percent(current.share),
              })}
            </Title>
            <Badge color={inBand ? 'green' : 'orange'} variant="light">
              {inBand ? t('rotation.inBand', band) : t('rotation.outOfBand', band)}
            </Badge>
          </Group>
          <Progress.Root size="lg" aria-hidden>
            <Progress.Section
              value={Math.min(100, current.share * 100)}
              color={inBand ? 'green' : 'orange'}
            />
          </Progress.Root>
          <Text size="xs" c="dimmed">
            {t('rotation.currentHint', band)}
          </Text>
        </Stack>
      </Card>
      <Text size="sm" c="dimmed">
        {t('rotation.intro', {
          min: rotation.bounds.min,
          max: rotation.bounds.max,
          total: rotation.communes.length,
          ...band,
        })}
      </Text>
      {rotation.plan === null ? (
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{t('rotation.none')}</Text>
            <Text size="sm" c="dimmed">
              {t('rotation.noneHint')}
            </Text>
            {proposeError ? <ErrorAlert error={proposeError} /> : null}
            {rotation.actions.propose ? (
              <Button onClick={onPropose} loading={isProposing}>
                {t('rotation.propose')}
              </Button>
            ) : null}
          </Stack>
        </Card>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <TextInput
              label={t('rotation.filter')}
              value={filter}
              onChange={(event) => onFilter(event.currentTarget.value)}
              w={260}
            />
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('rotation.legend')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('rotation.updated', { at: format.dateTime(rotation.plan.updatedAt) })}
              </Text>
            </Stack>
          </Group>
          {assignState.isError ? <ErrorAlert error={assignState.error} /> : null}
          {assignState.isSuccess && assignState.variables ? (
            <Alert color="green" variant="light" role="status">
              {t('rotation.assignDone', {
                year: assignState.variables.year,
                created: format.number(assignState.data.created),
                existing: format.number(assignState.data.existing),
              })}
            </Alert>
          ) : null}
          <Table.ScrollContainer minWidth={760}>
            <Table
              stickyHeader
              withTableBorder
              withColumnBorders
              verticalSpacing={4}
              data-testid="rotation-grid"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rotation.col.commune')}</Table.Th>
                  {rotation.years.map((y) => (
                    <Table.Th key={y.year} ta="center" w={96}>
                      {y.year}
                    </Table.Th>
                  ))}
                  <Table.Th ta="center" w={90}>
                    {t('rotation.col.last')}
                  </Table.Th>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('rotation.row.planned')}</Table.Th>
                  {rotation.years.map((y) => (
                    <Table.Td
                      key={y.year}
                      ta="center"
                      data-testid={`rotation-planned-${y.year}`}
                      data-count={y.planned}
                      data-within-band={y.isWithinBand}
                      bg={y.isWithinBand ? 'green.1' : 'red.1'}
                    >
                      <Text size="sm" fw={700}>
                        {format.number(y.planned)}
                      </Text>
                      <Text size="xs">{percent(y.plannedShare)}</Text>
                    </Table.Td>
                  ))}
                  <Table.Td />
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('rotation.row.done')}</Table.Th>
                  {rotation.years.map((y) => (
                    <Table.Td
                      key={y.year}
                      ta="center"
                      data-testid={`rotation-done-${y.year}`}
                      data-count={y.done}
                    >
                      <Text size="sm" fw={600}>
                        {format.number(y.done)}
                      </Text>
                      <Text size="xs">{percent(y.doneShare)}</Text>
                    </Table.Td>
                  ))}
                  <Table.Td />
                </Table.Tr>
                {rotation.actions.adjust ? (
                  <Table.Tr>
                    <Table.Th>{t('rotation.row.assign')}</Table.Th>
                    {rotation.years.map((y) => (
                      <Table.Td key={y.year} ta="center">
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => onAssign(y.year)}
                          loading={assignState.isPending && assignState.variables?.year === y.year}
                          disabled={y.withDrill === y.planned}
                        >
                          {t('rotation.assign', { year: y.year })}
                        </Button>
                      </Table.Td>
                    ))}
                    <Table.Td />
                  </Table.Tr>
                ) : null}
              </Table.Thead>
              <Table.Tbody>
                {shown.map((c) => (
                  <Table.Tr key={c.id} data-commune-id={c.id} data-planned-year={c.plannedYear ?? ''}>
                    <Table.Td>
                      <Group gap="xs" justify="space-between" wrap="nowrap">
                        <Text size="sm">{c.name}</Text>
                        {rotation.actions.adjust && !isPinned(c) ? (
                          <Button size="compact-xs" variant="subtle" onClick={() => onMove(c)}>
                            {t('rotation.move')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                    {rotation.years.map((y) => {
                      const state = cellState(c, y.year);
                      const label =
                        state === 'done'
                          ? t('rotation.done', { year: y.year })
                          : state === 'scheduled'
                            ? t('rotation.scheduled', { year: y.year })
                            : state === 'planned'
                              ? t('rotation.planned', { year: y.year })
                              : undefined;
                      return (
                        <Table.Td
                          key={y.year}
                          ta="center"
                          data-year={y.year}
                          data-state={state}
                          bg={state === 'done' ? 'green.0' : state === 'none' ? undefined : 'blue.0'}
                        >
                          {label ? (
                            <Tooltip label={label}>
                              <Text
                                span
                                fz="lg"
                                c={state === 'done' ? 'green.8' : 'blue.8'}
                                aria-label={label}
                                role="img"
                              >
                                {MARKS[state]}
                              </Text>
                            </Tooltip>
                          ) : null}
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="center">
                      <Text size="sm" c="dimmed">
                        {c.lastDrillYear ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
