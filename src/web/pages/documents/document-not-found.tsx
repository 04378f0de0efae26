import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';

/** What a document page shows for an id that is unknown or outside the user's scope (the API answers 404 for both). */
export function DocumentNotFound() {
  const dt = useDocumentsT();
  return (
    <Stack maw={720}>
      <PageHeader title={dt('document.notFound.title')} />
      <Alert color="gray" variant="light" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{dt('document.notFound.description')}</Text>
          <Anchor component={Link} to="/van-ban" size="sm">
            {dt('document.backToList')}
          </Anchor>
        </Stack>
      </Alert>
    </Stack>
  );
}
