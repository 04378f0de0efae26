import { Badge, Group } from '@mantine/core';
import type { TDocumentSummary } from '../../../shared/schemas/documents.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';

/** "Mật" for a secret document and "Chưa rà soát" until someone confirmed its extraction. */
export function DocumentBadges({ doc }: { doc: Pick<TDocumentSummary, 'classification' | 'reviewState'> }) {
  const dt = useDocumentsT();
  const isSecret = doc.classification === 'mat';
  const isReviewed = doc.reviewState === 'confirmed';
  if (!isSecret && isReviewed) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {isSecret ? (
        <Badge color="red" variant="filled" size="sm">
          {dt('classification.mat')}
        </Badge>
      ) : null}
      {isReviewed ? null : (
        <Badge color="yellow" variant="light" size="sm">
          {dt('reviewState.unreviewedBadge')}
        </Badge>
      )}
    </Group>
  );
}
