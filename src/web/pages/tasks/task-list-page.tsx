import {
  Button,
  Card,
  CloseButton,
  Group,
  Loader,
  Pagination,
  Pill,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TASK_STATUSES } from '../../../shared/task-status.ts';
import { useDocument } from '../../api/documents.ts';
import { taskExportUrl, useTasks } from '../../api/tasks.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { documentTitle } from '../documents/document-meta-card.tsx';
import { oneOf, pageParam, positiveIntParam } from '../documents/url-params.ts';
import { TASK_PARAMS, TASK_TABS, type TaskTab, VIEW_OF_TAB } from './task-list-params.ts';
import { TaskSummaryTable } from './task-summary-table.tsx';
import { TaskTable } from './task-table.tsx';

/** Rows per page of the task list. */
export const TASK_PAGE_SIZE = 25;

const TAB_LABELS = {
  'cua-toi': 'tasks.tab.mine',
  'sap-den-han': 'tasks.tab.dueSoon',
  'qua-han': 'tasks.tab.overdue',
  'tat-ca': 'tasks.tab.all',
  'don-doc': 'tasks.tab.chase',
} as const;

/** The filter chip of the document the list is narrowed to, named once the document loads. */
function DocumentFilterPill({ documentId, onRemove }: { documentId: number; onRemove: () => void }) {
  const dt = useDocumentsT();
  const document = useDocument(documentId);
  const name = document.data ? documentTitle(document.data, dt) : `#${documentId}`;
  return (
    <Pill
      withRemoveButton
      onRemove={onRemove}
      removeButtonProps={{ 'aria-label': dt('tasks.filter.clearDocument') }}
    >
      {dt('tasks.filter.document', { document: name })}
    </Pill>
  );
}

/**
 * "Nhiệm vụ": my agency's tasks, those due soon, overdue, or all in scope, with search, state filter,
 * paging and Excel export; plus the chase view counting tasks per agency.
 */
export function TaskListPage() {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TaskTab = oneOf(TASK_TABS, searchParams.get(TASK_PARAMS.tab)) ?? 'cua-toi';
  const q = searchParams.get(TASK_PARAMS.q) ?? '';
  const status = oneOf(TASK_STATUSES, searchParams.get(TASK_PARAMS.status));
  const documentId = positiveIntParam(searchParams.get(TASK_PARAMS.document)) ?? undefined;
  const agencyId = positiveIntParam(searchParams.get(TASK_PARAMS.agency)) ?? undefined;
  const page = pageParam(searchParams.get(TASK_PARAMS.page));
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, 350);
  const isChase = tab === 'don-doc';
  const filters = { view: VIEW_OF_TAB[isChase ? 'tat-ca' : tab], status, agencyId, documentId, q };
  const tasks = useTasks({ ...filters, page, pageSize: TASK_PAGE_SIZE }, !isChase);

  const setParams = (changes: Partial<Record<keyof typeof TASK_PARAMS, string | null>>) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        for (const [name, value] of Object.entries(changes)) {
          const param = TASK_PARAMS[name as keyof typeof TASK_PARAMS];
          if (value) next.set(param, value);
          else next.delete(param);
        }
        if (!('page' in changes)) next.delete(TASK_PARAMS.page);
        return next;
      },
      { replace: Object.keys(changes).join() === 'q' },
    );

  // The box writes to the URL once typing pauses, so every keystroke does not become a request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced value should write
  useEffect(() => {
    if (debouncedSearch.trim() !== q) setParams({ q: debouncedSearch.trim() || null });
  }, [debouncedSearch]);

  const items = tasks.data?.items ?? [];
  const total = tasks.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / TASK_PAGE_SIZE));
  const agencyName = agencyId
    ? items.find((task) => task.leadAgency.id === agencyId)?.leadAgency.name
    : undefined;

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={dt('tasks.title')}
        description={dt('tasks.description')}
        actions={
          isChase ? null : (
            <Button component="a" href={taskExportUrl(filters)} download variant="default">
              {dt('tasks.export')}
            </Button>
          )
        }
      />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value === 'cua-toi' ? null : value })}>
        <Tabs.List>
          {TASK_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {dt(TAB_LABELS[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* The list tabs share one panel: only the view behind it changes. */}
        <Tabs.Panel value={tab} pt="md">
          <Card withBorder padding="lg">
            <Stack gap="md">
              {documentId || agencyId ? (
                <Group gap="xs">
                  {documentId ? (
                    <DocumentFilterPill
                      documentId={documentId}
                      onRemove={() => setParams({ document: null })}
                    />
                  ) : null}
                  {agencyId && !isChase ? (
                    <Pill
                      withRemoveButton
                      onRemove={() => setParams({ agency: null })}
                      removeButtonProps={{ 'aria-label': dt('tasks.filter.clearAgency') }}
                    >
                      {dt('tasks.filter.agency', { agency: agencyName ?? `#${agencyId}` })}
                    </Pill>
                  ) : null}
                </Group>
              ) : null}
              {isChase ? (
                <>
                  <Text size="sm" c="dimmed">
                    {dt('chase.description')}
                  </Text>
                  <TaskSummaryTable documentId={documentId} />
                </>
              ) : (
                <>
                  <Group align="flex-end" gap="sm" wrap="wrap">
                    <TextInput
                      label={dt('tasks.search.label')}
                      placeholder={dt('tasks.search.placeholder')}
                      value={search}
                      onChange={(e) => setSearch(e.currentTarget.value)}
                      type="search"
                      w={{ base: '100%', sm: 320 }}
                      rightSection={
                        search ? (
                          <CloseButton
                            size="sm"
                            aria-label={dt('tasks.search.clear')}
                            onClick={() => setSearch('')}
                          />
                        ) : null
                      }
                    />
                    <Select
                      label={dt('tasks.filter.status')}
                      placeholder={dt('documents.filter.all')}
                      data={TASK_STATUSES.map((value) => ({ value, label: dt(`taskStatus.${value}`) }))}
                      value={status ?? null}
                      onChange={(value) => setParams({ status: value })}
                      clearable
                      w={220}
                    />
                    {tasks.isFetching ? <Loader size="sm" mb={8} aria-label={t('common.loading')} /> : null}
                  </Group>
                  {tasks.isError ? <ErrorAlert error={tasks.error} /> : null}
                  {tasks.isPending ? null : items.length === 0 && !tasks.isError ? (
                    <Text size="sm" c="dimmed" role="status">
                      {dt(`tasks.empty.${VIEW_OF_TAB[tab as Exclude<TaskTab, 'don-doc'>]}`)}
                    </Text>
                  ) : items.length > 0 ? (
                    <>
                      <Text size="sm" c="dimmed" role="status">
                        {dt('tasks.range', {
                          first: format.number((page - 1) * TASK_PAGE_SIZE + 1),
                          last: format.number(Math.min(total, page * TASK_PAGE_SIZE)),
                          total: format.number(total),
                        })}
                      </Text>
                      <TaskTable tasks={items} />
                      {pageCount > 1 ? (
                        <Pagination
                          total={pageCount}
                          value={Math.min(page, pageCount)}
                          onChange={(next) => setParams({ page: next > 1 ? String(next) : null })}
                          getControlProps={(control) => ({
                            'aria-label':
                              control === 'previous' ? t('common.previousPage') : t('common.nextPage'),
                          })}
                        />
                      ) : null}
                    </>
                  ) : null}
                </>
              )}
            </Stack>
          </Card>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
