import { Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { committeeSignature } from '../../../shared/report-signature.ts';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useSetReportSigner } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';

/** The signature block as the Word document prints it, so the writer sees what will be signed. */
function SignatureBlock({ lines, name }: { lines: string[]; name: string }) {
  const t = useReportsT();
  return (
    <Stack gap={0} align="center" data-testid="signature-block" miw={220}>
      {lines.map((line) => (
        <Text key={line} fw={700} size="sm">
          {line}
        </Text>
      ))}
      <Text size="xs" c="dimmed" my={6}>
        {t('signer.signHere')}
      </Text>
      <Text fw={700} size="sm">
        {name || t('signer.noName')}
      </Text>
    </Stack>
  );
}

/**
 * Who signs the report for the People's Committee: the Chairman, or a Vice-Chairman signing for
 * them (KT.). Chosen while writing; frozen with the version once sent.
 */
export function ReportSigner({ report }: { report: TReport }) {
  const t = useReportsT();
  const save = useSetReportSigner(report.id);
  const [deputy, setDeputy] = useState(report.signer?.deputy ?? false);
  const [name, setName] = useState(report.signer?.name ?? '');
  const [saved, setSaved] = useState(false);
  const editable = report.actions.edit;
  const shown = editable ? { deputy, name: name.trim() } : report.signer;
  const block = committeeSignature(shown);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="signer-title">
      <Group align="flex-start" justify="space-between" gap="lg" wrap="wrap">
        <Stack gap="sm" style={{ flex: '1 1 320px' }}>
          <Title order={3} fz="md" id="signer-title">
            {t('signer.title')}
          </Title>
          {editable ? (
            <>
              <Radio.Group
                label={t('signer.who')}
                value={deputy ? 'deputy' : 'chair'}
                onChange={(value) => {
                  setDeputy(value === 'deputy');
                  setSaved(false);
                }}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="chair" label={t('signer.chair')} />
                  <Radio value="deputy" label={t('signer.deputy')} />
                </Stack>
              </Radio.Group>
              <TextInput
                label={t('signer.name')}
                value={name}
                maxLength={120}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  setSaved(false);
                }}
              />
              {save.isError ? <ErrorAlert error={save.error} /> : null}
              <Group gap="sm">
                <Button
                  variant="light"
                  loading={save.isPending}
                  onClick={() => save.mutate({ deputy, name }, { onSuccess: () => setSaved(true) })}
                >
                  {t('signer.save')}
                </Button>
                {saved ? (
                  <Text size="sm" c="green.8" role="status">
                    {t('signer.saved')}
                  </Text>
                ) : null}
              </Group>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {report.signer ? t('signer.frozen') : t('signer.none')}
            </Text>
          )}
        </Stack>
        <SignatureBlock lines={block.lines} name={block.name} />
      </Group>
    </Card>
  );
}
