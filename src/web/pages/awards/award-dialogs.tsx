import {
  Button,
  Drawer,
  Group,
  List,
  Modal,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { awardByCode, NOMINEE_KIND_LABELS } from '../../../shared/award-catalogue.ts';
import type { AnnexDocument, TAwardProposal } from '../../../shared/schemas/awards.ts';
import { awardAnnexUrl, useAwardMutations } from '../../api/awards.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useAwardsT } from '../../i18n/awards-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { parseDateText } from '../documents/form-values.ts';
import { AwardStateBadge } from './award-badges.tsx';

/** Shortest reason the server takes: a reason must say why. */
const MIN_REASON_LENGTH = 5;

/** The granting level approves, with an optional note such as the decision's number. */
export function ApproveModal({
  proposal,
  onClose,
  onDone,
}: {
  proposal: TAwardProposal;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useAwardsT();
  const { approve } = useAwardMutations();
  const [note, setNote] = useState('');
  const award = awardByCode(proposal.award.code);
  return (
    <Modal opened onClose={onClose} title={t('approve.title', { name: proposal.nomineeName })} centered>
      <Stack gap="sm">
        <Text size="sm">{proposal.award.name}</Text>
        {award?.forwarded ? (
          <Text size="sm" c="dimmed">
            {t('approve.forwardedHint', { award: award.name, authority: award.authority })}
          </Text>
        ) : null}
        <TextInput
          label={t('approve.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
          data-autofocus
        />
        {approve.isError ? <ErrorAlert error={approve.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('propose.cancel')}
          </Button>
          <Button
            color="teal"
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: proposal.id, note: note.trim() || undefined },
                { onSuccess: () => onDone(t('step.approved', { name: proposal.nomineeName })) },
              )
            }
          >
            {t('step.approve')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Not awarded: a reason the proposing unit will read is required. */
export function RejectModal({
  proposal,
  onClose,
  onDone,
}: {
  proposal: TAwardProposal;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useAwardsT();
  const { reject } = useAwardMutations();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const serverError = fieldErrorsFrom(reject.error, ['reason']).reason;
  const submit = () => {
    if (reason.trim().length < MIN_REASON_LENGTH) {
      setError(t('reject.tooShort', { min: MIN_REASON_LENGTH }));
      return;
    }
    setError(null);
    reject.mutate(
      { id: proposal.id, reason: reason.trim() },
      { onSuccess: () => onDone(t('step.rejected', { name: proposal.nomineeName })) },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('reject.title', { name: proposal.nomineeName })} centered>
      <Stack gap="sm">
        <Textarea
          label={t('reject.reason')}
          description={t('reject.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error ?? serverError}
          autosize
          minRows={3}
          maxLength={2000}
          required
          data-autofocus
        />
        {reject.isError && !serverError ? <ErrorAlert error={reject.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('propose.cancel')}
          </Button>
          <Button color="red" loading={reject.isPending} onClick={submit}>
            {t('step.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A proposal in full: nominee, award and authority, achievements, evidence and its history. */
export function AwardDetailDrawer({ proposal, onClose }: { proposal: TAwardProposal; onClose: () => void }) {
  const t = useAwardsT();
  const format = useFormat();
  const award = awardByCode(proposal.award.code);
  const rows: [string, string | null][] = [
    [t('detail.nominee'), `${proposal.nomineeName} (${NOMINEE_KIND_LABELS[proposal.nomineeKind]})`],
    [t('detail.position'), proposal.nomineePosition],
    [t('detail.organisation'), proposal.nomineeOrganisation],
    [t('detail.award'), proposal.award.name],
    [t('detail.authority'), award?.authority ?? null],
    [t('detail.decider'), proposal.grantingUnit.name],
  ];
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t('detail.title')}>
      <Stack gap="md">
        <AwardStateBadge state={proposal.state} />
        <Table variant="vertical" withTableBorder={false}>
          <Table.Tbody>
            {rows
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={170}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
        <Stack gap={4}>
          <Title order={4} fz="sm">
            {t('detail.achievements')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {proposal.achievements}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Title order={4} fz="sm">
            {t('detail.evidence')}
          </Title>
          {proposal.evidence.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('detail.noEvidence')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {proposal.evidence.map((e) => (
                <List.Item key={`${e.kind}:${e.id}`}>{e.label}</List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Title order={4} fz="sm">
            {t('detail.history')}
          </Title>
          <Text size="sm">
            {t('detail.proposed', {
              who: proposal.proposedBy ?? '—',
              at: format.dateTime(proposal.proposedAt),
            })}
          </Text>
          {proposal.reviewedAt ? (
            <Text size="sm">
              {t('detail.reviewed', {
                who: proposal.reviewedBy ?? '—',
                at: format.dateTime(proposal.reviewedAt),
              })}
            </Text>
          ) : null}
          {proposal.decidedAt ? (
            <Text size="sm">
              {t('detail.decided', {
                who: proposal.decidedBy ?? '—',
                at: format.dateTime(proposal.decidedAt),
              })}
            </Text>
          ) : null}
          {proposal.decisionNote ? (
            <Text size="sm">{t('detail.note', { note: proposal.decisionNote })}</Text>
          ) : null}
        </Stack>
      </Stack>
    </Drawer>
  );
}

/**
 * The annex of the user's unit: the list attached to its own award decision (the awards its
 * chair grants), or to its Tờ trình forwarding awards of higher authorities; then the number and
 * date of that document, and the download.
 */
export function AnnexModal({
  unit,
  filters,
  approved,
  onClose,
}: {
  unit: { id: number; name: string };
  filters: { conferenceId?: number; awardCode?: string; year?: number };
  approved: readonly TAwardProposal[];
  onClose: () => void;
}) {
  const t = useAwardsT();
  const [attachedTo, setAttachedTo] = useState<AnnexDocument>('decision');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const parsed = parseDateText(date);
  const isSubmission = attachedTo === 'submission';
  const count = approved.filter(
    (p) => (awardByCode(p.award.code)?.forwarded ?? false) === isSubmission,
  ).length;
  const href = awardAnnexUrl({
    document: attachedTo,
    grantingUnitId: unit.id,
    ...filters,
    decisionNumber: number.trim() || undefined,
    decisionDate: parsed.iso ?? undefined,
  });
  return (
    <Modal opened onClose={onClose} title={t('annex.title')} centered>
      <Stack gap="sm">
        <Radio.Group
          label={t('annex.document')}
          value={attachedTo}
          onChange={(value) => setAttachedTo(value === 'submission' ? 'submission' : 'decision')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="decision" label={t('annex.document.decision', { unit: unit.name })} />
            <Radio value="submission" label={t('annex.document.submission')} />
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {isSubmission
            ? t('annex.submissionHint', { unit: unit.name })
            : t('annex.hint', { unit: unit.name })}
        </Text>
        <TextInput
          label={isSubmission ? t('annex.submissionNumber') : t('annex.number')}
          placeholder={isSubmission ? t('annex.submissionNumberPlaceholder') : t('annex.numberPlaceholder')}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          maxLength={40}
        />
        <DateTextInput
          label={isSubmission ? t('annex.submissionDate') : t('annex.date')}
          value={date}
          onChange={setDate}
        />
        <Text size="sm" c={count > 0 ? undefined : 'red'}>
          {count > 0
            ? t('annex.count', { count })
            : isSubmission
              ? t('annex.submissionNone', { unit: unit.name })
              : t('annex.none', { unit: unit.name })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('close')}
          </Button>
          <Button
            component="a"
            href={href}
            download
            disabled={count === 0 || !parsed.isValid}
            data-testid="annex-download"
          >
            {t('annex.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
