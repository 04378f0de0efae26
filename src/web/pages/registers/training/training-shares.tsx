import { Button, Card, Group, Modal, NumberInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TTrainingPopulation } from '../../../../shared/schemas/training.ts';
import { TRAINING_GROUPS, type TrainingGroup } from '../../../../shared/training-audiences.ts';
import { fieldErrorsFrom } from '../../../api/field-errors.ts';
import { useTrainingMutations, useTrainingPopulation } from '../../../api/training.ts';
import { ErrorAlert, FormErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat, useT } from '../../../i18n/language-provider.tsx';

function PopulationForm({ data, onDone }: { data: TTrainingPopulation; onDone: () => void }) {
  const t = useDrillsT();
  const common = useT();
  const { savePopulation } = useTrainingMutations();
  const [values, setValues] = useState<Record<TrainingGroup, number | string>>(
    Object.fromEntries(TRAINING_GROUPS.map((g) => [g, data.own[g] ?? ''])) as Record<
      TrainingGroup,
      number | string
    >,
  );
  const serverErrors = fieldErrorsFrom(savePopulation.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    savePopulation.mutate(
      {
        unitId: data.unit.id,
        year: data.year,
        items: TRAINING_GROUPS.map((audience) => ({
          audience,
          persons: typeof values[audience] === 'number' ? (values[audience] as number) : null,
        })),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('shares.editHint')}
        </Text>
        {savePopulation.isError ? (
          <FormErrorAlert error={savePopulation.error} fieldErrors={serverErrors} />
        ) : null}
        {TRAINING_GROUPS.map((g, i) => (
          <NumberInput
            key={g}
            label={t(`audience.${g}`)}
            description={t(`audienceHint.${g}`)}
            min={0}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            value={values[g]}
            onChange={(value) => setValues({ ...values, [g]: value })}
            data-autofocus={i === 0 ? true : undefined}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={savePopulation.isPending}>
            {common('common.cancel')}
          </Button>
          <Button type="submit" loading={savePopulation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The share trained per đối tượng for the unit shown and the year: persons in scope (entered by
 * the units), persons trained (from the classes held), the share — all computed, never typed.
 */
export function TrainingShares({ unitId, year }: { unitId: number; year: number }) {
  const t = useDrillsT();
  const format = useFormat();
  const query = useTrainingPopulation(unitId, year);
  const [isEditing, setEditing] = useState(false);
  const percent = (share: number) => `${format.number(Math.round(share * 1000) / 10)}%`;
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('common.loadFailed')} />;
  const data = query.data;
  // The total is Σ trained ÷ Σ in scope, as the Chỉ tiêu page computes its ratio, never a mean of shares.
  const sum = (values: (number | null)[]) =>
    values.some((v) => v !== null) ? values.reduce<number>((acc, v) => acc + (v ?? 0), 0) : null;
  const population = sum(data.groups.map((g) => g.population));
  const trained = sum(data.groups.map((g) => g.trained));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="training-shares-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="md" id="training-shares-title">
            {t('shares.title', { year, unit: data.unit.name })}
          </Title>
          {data.actions.edit ? (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('shares.edit')}
            </Button>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} data-testid="training-shares">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.col.audience')}</Table.Th>
                <Table.Th ta="right">{t('shares.col.population')}</Table.Th>
                <Table.Th ta="right">{t('shares.col.trained')}</Table.Th>
                <Table.Th w={220}>{t('shares.col.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.groups.map((g) => (
                <Table.Tr key={g.audience} data-audience={g.audience}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t(`audience.${g.audience}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`audienceHint.${g.audience}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {g.population === null ? (
                      <Text size="sm" c="dimmed">
                        {t('shares.noPopulation')}
                      </Text>
                    ) : (
                      format.number(g.population)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{g.trained === null ? '—' : format.number(g.trained)}</Table.Td>
                  <Table.Td>
                    {g.share === null ? (
                      '—'
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={Math.min(100, g.share * 100)}
                          w={110}
                          aria-hidden
                          color={g.share >= 0.95 ? 'green' : 'blue'}
                        />
                        <Text size="sm" fw={600}>
                          {percent(g.share)}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-audience="total">
                <Table.Th>{t('shares.total')}</Table.Th>
                <Table.Th ta="right">{population === null ? '—' : format.number(population)}</Table.Th>
                <Table.Th ta="right">{trained === null ? '—' : format.number(trained)}</Table.Th>
                <Table.Th>{population ? percent((trained ?? 0) / population) : '—'}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed">
          {t('shares.summary', {
            classes: format.number(data.classes.done),
            participants: format.number(data.classes.participants),
          })}
        </Text>
      </Stack>
      <Modal
        opened={isEditing}
        onClose={() => setEditing(false)}
        title={t('shares.editTitle', { year, unit: data.unit.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {isEditing ? <PopulationForm data={data} onDone={() => setEditing(false)} /> : null}
      </Modal>
    </Card>
  );
}
