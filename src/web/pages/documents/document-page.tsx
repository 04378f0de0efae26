import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Spoiler,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';
import { isApiError } from '../../api/client.ts';
import { documentFileUrl, useDocument } from '../../api/documents.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { type FiguresKey, isFiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { formatBounds } from '../figures/figure-values.ts';
import { FIGURES_PARAMS } from '../figures/figures-url.ts';
import { periodLabel } from '../figures/period-label.ts';
import { taskListHref } from '../tasks/task-list-params.ts';
import { TaskSummaryTable } from '../tasks/task-summary-table.tsx';
import { DocumentBadges } from './document-badges.tsx';
import { DocumentMetaCard, documentTitle } from './document-meta-card.tsx';
import { DocumentNotFound } from './document-not-found.tsx';
import { kindNameOf } from './review-model.ts';
import type { ConfirmedState } from './review-workspace.tsx';
import { idFromParam } from './url-params.ts';

function SectionCard({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} fz="md" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Citations({ doc }: { doc: TDocumentDetail }) {
  const dt = useDocumentsT();
  const format = useFormat();
  if (doc.citations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {doc.reviewState === 'confirmed' ? dt('document.citations.none') : dt('document.citations.notYet')}
      </Text>
    );
  }
  return (
    <List spacing={6} size="sm" listStyleType="none" data-testid="document-citations">
      {doc.citations.map((c) => {
        const name = `${c.kind ? `${kindNameOf(c.kind) || c.kind} ` : ''}${c.number}`;
        const details = [c.date ? format.date(c.date) : null, c.issuer].filter(Boolean).join(' · ');
        return (
          <List.Item key={c.id}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" color={c.basis ? 'grape' : 'gray'} style={{ flexShrink: 0 }}>
                {c.basis ? dt('document.citations.basis') : dt('document.citations.mention')}
              </Badge>
              <div>
                {c.resolved ? (
                  <Anchor component={Link} to={`/van-ban/${c.resolved.id}`} fw={500} size="sm">
                    {name}
                  </Anchor>
                ) : (
                  <Text span fw={500} size="sm">
                    {name}
                  </Text>
                )}
                {details ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({details})
                  </Text>
                ) : null}
                {c.subject ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {c.subject}
                  </Text>
                ) : null}
                {c.resolved ? null : (
                  <Text size="xs" c="dimmed">
                    {dt('document.citations.unresolved')}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

function ImplementedBy({ doc }: { doc: TDocumentDetail }) {
  const dt = useDocumentsT();
  if (doc.implementedBy.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('document.implementedBy.none')}
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm">
      {doc.implementedBy.map((d) => (
        <List.Item key={d.id}>
          <Anchor component={Link} to={`/van-ban/${d.id}`} size="sm" fw={500}>
            {documentTitle(d, dt)}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            · {d.unitName}
            {d.subject ? ` · ${d.subject}` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function LowerIssuance({ doc }: { doc: TDocumentDetail }) {
  const dt = useDocumentsT();
  const format = useFormat();
  if (doc.lowerIssuance.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('document.lowerIssuance.none')}
      </Text>
    );
  }
  const issued = doc.lowerIssuance.filter((u) => u.documentId !== null);
  const pending = doc.lowerIssuance.filter((u) => u.documentId === null);
  // Dozens of communes: the names flow in columns instead of one long list.
  const columns = { columnWidth: 200, columnGap: 'var(--mantine-spacing-lg)' };
  return (
    <Stack gap="md">
      <Stack gap={6} data-testid="lower-issuance-pending">
        <Text size="sm" fw={600} c={pending.length > 0 ? 'red.8' : 'dimmed'}>
          {dt('document.lowerIssuance.pending', { count: format.number(pending.length) })}
        </Text>
        {pending.length > 0 ? (
          <List size="sm" spacing={2} style={columns}>
            {pending.map((u) => (
              <List.Item key={u.unitId}>{u.unitName}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
      <Stack gap={6} data-testid="lower-issuance-issued">
        <Text size="sm" fw={600} c={issued.length > 0 ? 'green.8' : 'dimmed'}>
          {dt('document.lowerIssuance.issued', { count: format.number(issued.length) })}
        </Text>
        {issued.length > 0 ? (
          <List size="sm" spacing={2} style={columns}>
            {issued.map((u) => (
              <List.Item key={u.unitId}>
                <Anchor component={Link} to={`/van-ban/${u.documentId}`} size="sm">
                  {u.unitName}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Stack>
  );
}

const LEVEL_KEYS: Record<number, FiguresKey> = {
  1: 'targets.forLevel.1',
  2: 'targets.forLevel.2',
  3: 'targets.forLevel.3',
};

/** "Chỉ tiêu giao" of the unit, opened on the target's period (a term on its first year). */
function targetsHref(unitId: number, period: string): string {
  const search = new URLSearchParams({
    [FIGURES_PARAMS.tab]: 'chi-tieu-giao',
    [FIGURES_PARAMS.unit]: String(unitId),
    [FIGURES_PARAMS.period]: /^\d{4}-\d{4}$/.test(period) ? period.slice(0, 4) : period,
  });
  return `/chi-tieu?${search}`;
}

function DocumentTargets({ doc }: { doc: TDocumentDetail }) {
  const dt = useDocumentsT();
  const ft = useFiguresT();
  const format = useFormat();
  if (doc.targets.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {doc.reviewState === 'confirmed' ? dt('document.targets.none') : dt('document.targets.notYet')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid="document-targets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{dt('document.targets.col.indicator')}</Table.Th>
            <Table.Th>{dt('document.targets.col.unit')}</Table.Th>
            <Table.Th>{dt('document.targets.col.period')}</Table.Th>
            <Table.Th>{dt('document.targets.col.bounds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.targets.map((target) => {
            const levelKey = target.level === null ? undefined : LEVEL_KEYS[target.level];
            const categoryKey = `category.${target.category}`;
            return (
              <Table.Tr key={target.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={targetsHref(target.unitId, target.period)}
                    size="sm"
                    aria-label={dt('document.targets.openFor', { indicator: target.indicatorName })}
                  >
                    {target.indicatorName}
                  </Anchor>
                  {target.category && isFiguresKey(categoryKey) ? (
                    <Text size="xs" c="dimmed">
                      {ft(categoryKey)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {levelKey ? ft(levelKey, { unit: target.unitName }) : target.unitName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{periodLabel(target.period, ft)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {formatBounds(target, { kind: target.indicatorKind }, format.number, ft)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A document's page: its facts and original file, what it cites and what implements it, the tasks
 * it assigned with the chase summary, the targets it set, and which lower units have issued their
 * own document.
 */
export function DocumentPage() {
  const dt = useDocumentsT();
  const format = useFormat();
  const id = idFromParam(useParams().documentId);
  const location = useLocation();
  const confirmed = (location.state as Partial<ConfirmedState> | null)?.confirmed;
  const document = useDocument(id);

  if (Number.isNaN(id) || isApiError(document.error, 404)) return <DocumentNotFound />;
  if (document.isError) return <ErrorAlert error={document.error} title={dt('document.loadFailed')} />;
  if (!document.data) return <PageLoader />;
  const doc = document.data;

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={documentTitle(doc, dt)}
        description={doc.subject ?? undefined}
        actions={
          <Group gap="xs">
            <DocumentBadges doc={doc} />
            {doc.file ? (
              <Button
                component="a"
                href={documentFileUrl(doc.id)}
                download={doc.file.name}
                variant="default"
                size="xs"
              >
                {dt('document.download')}
              </Button>
            ) : null}
            {doc.actions.review ? (
              <Button component={Link} to={`/van-ban/${doc.id}/ra-soat`} size="xs">
                {dt('documents.review')}
              </Button>
            ) : null}
          </Group>
        }
      />
      {confirmed ? (
        <Alert color="green" variant="light" role="status" title={dt('document.confirmedTitle')}>
          {dt('document.confirmed', {
            tasks: format.number(confirmed.tasks),
            citations: format.number(confirmed.citations),
            targets: format.number(confirmed.targets ?? 0),
          })}
        </Alert>
      ) : null}
      {!doc.actions.readBody ? (
        <Alert color="red" variant="light" role="alert" data-testid="secret-notice">
          {dt('document.secretNoBody')}
        </Alert>
      ) : null}
      <DocumentMetaCard doc={doc} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SectionCard title={dt('document.citations.title')} id="document-citations">
          <Citations doc={doc} />
        </SectionCard>
        <SectionCard title={dt('document.implementedBy.title')} id="document-implemented-by">
          <ImplementedBy doc={doc} />
        </SectionCard>
      </SimpleGrid>
      <SectionCard title={dt('document.tasks.title')} id="document-tasks">
        {doc.taskCount === 0 ? (
          <Text size="sm" c="dimmed">
            {doc.reviewState === 'confirmed' ? dt('document.tasks.none') : dt('document.tasks.notYet')}
          </Text>
        ) : (
          <Stack gap="sm">
            <Group gap="sm">
              <Text size="sm">{dt('document.tasks.count', { count: format.number(doc.taskCount) })}</Text>
              <Anchor component={Link} to={taskListHref({ tab: 'tat-ca', documentId: doc.id })} size="sm">
                {dt('document.tasks.openList')}
              </Anchor>
            </Group>
            <TaskSummaryTable documentId={doc.id} />
          </Stack>
        )}
      </SectionCard>
      <SectionCard title={dt('document.targets.title')} id="document-targets">
        <DocumentTargets doc={doc} />
      </SectionCard>
      <SectionCard title={dt('document.lowerIssuance.title')} id="document-lower-issuance">
        <LowerIssuance doc={doc} />
      </SectionCard>
      {doc.body ? (
        <SectionCard title={dt('document.body')} id="document-body">
          <Spoiler maxHeight={180} showLabel={dt('document.bodyShow')} hideLabel={dt('document.bodyHide')}>
            <Text
              size="sm"
              style={{
                whiteSpace: 'pre-wrap',
                fontFamily: '"Times New Roman", Times, "Liberation Serif", serif',
              }}
            >
              {doc.body}
            </Text>
          </Spoiler>
        </SectionCard>
      ) : null}
    </Stack>
  );
}
