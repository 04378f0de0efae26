import { Badge, Divider } from '@mantine/core';
import type { TDrillDetail } from '../../../../shared/schemas/drills.ts';
import { useDrill, useDrillMutations } from '../../../api/drills.ts';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { RegisterDetailDrawer, RegisterFacts } from '../register-detail.tsx';
import { formatSpan, RegisterStatusBadge } from '../register-fields.tsx';
import { DrillFiles } from './drill-files.tsx';
import { DrillForm } from './drill-form.tsx';
import { DrillResultForm } from './drill-result-form.tsx';

function Facts({ drill }: { drill: TDrillDetail }) {
  const t = useDrillsT();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('detail.unit'), drill.unit.name],
    [t('detail.kind'), t(`kind.${drill.kind}`)],
    [t('detail.planned'), formatSpan(drill.plannedFrom, drill.plannedTo, format.date)],
    [t('detail.actual'), drill.actualFrom ? formatSpan(drill.actualFrom, drill.actualTo, format.date) : '—'],
    [t('common.organiser'), drill.organiser.agencyName ?? drill.organiser.text ?? '—'],
    [
      t('detail.participants'),
      drill.participants.length === 0
        ? t('detail.noParticipants')
        : `${drill.participants.map((p) => `${t(`force.${p.force}`)}: ${format.number(p.count)}`).join('; ')} · ${t('detail.total', { count: format.number(drill.participantsTotal) })}`,
    ],
    [t('detail.grade'), drill.grade ? t(`grade.${drill.grade}`) : '—'],
    [
      t('detail.safety'),
      drill.safe === null
        ? '—'
        : drill.safe
          ? t('drills.safe')
          : `${t('drills.unsafe')}: ${drill.incidents ?? ''}`,
    ],
    [t('common.notes'), drill.notes ?? '—'],
  ];
  return <RegisterFacts rows={rows} testId="drill-facts" />;
}

/**
 * One drill in a side panel: what it is, its result and evidence, and the actions the user may
 * take (record the result, edit, cancel, delete), each as a form in the same panel.
 */
export function DrillDetail({
  drillId,
  units,
  onClose,
}: {
  drillId: number | null;
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const t = useDrillsT();
  const drill = useDrill(drillId);
  const mutations = useDrillMutations();
  return (
    <RegisterDetailDrawer
      entryId={drillId}
      query={drill}
      mutations={mutations}
      size="xl"
      fallbackTitle={t('drills.title')}
      testId="drill-detail"
      deleteHint={(data) => t('delete.hint', { title: data.title })}
      badges={(data) => (
        <>
          <RegisterStatusBadge status={data.status} />
          <Badge variant="outline">{t(`kind.${data.kind}`)}</Badge>
          {data.grade ? <Badge color="teal">{t(`grade.${data.grade}`)}</Badge> : null}
        </>
      )}
      facts={(data) => <Facts drill={data} />}
      below={(data) => (
        <>
          <Divider />
          <DrillFiles drill={data} />
        </>
      )}
      edit={(data, back) => (
        <DrillForm
          drill={data}
          units={units}
          defaultUnitId={data.unit.id}
          mutation={mutations.update}
          onCancel={back}
          onSubmit={({ unitId: _unit, ...body }) =>
            mutations.update.mutate({ id: data.id, body }, { onSuccess: back })
          }
        />
      )}
      result={(data, back) => (
        <DrillResultForm
          drill={data}
          mutation={mutations.recordResult}
          onCancel={back}
          onSubmit={(body) => mutations.recordResult.mutate({ id: data.id, body }, { onSuccess: back })}
        />
      )}
      onClose={onClose}
    />
  );
}
