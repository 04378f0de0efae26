import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionMutations } from '../../../api/conscription.ts';
import { fieldErrorsFrom } from '../../../api/field-errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { countText, readCount } from '../register-values.ts';
import { QuotaSplit } from './quota-split.tsx';

/**
 * The quota of the year for a leader: the province's own quota (it comes from outside the
 * system) and the split among the units under it, with a warning while the split is off.
 */
export function QuotaCard({ board }: { board: TConscriptionYear }) {
  const t = useConscriptionT();
  const format = useFormat();
  const { setQuotas } = useConscriptionMutations();
  const [text, setText] = useState(countText(board.unit.quota));
  const [isSplitting, setIsSplitting] = useState(false);
  const [savedQuota, setSavedQuota] = useState(false);
  const reading = readCount(text);
  const serverError = setQuotas.isError ? fieldErrorsFrom(setQuotas.error, ['quota']).quota : undefined;
  const { split } = board;

  if (!board.actions.setQuota && !board.actions.splitQuota) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={4}>{t('quota.title', { year: board.year })}</Title>
        {!split.isBalanced ? (
          <Alert color="orange" variant="light" data-testid="quota-unbalanced">
            {t('quota.unbalanced', {
              allocated: format.number(split.allocated ?? 0),
              quota: format.number(split.quota ?? 0),
            })}
          </Alert>
        ) : null}
        <Group align="flex-end" gap="md" wrap="wrap">
          {board.actions.setQuota ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if ('value' in reading)
                  setQuotas.mutate(
                    { unitId: board.unit.unitId, year: board.year, quota: reading.value },
                    { onSuccess: () => setSavedQuota(true) },
                  );
              }}
            >
              <Group align="flex-end" gap="sm">
                <TextInput
                  label={t('quota.own', { unit: board.unit.unitName })}
                  description={t('quota.ownHint')}
                  inputMode="numeric"
                  autoComplete="off"
                  value={text}
                  onChange={(event) => {
                    setText(event.currentTarget.value);
                    setSavedQuota(false);
                  }}
                  error={'invalid' in reading ? t('steps.invalidNumber') : serverError}
                  styles={{ input: { textAlign: 'right' } }}
                  w={360}
                  data-field="quota"
                />
                <Button type="submit" loading={setQuotas.isPending} disabled={'invalid' in reading}>
                  {t('quota.save')}
                </Button>
              </Group>
            </form>
          ) : null}
          {!board.actions.setQuota && board.unit.quota !== null ? (
            <Text size="sm">
              {t('quota.fromAbove')} {t('quota.own', { unit: board.unit.unitName })}:{' '}
              <b>{format.number(board.unit.quota)}</b>
            </Text>
          ) : null}
          {board.actions.splitQuota ? (
            <Button
              variant="light"
              onClick={() => setIsSplitting(true)}
              disabled={board.unit.quota === null}
              title={
                board.unit.quota === null
                  ? t('quota.splitNeedsQuota', { unit: board.unit.unitName })
                  : undefined
              }
            >
              {t('quota.split')}
            </Button>
          ) : null}
        </Group>
        {setQuotas.isError && !serverError ? <ErrorAlert error={setQuotas.error} /> : null}
        {savedQuota && setQuotas.isSuccess ? (
          <Text size="sm" c="teal.8" role="status">
            {t('quota.saved')}
          </Text>
        ) : null}
        {board.unit.quota === null && board.actions.splitQuota ? (
          <Text size="sm" c="dimmed">
            {t('quota.splitNeedsQuota', { unit: board.unit.unitName })}
          </Text>
        ) : null}
      </Stack>
      <Modal
        opened={isSplitting}
        onClose={() => setIsSplitting(false)}
        title={t('quota.splitTitle', { year: board.year })}
        size="lg"
      >
        {isSplitting ? (
          <QuotaSplit
            board={board}
            onDone={() => setIsSplitting(false)}
            onCancel={() => setIsSplitting(false)}
          />
        ) : null}
      </Modal>
    </Card>
  );
}
