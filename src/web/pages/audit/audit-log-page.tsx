import { Alert, Button, Card, Group, Loader, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TAuditEntry } from '../../../shared/schemas/audit.ts';
import { useAuditLog } from '../../api/audit.ts';
import { canReadAuditLog, useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { labelOrValue } from '../../i18n/labels.ts';
import { type TranslateFn, useFormat, useT } from '../../i18n/language-provider.tsx';
import { AuditDiff } from './audit-diff.tsx';
import { parsePage, shortEntityId } from './audit-values.ts';

/** Rows per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25;

const KNOWN_ENTITY_TYPES = ['unit', 'agency', 'user', 'session'];
const KNOWN_ACTIONS = [
  'create',
  'update',
  'import',
  'login',
  'logout',
  'change_password',
  'reset_password',
  'revoke_sessions',
];

/** Select options from the known codes plus any code seen on the page, labelled when we can. */
function filterOptions(known: string[], seen: string[], prefix: string, t: TranslateFn) {
  const values = [...new Set([...known, ...seen])];
  return values.map((value) => ({ value, label: labelOrValue(prefix, value, t) }));
}

function AuditRow({ entry }: { entry: TAuditEntry }) {
  const t = useT();
  const format = useFormat();
  const [isOpen, setIsOpen] = useState(false);
  const detailId = `audit-detail-${entry.id}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
        <Table.Td>{entry.actor?.fullName ?? t('audit.systemActor')}</Table.Td>
        <Table.Td>
          {labelOrValue('audit.entity', entry.entityType, t)}{' '}
          <Text span size="xs" c="dimmed" ff="monospace" title={entry.entityId}>
            #{shortEntityId(entry.entityId)}
          </Text>
        </Table.Td>
        <Table.Td>{labelOrValue('audit.action', entry.action, t)}</Table.Td>
        <Table.Td>{entry.unitName ?? '—'}</Table.Td>
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setIsOpen((open) => !open)}
            aria-expanded={isOpen}
            aria-controls={detailId}
          >
            {isOpen ? t('audit.hideChanges') : t('audit.showChanges')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {isOpen ? (
        <Table.Tr id={detailId}>
          <Table.Td colSpan={6} bg="gray.0">
            <Stack gap="xs" py="xs">
              <AuditDiff before={entry.before} after={entry.after} />
              {entry.requestId ? (
                <Text size="xs" c="dimmed">
                  {t('audit.requestId', { id: entry.requestId })}
                </Text>
              ) : null}
            </Stack>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

/** The audit log (admins and leaders): who changed what and when, with filters and paging. */
export function AuditLogPage() {
  const t = useT();
  const format = useFormat();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const entityType = searchParams.get('loai') ?? '';
  const action = searchParams.get('thao-tac') ?? '';
  const page = parsePage(searchParams.get('trang'));
  const isAllowed = canReadAuditLog(user);
  const log = useAuditLog({ entityType, action, page, pageSize: AUDIT_PAGE_SIZE }, isAllowed);

  if (!isAllowed) {
    return (
      <Stack maw={720}>
        <PageHeader title={t('audit.title')} />
        <Alert color="gray" variant="light" role="alert">
          {t('audit.notAllowed')}
        </Alert>
      </Stack>
    );
  }

  const setParam = (name: string, value: string | null) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'trang') next.delete('trang');
      return next;
    });

  const items = log.data?.items ?? [];
  const total = log.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(total, page * AUDIT_PAGE_SIZE);

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={t('audit.filter.entityType')}
              placeholder={t('audit.filter.all')}
              clearable
              value={entityType || null}
              onChange={(value) => setParam('loai', value)}
              data={filterOptions(
                KNOWN_ENTITY_TYPES,
                items.map((i) => i.entityType),
                'audit.entity',
                t,
              )}
              w={220}
            />
            <Select
              label={t('audit.filter.action')}
              placeholder={t('audit.filter.all')}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              value={action || null}
              onChange={(value) => setParam('thao-tac', value)}
              data={filterOptions(
                KNOWN_ACTIONS,
                items.map((i) => i.action),
                'audit.action',
                t,
              )}
              w={240}
            />
            {log.isFetching ? <Loader size="sm" mb={8} aria-label={t('common.loading')} /> : null}
          </Group>
          {log.isError ? <ErrorAlert error={log.error} /> : null}
          {log.isPending ? null : items.length === 0 && !log.isError ? (
            <Text size="sm" c="dimmed" role="status">
              {entityType || action ? t('audit.emptyFiltered') : t('audit.empty')}
            </Text>
          ) : items.length > 0 ? (
            <>
              <Text size="sm" c="dimmed" role="status">
                {t('audit.range', {
                  first: format.number(first),
                  last: format.number(last),
                  total: format.number(total),
                })}
              </Text>
              <Table.ScrollContainer minWidth={860}>
                <Table striped highlightOnHover verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('audit.col.at')}</Table.Th>
                      <Table.Th>{t('audit.col.actor')}</Table.Th>
                      <Table.Th>{t('audit.col.entity')}</Table.Th>
                      <Table.Th>{t('audit.col.action')}</Table.Th>
                      <Table.Th>{t('audit.col.unit')}</Table.Th>
                      <Table.Th>{t('audit.col.changes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((entry) => (
                      <AuditRow key={entry.id} entry={entry} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {pageCount > 1 ? (
                <Pagination
                  total={pageCount}
                  value={Math.min(page, pageCount)}
                  onChange={(next) => setParam('trang', next > 1 ? String(next) : null)}
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
