import { Alert, Button, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useDocument } from '../../api/documents.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { DocumentBadges } from './document-badges.tsx';
import { DocumentMetaCard, documentTitle } from './document-meta-card.tsx';
import { DocumentNotFound } from './document-not-found.tsx';
import { ReviewWorkspace } from './review-workspace.tsx';
import { idFromParam } from './url-params.ts';

/**
 * "Rà soát văn bản": checks the extraction against the text and confirms it into citations and
 * tasks. A secret document the user may not read shows its metadata only.
 */
export function DocumentReviewPage() {
  const dt = useDocumentsT();
  const id = idFromParam(useParams().documentId);
  const document = useDocument(id);

  if (Number.isNaN(id) || isApiError(document.error, 404)) return <DocumentNotFound />;
  if (document.isError) return <ErrorAlert error={document.error} title={dt('document.loadFailed')} />;
  if (!document.data) return <PageLoader />;
  const doc = document.data;
  const title = documentTitle(doc, dt);
  const header = (
    <PageHeader
      title={dt('review.title', { document: title })}
      description={doc.subject ?? undefined}
      actions={
        <Group gap="xs">
          <DocumentBadges doc={doc} />
          <Button component={Link} to={`/van-ban/${doc.id}`} variant="default" size="xs">
            {dt('review.openDocument')}
          </Button>
        </Group>
      }
    />
  );

  if (!doc.actions.readBody || doc.body === null) {
    return (
      <Stack gap="md" maw={960}>
        {header}
        <Alert color="red" variant="light" role="alert" data-testid="secret-notice">
          {dt('document.secretNoBody')}
        </Alert>
        <DocumentMetaCard doc={doc} />
      </Stack>
    );
  }
  if (!doc.actions.review || !doc.extraction) {
    return (
      <Stack gap="md" maw={960}>
        {header}
        <Alert color="gray" variant="light" role="status">
          {doc.reviewState === 'confirmed' ? dt('review.alreadyConfirmed') : dt('review.notAllowed')}
        </Alert>
        <DocumentMetaCard doc={doc} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {header}
      <ReviewWorkspace key={doc.id} doc={doc} body={doc.body} extraction={doc.extraction} />
    </Stack>
  );
}
