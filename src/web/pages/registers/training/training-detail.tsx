import { Badge, Stack, Text } from '@mantine/core';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { useTrainingClass, useTrainingMutations } from '../../../api/training.ts';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { RegisterDetailDrawer, RegisterFacts } from '../register-detail.tsx';
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
  return (
    <RegisterDetailDrawer
      entryId={classId}
      query={query}
      mutations={mutations}
      size="lg"
      fallbackTitle={t('training.title')}
      testId="class-detail"
      deleteHint={(c) => t('classDelete.hint', { title: c.title })}
      badges={(c) => (
        <>
          <RegisterStatusBadge status={c.status} />
          <Badge variant="outline">{t(`audience.${c.audience}`)}</Badge>
        </>
      )}
      facts={(c) => <Facts c={c} />}
      edit={(c, back) => (
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
      )}
      result={(c, back) => (
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
      )}
      onClose={onClose}
    />
  );
}
