import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TConference } from '../../../shared/schemas/conferences.ts';
import type { TAgency } from '../../../shared/schemas/units.ts';
import { useConferenceMutations } from '../../api/conferences.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { ErrorAlert, FormErrorAlert } from '../../components/error-alert.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { isoToDateText, parseDateText } from '../documents/form-values.ts';
import { suggestedTaskDue } from './conference-values.ts';

type Conclusion = TConference['conclusionItems'][number];

/** Assigns a conclusion as a task of the next period: lead and supporting agencies, due date, title. */
function ToTaskModal({
  conference,
  conclusion,
  agencies,
  onClose,
  onDone,
}: {
  conference: TConference;
  conclusion: Conclusion;
  agencies: TAgency[];
  onClose: () => void;
  onDone: (taskId: number) => void;
}) {
  const t = useConferencesT();
  const format = useFormat();
  const { toTask } = useConferenceMutations(conference.id);
  const military = agencies.find((a) => a.kind === 'military_command');
  const [lead, setLead] = useState<string | null>(military ? String(military.id) : null);
  const [support, setSupport] = useState<string[]>([]);
  const [due, setDue] = useState(isoToDateText(suggestedTaskDue(conference.nextPeriodStart)));
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsFrom(toTask.error, ['leadAgencyId', 'dueOn', 'title']);
  const shown = { ...serverErrors, ...errors };
  const options = agencies.map((a) => ({ value: String(a.id), label: a.name }));

  const submit = () => {
    const next: Record<string, string> = {};
    const parsed = parseDateText(due);
    if (!lead) next.leadAgencyId = t('form.required', { field: t('task.lead').toLowerCase() });
    if (!parsed.iso) next.dueOn = t('form.badDate');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    toTask.mutate(
      {
        conclusionId: conclusion.id,
        body: {
          leadAgencyId: Number(lead),
          supportAgencyIds: support.filter((s) => s !== lead).map(Number),
          dueOn: parsed.iso!,
          title: title.trim() || undefined,
        },
      },
      { onSuccess: (res) => onDone(res.taskId) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('task.title')} size="lg" centered>
      <Stack gap="sm">
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {conclusion.text}
          </Text>
        </Paper>
        <Select
          label={t('task.lead')}
          data={options}
          value={lead}
          onChange={setLead}
          searchable
          required
          error={shown.leadAgencyId}
          data-autofocus
        />
        <MultiSelect
          label={t('task.support')}
          data={options.filter((o) => o.value !== lead)}
          value={support}
          onChange={setSupport}
          searchable
          clearable
        />
        <DateTextInput
          label={t('task.due')}
          description={t('task.dueHint', { date: format.date(conference.nextPeriodStart) })}
          value={due}
          onChange={setDue}
          error={shown.dueOn}
          required
        />
        <TextInput
          label={t('task.taskTitle')}
          description={t('task.taskTitleHint')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={500}
          error={shown.title}
        />
        {toTask.isError ? <FormErrorAlert error={toTask.error} fieldErrors={serverErrors} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={toTask.isPending}>
            {t('task.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The conference's conclusions in order; each can become a task of the next period, once. */
export function ConclusionsCard({ conference, agencies }: { conference: TConference; agencies: TAgency[] }) {
  const t = useConferencesT();
  const format = useFormat();
  const { addConclusion, deleteConclusion } = useConferenceMutations(conference.id);
  const [text, setText] = useState('');
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const [createdTask, setCreatedTask] = useState<number | null>(null);
  const canEdit = conference.actions.edit;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="conclusions-title">
      <Title order={3} fz="md" id="conclusions-title">
        {t('conclusions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('conclusions.hint', { date: format.date(conference.nextPeriodStart) })}
      </Text>
      <Stack gap="sm">
        {conference.conclusionItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('conclusions.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="conclusions">
            {conference.conclusionItems.map((c, i) => (
              <Paper key={c.id} withBorder p="sm" component="li">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Stack gap={4} style={{ flex: 1 }}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span fw={700}>
                        {i + 1}.{' '}
                      </Text>
                      {c.text}
                    </Text>
                    {c.task ? (
                      <Text size="xs" c="dimmed">
                        <Anchor component={Link} to={`/nhiem-vu/${c.task.id}`} size="xs">
                          {t('conclusions.task', { title: c.task.title })}
                        </Anchor>{' '}
                        —{' '}
                        {c.task.completedOn
                          ? t('conclusions.taskDone', { date: format.date(c.task.completedOn) })
                          : t('conclusions.taskDue', {
                              date: format.date(c.task.dueOn),
                              agency: c.task.leadAgencyName,
                            })}
                      </Text>
                    ) : null}
                  </Stack>
                  {canEdit && !c.task ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" onClick={() => setAssigning(c)}>
                        {t('conclusions.toTask')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={deleteConclusion.isPending && deleteConclusion.variables === c.id}
                        onClick={() => deleteConclusion.mutate(c.id)}
                        aria-label={`${t('conclusions.delete')} ${i + 1}`}
                      >
                        ×
                      </Button>
                    </Group>
                  ) : null}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {createdTask !== null ? (
          <Text size="sm" c="teal">
            {t('task.created')}{' '}
            <Anchor component={Link} to={`/nhiem-vu/${createdTask}`} size="sm">
              {t('task.open')}
            </Anchor>
          </Text>
        ) : null}
        {deleteConclusion.isError ? <ErrorAlert error={deleteConclusion.error} /> : null}
        {canEdit ? (
          <Stack gap="xs">
            <Textarea
              label={t('conclusions.new')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            {addConclusion.isError ? <ErrorAlert error={addConclusion.error} /> : null}
            <Group>
              <Button
                variant="light"
                disabled={!text.trim()}
                loading={addConclusion.isPending}
                onClick={() => addConclusion.mutate(text.trim(), { onSuccess: () => setText('') })}
              >
                {t('conclusions.add')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
      {assigning ? (
        <ToTaskModal
          conference={conference}
          conclusion={assigning}
          agencies={agencies}
          onClose={() => setAssigning(null)}
          onDone={(taskId) => {
            setAssigning(null);
            setCreatedTask(taskId);
          }}
        />
      ) : null}
    </Card>
  );
}
