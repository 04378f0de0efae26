import {
  Alert,
  Button,
  Checkbox,
  Group,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { AGENCY_KINDS } from '../../../shared/enums.ts';
import type { TTask } from '../../../shared/schemas/tasks.ts';
import type { TUnitDetail } from '../../../shared/schemas/units.ts';
import { apiRequest } from '../../api/client.ts';
import { useTaskMutations } from '../../api/tasks.ts';
import { sortUnitsForDisplay, unitKeys, useUnit, useUnitChildren } from '../../api/units.ts';
import { describeError, ErrorAlert } from '../../components/error-alert.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { agencyKindLabel } from '../../i18n/labels.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { foldVietnamese, isoToDateText, parseDateText } from '../documents/form-values.ts';

// Unit pages are fetched a few at a time: a province has dozens of communes.
const FETCH_BATCH = 6;

/** Runs `load` over `ids` a batch at a time and answers the results in order. */
async function inBatches<T>(ids: readonly number[], load: (id: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < ids.length; i += FETCH_BATCH) {
    results.push(...(await Promise.all(ids.slice(i, i + FETCH_BATCH).map(load))));
  }
  return results;
}

/**
 * "Giao cho cấp dưới": breaks the task into one sub-task per chosen lower unit, for the agency of
 * the chosen kind there (by default the same kind as the lead agency: Công an tỉnh → Công an xã).
 */
export function TaskCascadePanel({ task, onDone }: { task: TTask; onDone: (created: number) => void }) {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { cascade } = useTaskMutations(task.id);
  const unitId = task.leadAgency.unitId;
  const unit = useUnit(unitId);
  const children = useUnitChildren(unitId, false);
  const leadKind = unit.data?.agencies.find((a) => a.id === task.leadAgency.id)?.kind ?? null;
  const [chosenKind, setChosenKind] = useState<string | null>(null);
  const kind = chosenKind ?? leadKind;
  const [checked, setChecked] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [due, setDue] = useState(isoToDateText(task.dueOn));
  const [problem, setProblem] = useState<string | null>(null);
  const [isLoadingAgencies, setIsLoadingAgencies] = useState(false);

  const units = useMemo(() => sortUnitsForDisplay(children.data?.items ?? []), [children.data]);
  const needle = foldVietnamese(filter.trim());
  const shown = needle ? units.filter((u) => foldVietnamese(u.name).includes(needle)) : units;

  if (children.isError) return <ErrorAlert error={children.error} />;
  if (children.data && units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('cascade.noLowerUnits')}
      </Text>
    );
  }

  const submit = async () => {
    setProblem(null);
    const parsedDue = parseDateText(due);
    if (!parsedDue.isValid) return setProblem(dt('date.invalid'));
    if (!kind) return setProblem(dt('cascade.kindRequired'));
    if (checked.length === 0) return setProblem(dt('cascade.unitsRequired'));
    setIsLoadingAgencies(true);
    let details: TUnitDetail[];
    try {
      details = await inBatches(checked.map(Number), (id) =>
        queryClient.fetchQuery({
          queryKey: unitKeys.detail(id),
          queryFn: ({ signal }) => apiRequest<TUnitDetail>(`/api/units/${id}`, { signal }),
        }),
      );
    } catch (error) {
      setIsLoadingAgencies(false);
      return setProblem(describeError(error, t));
    }
    setIsLoadingAgencies(false);
    const agencyIds = details.flatMap((d) => d.agencies.filter((a) => a.kind === kind).map((a) => a.id));
    const missing = details.filter((d) => !d.agencies.some((a) => a.kind === kind)).map((d) => d.name);
    if (agencyIds.length === 0) return setProblem(dt('cascade.noAgencyOfKind'));
    cascade.mutate(
      { agencyIds, dueOn: parsedDue.iso },
      {
        onSuccess: ({ created }) => {
          setChecked([]);
          onDone(created);
          if (missing.length > 0) setProblem(dt('cascade.skippedUnits', { units: missing.join(', ') }));
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={dt('cascade.kind')}
          description={dt('cascade.kindHint')}
          data={AGENCY_KINDS.map((value) => ({ value, label: agencyKindLabel(value, t) }))}
          value={kind}
          onChange={setChosenKind}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
        />
        <DateTextInput
          label={dt('cascade.due')}
          description={dt('cascade.dueHint')}
          value={due}
          onChange={setDue}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={dt('cascade.units')}
          placeholder={dt('cascade.filterUnits')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => setChecked([...new Set([...checked, ...shown.map((u) => String(u.id))])])}
        >
          {dt('review.task.checkAll')}
        </Button>
        <Button variant="light" color="gray" size="compact-sm" onClick={() => setChecked([])}>
          {dt('review.task.uncheckAll')}
        </Button>
        <Text size="xs" c="dimmed" role="status">
          {dt('review.task.checkedCount', {
            checked: format.number(checked.length),
            total: format.number(units.length),
          })}
        </Text>
      </Group>
      <Checkbox.Group value={checked} onChange={setChecked} aria-label={dt('cascade.units')}>
        <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing={4} verticalSpacing={4} py={4}>
            {shown.map((u) => (
              <Checkbox key={u.id} value={String(u.id)} label={u.name} size="xs" />
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
      </Checkbox.Group>
      {problem ? (
        <Alert color="orange" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
      {cascade.isError ? <ErrorAlert error={cascade.error} /> : null}
      <Group>
        <Button onClick={submit} loading={isLoadingAgencies || cascade.isPending}>
          {dt('cascade.submit', { count: format.number(checked.length) })}
        </Button>
      </Group>
    </Stack>
  );
}
