import { Alert, Stack, Text } from '@mantine/core';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../i18n/language-provider.tsx';

/** Sections that exist in the navigation but are not built yet. */
export type PlannedSection = 'documents' | 'tasks' | 'reports' | 'drills' | 'awards';

/** Says plainly that a section is not ready yet and what it will do. */
export function UnderConstructionPage({ section }: { section: PlannedSection }) {
  const t = useT();
  return (
    <Stack maw={720}>
      <PageHeader title={t(`planned.${section}.title`)} />
      <Alert variant="light" color="gray" title={t('planned.notReady')}>
        <Text size="sm">{t(`planned.${section}.description`)}</Text>
      </Alert>
    </Stack>
  );
}
