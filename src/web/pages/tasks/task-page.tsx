import {
  Alert,
  Anchor,
  Blockquote,
  Box,
  Button,
  Card,
  Collapse,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TTask } from '../../../shared/schemas/tasks.ts';
import { isApiError } from '../../api/client.ts';
import { useTask, useTaskMutations } from '../../api/tasks.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { isoToDateText, parseDateText, todayIso } from '../documents/form-values.ts';
import { idFromParam } from '../documents/url-params.ts';
import { TaskCascadePanel } from './task-cascade-panel.tsx';
import { TaskHistory } from './task-history.tsx';
import { TaskProgress, TaskStatusBadge } from './task-status-badge.tsx';
import { TaskDocumentLink } from './task-table.tsx';
import { TaskTargets } from './task-targets.tsx';

function SectionCard({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} fz="md" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function TaskFacts({ task }: { task: TTask }) {
  const dt = useDocumentsT();
  const ct = useConferencesT();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [dt('tasks.col.status'), <TaskStatusBadge key="status" status={task.status} />],
    [
      dt('tasks.col.progress'),
      <TaskProgress key="progress" percent={task.progressPercent} status={task.status} />,
    ],
    [dt('tasks.col.due'), format.date(task.dueOn) || dt('task.noDue')],
    [dt('review.task.recurrence'), dt(`recurrence.${task.recurrence}`)],
    [dt('tasks.col.lead'), `${task.leadAgency.name} (${task.leadAgency.unitName})`],
    [dt('review.task.support'), task.supportAgencies.map((a) => a.name).join('; ') || null],
    [dt('tasks.col.document'), <TaskDocumentLink key="document" document={task.document} />],
    [
      dt('task.completedOn'),
      task.completedOn
        ? `${format.date(task.completedOn)} · ${task.completionConfirmed ? dt('task.confirmed') : dt('task.notConfirmed')}`
        : null,
    ],
  ];
  if (task.conference) {
    rows.push([
      ct('task.fromConference'),
      <Anchor key="conference" component={Link} to={`/hoi-nghi/${task.conference.id}`} size="sm">
        {task.conference.title}
      </Anchor>,
    ]);
  }
  if (task.parentTaskId) {
    rows.push([
      dt('task.parent'),
      <Anchor key="parent" component={Link} to={`/nhiem-vu/${task.parentTaskId}`} size="sm">
        {dt('task.openParent')}
      </Anchor>,
    ]);
  }
  if (task.implementingDocumentId) {
    rows.push([
      dt('task.implementingDocument'),
      <Anchor key="implementing" component={Link} to={`/van-ban/${task.implementingDocumentId}`} size="sm">
        {dt('task.openImplementing')}
      </Anchor>,
    ]);
  }
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={{ base: 130, sm: 200 }} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {value || (
                <Text span c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProgressForm({ task }: { task: TTask }) {
  const dt = useDocumentsT();
  const { addUpdate } = useTaskMutations(task.id);
  const [percent, setPercent] = useState<number>(task.progressPercent);
  const [note, setNote] = useState('');
  const [isSaved, setIsSaved] = useState(false);
  const submit = () => {
    setIsSaved(false);
    addUpdate.mutate(
      { percent, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setNote('');
          setIsSaved(true);
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={dt('task.update.percent')}
          value={percent}
          onChange={(value) => setPercent(typeof value === 'number' ? value : Number(value) || 0)}
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          suffix="%"
          w={140}
        />
        <Textarea
          label={dt('task.update.note')}
          placeholder={dt('task.update.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={5}
          maxLength={4000}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Group>
      {addUpdate.isError ? <ErrorAlert error={addUpdate.error} /> : null}
      {isSaved ? (
        <Alert color="green" variant="light" role="status">
          {dt('task.update.saved')}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={submit} loading={addUpdate.isPending}>
          {dt('task.update.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function CompleteForm({ task }: { task: TTask }) {
  const dt = useDocumentsT();
  const { complete } = useTaskMutations(task.id);
  const [date, setDate] = useState(isoToDateText(todayIso()));
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();
  const submit = () => {
    const parsed = parseDateText(date);
    if (!parsed.iso) return setDateError(dt(parsed.isValid ? 'task.complete.dateRequired' : 'date.invalid'));
    if (parsed.iso > todayIso()) return setDateError(dt('task.complete.future'));
    setDateError(undefined);
    complete.mutate({ completedOn: parsed.iso, note: note.trim() || undefined });
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateTextInput
          label={dt('task.complete.date')}
          value={date}
          onChange={setDate}
          error={dateError}
          w={180}
        />
        <Textarea
          label={dt('task.update.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={5}
          maxLength={4000}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Group>
      {task.recurrence !== 'once' ? (
        <Text size="xs" c="dimmed">
          {dt('task.complete.recurringHint', {
            recurrence: dt(`recurrence.${task.recurrence}`).toLowerCase(),
          })}
        </Text>
      ) : null}
      {complete.isError ? <ErrorAlert error={complete.error} /> : null}
      {complete.data?.nextTaskId ? (
        <Alert color="green" variant="light" role="status">
          <Anchor component={Link} to={`/nhiem-vu/${complete.data.nextTaskId}`} size="sm">
            {dt('task.complete.next')}
          </Anchor>
        </Alert>
      ) : null}
      <Group>
        <Button color="green" onClick={submit} loading={complete.isPending}>
          {dt('task.complete.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function ChildrenSummary({ task }: { task: TTask }) {
  const dt = useDocumentsT();
  const format = useFormat();
  const { total, done, overdue } = task.children;
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('task.children.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Group gap="lg">
        <Text size="sm">
          {dt('task.children.done', { done: format.number(done), total: format.number(total) })}
        </Text>
        <Text size="sm" c={overdue > 0 ? 'red' : 'dimmed'} fw={overdue > 0 ? 600 : 400}>
          {dt('task.children.overdue', { count: format.number(overdue) })}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={dt('task.children.label')}>
        <Progress.Section value={(done / total) * 100} color="green" />
        <Progress.Section value={(overdue / total) * 100} color="red" />
      </Progress.Root>
    </Stack>
  );
}

/**
 * A task's page: what the document says, its state and progress, and what the user may do with it
 * (report progress, report completion, confirm as a leader, assign to lower units), plus history.
 */
export function TaskPage() {
  const dt = useDocumentsT();
  const ct = useConferencesT();
  const format = useFormat();
  const id = idFromParam(useParams().taskId);
  const task = useTask(id);
  const [isCascadeOpen, setIsCascadeOpen] = useState(false);
  const [cascaded, setCascaded] = useState<number | null>(null);
  const { confirm } = useTaskMutations(id);

  if (Number.isNaN(id) || isApiError(task.error, 404)) {
    return (
      <Stack maw={720}>
        <PageHeader title={dt('task.notFound.title')} />
        <Alert color="gray" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{dt('task.notFound.description')}</Text>
            <Anchor component={Link} to="/nhiem-vu" size="sm">
              {dt('task.backToList')}
            </Anchor>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  if (task.isError) return <ErrorAlert error={task.error} title={dt('task.loadFailed')} />;
  if (!task.data) return <PageLoader />;
  const data = task.data;
  const { actions } = data;
  const canReport = actions.update && !data.completedOn;

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={dt('task.title')}
        description={
          <Anchor component={Link} to="/nhiem-vu" size="sm">
            {dt('task.backToList')}
          </Anchor>
        }
        actions={
          <Box data-testid="task-status">
            <TaskStatusBadge status={data.status} />
          </Box>
        }
      />
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text fw={600} size="lg" data-testid="task-title">
            {data.title}
          </Text>
          <TaskFacts task={data} />
        </Stack>
      </Card>
      <SectionCard title={data.conference ? ct('task.conclusionSource') : dt('task.source')} id="task-source">
        {data.sourceText ? (
          <Blockquote color="armyGreen" p="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.sourceText}
          </Blockquote>
        ) : (
          <Text size="sm" c="dimmed">
            {dt('task.noSource')}
          </Text>
        )}
      </SectionCard>
      {data.targets.length > 0 ? (
        <SectionCard title={dt('task.targets.title')} id="task-targets">
          <TaskTargets targets={data.targets} />
        </SectionCard>
      ) : null}
      {canReport ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SectionCard title={dt('task.update.title')} id="task-update">
            <ProgressForm task={data} />
          </SectionCard>
          {actions.complete ? (
            <SectionCard title={dt('task.complete.title')} id="task-complete">
              <CompleteForm task={data} />
            </SectionCard>
          ) : null}
        </SimpleGrid>
      ) : null}
      {actions.confirm ? (
        <Alert color="blue" variant="light" title={dt('task.confirm.title')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{dt('task.confirm.description', { date: format.date(data.completedOn) })}</Text>
            {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              {dt('task.confirm.submit')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <SectionCard title={dt('task.children.title')} id="task-children">
        <Stack gap="sm">
          <ChildrenSummary task={data} />
          {cascaded !== null ? (
            <Alert color="green" variant="light" role="status">
              {dt('cascade.done', { count: format.number(cascaded) })}
            </Alert>
          ) : null}
          {actions.cascade ? (
            <>
              <Button
                variant={isCascadeOpen ? 'default' : 'light'}
                onClick={() => setIsCascadeOpen((open) => !open)}
                aria-expanded={isCascadeOpen}
                style={{ alignSelf: 'flex-start' }}
              >
                {isCascadeOpen ? dt('cascade.close') : dt('cascade.open')}
              </Button>
              <Collapse expanded={isCascadeOpen}>
                {isCascadeOpen ? <TaskCascadePanel task={data} onDone={setCascaded} /> : null}
              </Collapse>
            </>
          ) : null}
        </Stack>
      </SectionCard>
      <SectionCard title={dt('task.history')} id="task-history">
        <TaskHistory taskId={data.id} />
      </SectionCard>
    </Stack>
  );
}
