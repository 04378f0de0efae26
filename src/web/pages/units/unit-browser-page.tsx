import { Card, Checkbox, Group, ScrollArea, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LIMITS } from '../../../shared/limits.ts';
import { useCurrentUser } from '../../api/session.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useT } from '../../i18n/language-provider.tsx';
import { UnitImportPanel } from './unit-import-panel.tsx';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';

const SEARCH_PARAM = 'q';
const HISTORIC_PARAM = 'cu';

/** Units in the user's scope: a tree from their own unit, a search box, and (for admins) import. */
export function UnitBrowserPage() {
  const t = useT();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const isHistoric = searchParams.get(HISTORIC_PARAM) === '1';
  const [searchText, setSearchText] = useState(searchParams.get(SEARCH_PARAM) ?? '');
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), 300);

  // The search lives in the URL so a result list survives a reload and the back button.
  useEffect(() => {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (debouncedSearch) next.set(SEARCH_PARAM, debouncedSearch);
        else next.delete(SEARCH_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setSearchParams]);

  const setHistoric = (checked: boolean) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (checked) next.set(HISTORIC_PARAM, '1');
        else next.delete(HISTORIC_PARAM);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t('units.title')} description={t('units.description')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <TextInput
              type="search"
              label={t('units.search.label')}
              placeholder={t('units.search.placeholder')}
              value={searchText}
              maxLength={LIMITS.searchMax}
              onChange={(event) => setSearchText(event.currentTarget.value)}
              w={{ base: '100%', sm: 360 }}
            />
            <Checkbox
              label={t('units.showHistoric')}
              checked={isHistoric}
              onChange={(event) => setHistoric(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          {/* A province has dozens of communes: the list scrolls so the panels below stay in reach. */}
          <ScrollArea.Autosize mah="62vh" type="auto" offsetScrollbars>
            {debouncedSearch ? (
              <UnitSearchResults query={debouncedSearch} historic={isHistoric} />
            ) : (
              <UnitTree root={user.unit} historic={isHistoric} />
            )}
          </ScrollArea.Autosize>
        </Stack>
      </Card>
      {user.role === 'admin' ? <UnitImportPanel /> : null}
    </Stack>
  );
}
