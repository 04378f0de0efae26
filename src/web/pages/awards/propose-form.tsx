import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { awardByCode, type NomineeKind } from '../../../shared/award-catalogue.ts';
import type { TProposeAwardRequest } from '../../../shared/schemas/awards.ts';
import { useAwardMutations, useEvidenceCandidates } from '../../api/awards.ts';
import { useConferences } from '../../api/conferences.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useUnit } from '../../api/units.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { useAwardsT } from '../../i18n/awards-messages.ts';
import { awardOptions, awardYearOptions, withEvidenceLines } from './award-values.ts';

const FIELDS = [
  'nomineeAgencyId',
  'nomineeName',
  'nomineePosition',
  'nomineeOrganisation',
  'awardCode',
  'conferenceId',
  'achievements',
  'evidence',
] as const;

/**
 * Nominates a collective (one of the unit's agencies, or the unit itself) or a person for an
 * award the unit's level may propose, optionally at one of its conferences, with achievements and
 * evidence picked from the unit's registers and accepted reports of a period.
 */
export function ProposeFormModal({
  unit,
  level,
  conferenceId,
  onClose,
  onDone,
}: {
  unit: { id: number; name: string };
  level: number;
  conferenceId: number | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useAwardsT();
  const { propose } = useAwardMutations();
  const unitDetail = useUnit(unit.id);
  const conferences = useConferences({ unitId: unit.id });
  const [kind, setKind] = useState<NomineeKind>('individual');
  const [collective, setCollective] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [organisation, setOrganisation] = useState(unit.name);
  const [awardCode, setAwardCode] = useState<string | null>(null);
  const [conference, setConference] = useState<string | null>(conferenceId ? String(conferenceId) : null);
  const [achievements, setAchievements] = useState('');
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const evidence = useEvidenceCandidates(unit.id, period);
  const candidates = evidence.data ?? [];
  const [picked, setPicked] = useState<Map<string, { kind: string; id: string; label: string }>>(new Map());
  const serverErrors = fieldErrorsFrom(propose.error, FIELDS);
  const shown = { ...serverErrors, ...errors };
  const award = awardCode ? awardByCode(awardCode) : undefined;
  const options = awardOptions(kind, level);
  const ownConferences = (conferences.data ?? []).filter(
    (c) => c.unit.id === unit.id && c.status !== 'cancelled',
  );

  // Evidence picked in another period stays picked while this period's list is shown.
  const toggle = (keys: string[]) =>
    setPicked((current) => {
      const shownKeys = new Set(candidates.map((c) => `${c.kind}:${c.id}`));
      const next = new Map([...current].filter(([key]) => !shownKeys.has(key)));
      for (const c of candidates) if (keys.includes(`${c.kind}:${c.id}`)) next.set(`${c.kind}:${c.id}`, c);
      return next;
    });

  const submit = () => {
    const required = (field: string) => t('propose.required', { field: field.toLowerCase() });
    const next: typeof errors = {};
    if (kind === 'collective' && !collective) next.nomineeAgencyId = required(t('propose.agency'));
    if (kind === 'individual') {
      if (!name.trim()) next.nomineeName = required(t('propose.name'));
      if (!position.trim()) next.nomineePosition = required(t('propose.position'));
      if (!organisation.trim()) next.nomineeOrganisation = required(t('propose.organisation'));
    }
    if (!awardCode) next.awardCode = required(t('propose.award'));
    if (!achievements.trim()) next.achievements = required(t('propose.achievements'));
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const [collectiveKind, collectiveId] = (collective ?? ':').split(':');
    const body: TProposeAwardRequest = {
      unitId: unit.id,
      conferenceId: conference ? Number(conference) : null,
      nomineeKind: kind,
      nomineeAgencyId: kind === 'collective' && collectiveKind === 'a' ? Number(collectiveId) : null,
      nomineeUnitId: kind === 'collective' && collectiveKind === 'u' ? Number(collectiveId) : null,
      nomineeName: kind === 'individual' ? name.trim() : null,
      nomineePosition: kind === 'individual' ? position.trim() : null,
      nomineeOrganisation: kind === 'individual' ? organisation.trim() : null,
      awardCode: awardCode!,
      achievements: achievements.trim(),
      evidence: [...picked.values()].map((e) => ({ kind: e.kind as 'drill', id: e.id })),
    };
    const nominee =
      kind === 'individual'
        ? name.trim()
        : collectiveKind === 'u'
          ? unit.name
          : (unitDetail.data?.agencies.find((a) => a.id === Number(collectiveId))?.name ?? '');
    propose.mutate(body, { onSuccess: () => onDone(t('propose.done', { name: nominee })) });
  };

  return (
    <Modal opened onClose={onClose} title={t('propose.title')} size="xl" centered>
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('propose.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(v) => {
              setKind(v as NomineeKind);
              setAwardCode(null);
            }}
            data={[
              { value: 'individual', label: t('form.individual') },
              { value: 'collective', label: t('form.collective') },
            ]}
          />
        </Stack>
        {kind === 'collective' ? (
          <Select
            label={t('propose.agency')}
            placeholder={t('propose.agencyPlaceholder')}
            data={[
              { value: `u:${unit.id}`, label: t('propose.wholeUnit', { unit: unit.name }) },
              ...(unitDetail.data?.agencies ?? []).map((a) => ({ value: `a:${a.id}`, label: a.name })),
            ]}
            value={collective}
            onChange={setCollective}
            searchable
            required
            error={shown.nomineeAgencyId}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('propose.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={300}
              error={shown.nomineeName}
              data-autofocus
            />
            <TextInput
              label={t('propose.position')}
              value={position}
              onChange={(e) => setPosition(e.currentTarget.value)}
              required
              maxLength={300}
              error={shown.nomineePosition}
            />
            <TextInput
              label={t('propose.organisation')}
              value={organisation}
              onChange={(e) => setOrganisation(e.currentTarget.value)}
              required
              maxLength={300}
              error={shown.nomineeOrganisation}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('propose.award')}
            data={options}
            value={awardCode}
            onChange={setAwardCode}
            searchable
            required
            error={shown.awardCode}
            description={
              award
                ? t('propose.awardHint', {
                    level: t(award.decidingLevel === 1 ? 'propose.level1' : 'propose.level3'),
                    forwarded: award.forwarded ? t('propose.forwarded', { authority: award.authority }) : '',
                  })
                : undefined
            }
          />
          <Select
            label={t('propose.conference')}
            placeholder={t('propose.conferenceNone')}
            data={ownConferences.map((c) => ({ value: String(c.id), label: `${c.title} (${c.periodCode})` }))}
            value={conference}
            onChange={setConference}
            clearable
            error={shown.conferenceId}
          />
        </SimpleGrid>
        <Textarea
          label={t('propose.achievements')}
          description={t('propose.achievementsHint')}
          value={achievements}
          onChange={(e) => setAchievements(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={8000}
          required
          error={shown.achievements}
        />
        <Paper withBorder p="sm">
          <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {t('propose.evidence')}
            </Text>
            <Select
              label={t('propose.evidencePeriod')}
              data={awardYearOptions(new Date().getFullYear())}
              value={period}
              onChange={(v) => v && setPeriod(v)}
              allowDeselect={false}
              w={110}
              size="xs"
            />
          </Group>
          {candidates.length === 0 ? (
            <Text size="sm" c="dimmed">
              {evidence.isPending ? '…' : t('propose.evidenceEmpty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={200}>
              <Checkbox.Group value={[...picked.keys()]} onChange={toggle}>
                <Stack gap={6} data-testid="evidence-candidates">
                  {candidates.map((c) => (
                    <Checkbox
                      key={`${c.kind}:${c.id}`}
                      value={`${c.kind}:${c.id}`}
                      label={c.label}
                      size="sm"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            </ScrollArea.Autosize>
          )}
          {picked.size > 0 ? (
            <Group justify="space-between" mt="xs">
              <Text size="xs" c="dimmed">
                {t('propose.evidenceChosen', { count: picked.size })}
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  setAchievements((a) =>
                    withEvidenceLines(
                      a,
                      [...picked.values()].map((e) => e.label),
                    ),
                  )
                }
              >
                {t('propose.useEvidence')}
              </Button>
            </Group>
          ) : null}
          {shown.evidence ? (
            <Text size="xs" c="red" mt={4}>
              {shown.evidence}
            </Text>
          ) : null}
        </Paper>
        {propose.isError ? <FormErrorAlert error={propose.error} fieldErrors={serverErrors} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('propose.cancel')}
          </Button>
          <Button onClick={submit} loading={propose.isPending}>
            {t('propose.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
