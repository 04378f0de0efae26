import { Alert, Anchor, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AWARD_CATALOGUE, NOMINEE_KIND_LABELS } from '../../../shared/award-catalogue.ts';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../shared/enums.ts';
import type { AwardState, TAwardListQuery, TAwardProposal } from '../../../shared/schemas/awards.ts';
import { awardsXlsxUrl, useAwardMutations, useAwards } from '../../api/awards.ts';
import { useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useAwardsT } from '../../i18n/awards-messages.ts';
import { positiveIntParam } from '../documents/url-params.ts';
import { registerYearFromParam, registerYearOptions } from '../registers/register-values.ts';
import { AwardStateBadge } from './award-badges.tsx';
import { AnnexModal, ApproveModal, AwardDetailDrawer, RejectModal } from './award-dialogs.tsx';
import { AWARD_STATE_VALUES } from './award-values.ts';
import { ProposeFormModal } from './propose-form.tsx';

/** URL parameters of the page. */
const PARAMS = {
  year: 'nam',
  state: 'trang-thai',
  award: 'hinh-thuc',
  conference: 'hoi-nghi',
  propose: 'de-nghi',
} as const;

type Dialog =
  | { kind: 'approve' | 'reject' | 'detail'; proposal: TAwardProposal }
  | { kind: 'propose' }
  | { kind: 'annex' }
  | null;

function Actions({
  proposal,
  onOpen,
  onDone,
}: {
  proposal: TAwardProposal;
  onOpen: (dialog: Dialog) => void;
  onDone: (message: string) => void;
}) {
  const t = useAwardsT();
  const { review, withdraw } = useAwardMutations();
  const { actions } = proposal;
  const name = proposal.nomineeName;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <Button size="xs" variant="default" onClick={() => onOpen({ kind: 'detail', proposal })}>
          {t('list.details')}
        </Button>
        {actions.review ? (
          <Button
            size="xs"
            color="violet"
            loading={review.isPending && review.variables === proposal.id}
            onClick={() =>
              review.mutate(proposal.id, { onSuccess: () => onDone(t('step.reviewed', { name })) })
            }
          >
            {t('step.review')}
          </Button>
        ) : null}
        {actions.approve ? (
          <Button size="xs" color="teal" onClick={() => onOpen({ kind: 'approve', proposal })}>
            {t('step.approve')}
          </Button>
        ) : null}
        {actions.reject ? (
          <Button
            size="xs"
            color="red"
            variant="outline"
            onClick={() => onOpen({ kind: 'reject', proposal })}
          >
            {t('step.reject')}
          </Button>
        ) : null}
        {actions.withdraw ? (
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            loading={withdraw.isPending && withdraw.variables === proposal.id}
            onClick={() =>
              withdraw.mutate(proposal.id, { onSuccess: () => onDone(t('step.withdrawn', { name })) })
            }
          >
            {t('step.withdraw')}
          </Button>
        ) : null}
      </Group>
      {review.isError && review.variables === proposal.id ? <ErrorAlert error={review.error} /> : null}
      {withdraw.isError && withdraw.variables === proposal.id ? <ErrorAlert error={withdraw.error} /> : null}
    </Stack>
  );
}

/**
 * "Khen thưởng": the award proposals of the user's unit and the levels below, filtered by year,
 * state, award and conference; proposing with evidence, each workflow step for the people who
 * may take it, the decision annex (.docx) of what the unit granted, and Excel.
 */
export function AwardsPage() {
  const t = useAwardsT();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = registerYearFromParam(params.get(PARAMS.year), currentYear);
  const rawState = params.get(PARAMS.state);
  const state = AWARD_STATE_VALUES.find((s) => s === rawState);
  const rawAward = params.get(PARAMS.award);
  const awardCode = AWARD_CATALOGUE.find((a) => a.code === rawAward)?.code;
  const conferenceId = positiveIntParam(params.get(PARAMS.conference)) ?? undefined;
  const query: TAwardListQuery = { year: conferenceId ? undefined : year, state, awardCode, conferenceId };
  const proposals = useAwards(query);
  const granted = useAwards({
    state: 'approved',
    grantingUnitId: user.unit.id,
    year: conferenceId ? undefined : year,
    awardCode,
    conferenceId,
  });
  const [dialog, setDialog] = useState<Dialog>(params.get(PARAMS.propose) ? { kind: 'propose' } : null);
  const [notice, setNotice] = useState<string | null>(null);
  const canPropose = user.role !== 'viewer';
  const level = UNIT_KIND_LEVEL[user.unit.kind as UnitKind] ?? 3;

  const setParam = (name: keyof typeof PARAMS, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(PARAMS[name], value);
      else next.delete(PARAMS[name]);
      return next;
    });
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  const items = proposals.data ?? [];
  const conferenceTitle = conferenceId
    ? items.find((p) => p.conference?.id === conferenceId)?.conference?.title
    : null;

  return (
    <Stack gap="lg" maw={1320}>
      <PageHeader
        title={t('page.title')}
        description={t('page.description', { unit: user.unit.name })}
        actions={
          <Group gap="sm">
            {canPropose ? (
              <Button onClick={() => setDialog({ kind: 'propose' })}>{t('action.propose')}</Button>
            ) : null}
            <Button variant="light" onClick={() => setDialog({ kind: 'annex' })}>
              {t('action.annex')}
            </Button>
            <Button component="a" href={awardsXlsxUrl(query)} download variant="default">
              {t('action.export')}
            </Button>
          </Group>
        }
      />
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="awards-notice"
        >
          {notice}
        </Alert>
      ) : null}
      <Card withBorder padding="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          {conferenceId ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('filter.conference')}
              </Text>
              <Group gap="xs">
                <Anchor component={Link} to={`/hoi-nghi/${conferenceId}`} size="sm">
                  {conferenceTitle ?? `#${conferenceId}`}
                </Anchor>
                <Button size="xs" variant="subtle" onClick={() => setParam('conference', null)}>
                  {t('filter.clearConference')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Select
              label={t('filter.year')}
              data={registerYearOptions(currentYear)}
              value={String(year)}
              onChange={(v) => v && setParam('year', v === String(currentYear) ? null : v)}
              allowDeselect={false}
              w={120}
            />
          )}
          <Select
            label={t('filter.state')}
            data={[
              { value: 'all', label: t('filter.all') },
              ...AWARD_STATE_VALUES.map((s) => ({ value: s, label: t(`state.${s}`) })),
            ]}
            value={state ?? 'all'}
            onChange={(v) => setParam('state', v && v !== 'all' ? v : null)}
            allowDeselect={false}
            w={200}
          />
          <Select
            label={t('filter.award')}
            data={[
              { value: 'all', label: t('filter.all') },
              ...AWARD_CATALOGUE.map((a) => ({ value: a.code, label: a.name })),
            ]}
            value={awardCode ?? 'all'}
            onChange={(v) => setParam('award', v && v !== 'all' ? v : null)}
            allowDeselect={false}
            searchable
            w={380}
          />
        </Group>
      </Card>
      {proposals.isPending ? (
        <PageLoader />
      ) : proposals.isError ? (
        <ErrorAlert error={proposals.error} title={t('page.loadFailed')} />
      ) : items.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack gap={4} align="center">
            <Text fw={500}>{t('list.empty')}</Text>
            {canPropose ? (
              <Text size="sm" c="dimmed">
                {t('list.emptyHint')}
              </Text>
            ) : null}
          </Stack>
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="awards-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.nominee')}</Table.Th>
                <Table.Th>{t('col.award')}</Table.Th>
                <Table.Th>{t('col.unit')}</Table.Th>
                <Table.Th>{t('col.decider')}</Table.Th>
                <Table.Th>{t('col.conference')}</Table.Th>
                <Table.Th>{t('col.state')}</Table.Th>
                <Table.Th>{t('col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-proposal={p.nomineeName}>
                  <Table.Td maw={260}>
                    <Text size="sm" fw={500}>
                      {p.nomineeName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {NOMINEE_KIND_LABELS[p.nomineeKind]}
                      {p.nomineePosition ? ` · ${p.nomineePosition}` : ''}
                      {p.nomineeOrganisation ? ` · ${p.nomineeOrganisation}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm">{p.award.name}</Text>
                  </Table.Td>
                  <Table.Td>{p.unit.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.grantingUnit.name}</Text>
                    {p.award.forwarded ? (
                      <Text size="xs" c="dimmed">
                        {t('list.forwarded')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td maw={220}>
                    {p.conference ? (
                      <Anchor component={Link} to={`/hoi-nghi/${p.conference.id}`} size="sm" lineClamp={2}>
                        {p.conference.title}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AwardStateBadge state={p.state as AwardState} />
                  </Table.Td>
                  <Table.Td>
                    <Actions proposal={p} onOpen={setDialog} onDone={done} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'propose' ? (
        <ProposeFormModal
          unit={user.unit}
          level={level}
          conferenceId={conferenceId ?? null}
          onClose={() => {
            setDialog(null);
            setParam('propose', null);
          }}
          onDone={(message) => {
            done(message);
            setParam('propose', null);
          }}
        />
      ) : null}
      {dialog?.kind === 'approve' ? (
        <ApproveModal proposal={dialog.proposal} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'reject' ? (
        <RejectModal proposal={dialog.proposal} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'detail' ? (
        <AwardDetailDrawer proposal={dialog.proposal} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'annex' ? (
        <AnnexModal
          unit={user.unit}
          filters={{ conferenceId, awardCode, year: conferenceId ? undefined : year }}
          approved={granted.data ?? []}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}
