import { Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { useTrainingClass, useTrainingMutations } from '../../../api/training.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { type RegisterDetailMode, RegisterEntryActions, RegisterFacts } from '../register-detail.tsx';
import { CancelEntryForm, ConfirmDelete } from '../register-dialogs.tsx';
import { formatSpan, RegisterStatusBadge } from '../register-fields.tsx';
import { TrainingClassForm, TrainingResultForm } from './training-class-form.tsx';

function Facts({ c }: { c: TTrainingClass }) {
  const t = useDrillsT();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('common.unit'), c.unit.name],
    [
      t('training.audience'),
      c.audience === 'khac' ? `${t('audience.khac')}: ${c.audienceNote ?? ''}` : t(`audience.${c.audience}`),
    ],
    [t('training.col.when'), formatSpan(c.startsOn, c.endsOn, format.date)],
    [t('common.organiser'), c.organiser.agencyName ?? c.organiser.text ?? '—'],
    [
      t('classDetail.participants'),
      t('classDetail.plannedActual', {
        planned: format.number(c.plannedParticipants),
        actual: c.actualParticipants === null ? '—' : format.number(c.actualParticipants),
      }),
    ],
    [t('common.notes'), c.notes ?? '—'],
  ];
  return <RegisterFacts rows={rows} testId="class-facts" />;
}

/** One class in a side panel, with the actions the user may take, each as a form in the panel. */
export function TrainingDetail({
  classId,
  units,
  onClose,
}: {
  classId: number | null;
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const t = useDrillsT();
  const query = useTrainingClass(classId);
  const mutations = useTrainingMutations();
  const [mode, setMode] = useState<RegisterDetailMode>('view');
  const back = () => setMode('view');
  const close = () => {
    setMode('view');
    for (const m of [mutations.update, mutations.recordResult, mutations.cancel, mutations.remove]) m.reset();
    onClose();
  };
  const c = query.data;
  return (
    <Drawer
      opened={classId !== null}
      onClose={close}
      position="right"
      size="lg"
      title={c ? c.title : t('training.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : c ? (
        <Stack gap="md" data-testid="class-detail">
          <Group gap="xs">
            <RegisterStatusBadge status={c.status} />
            <Badge variant="outline">{t(`audience.${c.audience}`)}</Badge>
          </Group>
          {mode === 'view' ? (
            <>
              <Facts c={c} />
              <RegisterEntryActions actions={c.actions} status={c.status} onMode={setMode} />
            </>
          ) : null}
          {mode === 'edit' ? (
            <TrainingClassForm
              trainingClass={c}
              units={units}
              defaultUnitId={c.unit.id}
              mutation={mutations.update}
              onCancel={back}
              onSubmit={({ unitId: _unit, ...body }) =>
                mutations.update.mutate({ id: c.id, body }, { onSuccess: back })
              }
            />
          ) : null}
          {mode === 'result' ? (
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('classResult.title')}
              </Text>
              <TrainingResultForm
                trainingClass={c}
                mutation={mutations.recordResult}
                onCancel={back}
                onSubmit={(body) => mutations.recordResult.mutate({ id: c.id, body }, { onSuccess: back })}
              />
              <Text size="xs" c="dimmed">
                {t('classResult.hint')}
              </Text>
            </Stack>
          ) : null}
          {mode === 'cancel' ? (
            <CancelEntryForm
              hint={t('cancel.hint')}
              mutation={mutations.cancel}
              onCancel={back}
              onSubmit={(reason) => mutations.cancel.mutate({ id: c.id, reason }, { onSuccess: back })}
            />
          ) : null}
          {mode === 'delete' ? (
            <ConfirmDelete
              hint={t('classDelete.hint', { title: c.title })}
              mutation={mutations.remove}
              onCancel={back}
              onConfirm={() => mutations.remove.mutate(c.id, { onSuccess: close })}
            />
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
