import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/language-provider.tsx';

/** Shown for an address that matches no page. */
export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState title={t('notFound.title')} description={t('notFound.description')} mt="xl">
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="default">
          {t('notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
