import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/language-provider.tsx';

/** A unit that does not exist or lies outside the user's scope: the two look the same on purpose. */
export function UnitNotFound() {
  const t = useT();
  return (
    <EmptyState
      title={t('units.notFound.title')}
      description={t('units.notFound.description')}
      mt="xl"
      role="alert"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/don-vi" variant="default">
          {t('units.notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
