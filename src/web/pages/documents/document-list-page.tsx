import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REVIEW_STATES, useDocuments } from '../../api/documents.ts';
import { useCurrentUser } from '../../api/session.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { DocumentBadges } from './document-badges.tsx';
import { KIND_OPTIONS, kindNameOf } from './review-model.ts';
import { oneOf, pageParam, positiveIntParam } from './url-params.ts';
import { vietnameseOptionsFilter } from './vietnamese-filter.ts';

/** Rows per page of the document list. */
export const DOCUMENT_PAGE_SIZE = 25;

/** URL parameters of the list (Vietnamese, like the rest of the app's addresses). */
const PARAMS = {
  q: 'q',
  kind: 'loai',
  year: 'nam',
  state: 'trang-thai',
  unit: 'don-vi',
  page: 'trang',
} as const;

const FIRST_YEAR = 2000;

/** "Văn bản": the documents of the user's scope, with filters, accent-insensitive search and paging. */
export function DocumentListPage() {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get(PARAMS.q) ?? '';
  const kind = searchParams.get(PARAMS.kind) ?? undefined;
  const year = positiveIntParam(searchParams.get(PARAMS.year)) ?? undefined;
  const reviewState = oneOf(REVIEW_STATES, searchParams.get(PARAMS.state));
  const unitId = positiveIntParam(searchParams.get(PARAMS.unit)) ?? undefined;
  const page = pageParam(searchParams.get(PARAMS.page));
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, 350);
  const children = useUnitChildren(user.unit.id, false);
  const documents = useDocuments({ q, kind, year, reviewState, unitId, page, pageSize: DOCUMENT_PAGE_SIZE });

  const setParam = (name: string, value: string | null) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== PARAMS.page) next.delete(PARAMS.page);
        return next;
      },
      { replace: name === PARAMS.q },
    );

  // The box writes to the URL once typing pauses, so every keystroke does not become a request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced value should write
  useEffect(() => {
    if (debouncedSearch.trim() !== q) setParam(PARAMS.q, debouncedSearch.trim() || null);
  }, [debouncedSearch]);

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const unitOptions = [
    { value: String(user.unit.id), label: user.unit.name },
    ...sortUnitsForDisplay(children.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name })),
  ];
  const items = documents.data?.items ?? [];
  const total = documents.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENT_PAGE_SIZE));
  const isFiltered = Boolean(q || kind || year || reviewState || unitId);
  // Viewers read only: the server refuses their registrations and reviews, so they are not offered.
  const canWrite = user.role !== 'viewer';

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={dt('documents.title')}
        description={dt('documents.description')}
        actions={
          canWrite ? (
            <Button component={Link} to="/van-ban/moi">
              {dt('documents.register')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={dt('documents.search.label')}
              placeholder={dt('documents.search.placeholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
              w={{ base: '100%', sm: 300 }}
            />
            <Select
              label={dt('documents.filter.kind')}
              placeholder={dt('documents.filter.all')}
              data={KIND_OPTIONS.map((k) => ({ value: k.code, label: k.label }))}
              value={kind ?? null}
              onChange={(value) => setParam(PARAMS.kind, value)}
              searchable
              clearable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={t('common.nothingFound')}
              w={200}
            />
            <Select
              label={dt('documents.filter.year')}
              placeholder={dt('documents.filter.all')}
              data={years}
              value={year ? String(year) : null}
              onChange={(value) => setParam(PARAMS.year, value)}
              clearable
              w={120}
            />
            <Select
              label={dt('documents.filter.reviewState')}
              placeholder={dt('documents.filter.all')}
              data={REVIEW_STATES.map((value) => ({ value, label: dt(`reviewState.${value}`) }))}
              value={reviewState ?? null}
              onChange={(value) => setParam(PARAMS.state, value)}
              clearable
              w={180}
            />
            <Select
              label={dt('documents.filter.unit')}
              placeholder={dt('documents.filter.allUnits')}
              data={unitOptions}
              value={unitId ? String(unitId) : null}
              onChange={(value) => setParam(PARAMS.unit, value)}
              searchable
              clearable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={t('common.nothingFound')}
              w={220}
            />
            {documents.isFetching ? <Loader size="sm" mb={8} aria-label={t('common.loading')} /> : null}
          </Group>
          {documents.isError ? <ErrorAlert error={documents.error} /> : null}
          {documents.isPending ? null : items.length === 0 && !documents.isError ? (
            <Text size="sm" c="dimmed" role="status">
              {isFiltered ? dt('documents.emptyFiltered') : dt('documents.empty')}
            </Text>
          ) : items.length > 0 ? (
            <>
              <Text size="sm" c="dimmed" role="status">
                {dt('documents.range', {
                  first: format.number((page - 1) * DOCUMENT_PAGE_SIZE + 1),
                  last: format.number(Math.min(total, page * DOCUMENT_PAGE_SIZE)),
                  total: format.number(total),
                })}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="document-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{dt('documents.col.number')}</Table.Th>
                      <Table.Th>{dt('documents.col.kind')}</Table.Th>
                      <Table.Th>{dt('documents.col.issuedOn')}</Table.Th>
                      <Table.Th>{dt('documents.col.subject')}</Table.Th>
                      <Table.Th>{dt('documents.col.issuer')}</Table.Th>
                      <Table.Th>{dt('documents.col.unit')}</Table.Th>
                      <Table.Th>{dt('documents.col.state')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((doc) => (
                      <Table.Tr key={doc.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/van-ban/${doc.id}`} fw={500}>
                            {doc.number ?? dt('documents.noNumber')}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{doc.kindName || kindNameOf(doc.kind) || doc.kind || '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {format.date(doc.issuedOn) || '—'}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {doc.subject ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{doc.issuerText ?? '—'}</Table.Td>
                        <Table.Td>{doc.unitName}</Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <DocumentBadges doc={doc} />
                            {doc.reviewState === 'confirmed' || !canWrite ? (
                              <Text size="sm" c="dimmed">
                                {dt(`reviewState.${doc.reviewState}`)}
                              </Text>
                            ) : (
                              <Anchor component={Link} to={`/van-ban/${doc.id}/ra-soat`} size="sm">
                                {dt('documents.review')}
                              </Anchor>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {pageCount > 1 ? (
                <Pagination
                  total={pageCount}
                  value={Math.min(page, pageCount)}
                  onChange={(next) => setParam(PARAMS.page, next > 1 ? String(next) : null)}
                  getControlProps={(control) => ({
                    'aria-label': control === 'previous' ? t('common.previousPage') : t('common.nextPage'),
                  })}
                />
              ) : null}
            </>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
