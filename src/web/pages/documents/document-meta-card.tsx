import { Anchor, Card, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';
import { documentFileUrl } from '../../api/documents.ts';
import { type DocumentsTranslateFn, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat, useLanguage } from '../../i18n/language-provider.tsx';
import { formatFileSize } from './form-values.ts';
import { kindNameOf } from './review-model.ts';

/** How a document is named in titles: "Kế hoạch số 100/KH-UBND", or its kind alone when it has no number. */
export function documentTitle(
  doc: Pick<TDocumentDetail, 'number' | 'kind'> & { kindName?: string | null },
  dt: DocumentsTranslateFn,
): string {
  const kind = doc.kindName || kindNameOf(doc.kind);
  if (doc.number) {
    return kind
      ? dt('document.titleKindNumber', { kind, number: doc.number })
      : dt('document.titleNumber', { number: doc.number });
  }
  return kind || dt('document.untitled');
}

/** The recorded facts of a document, as a two-column table; empty values show a dash. */
export function DocumentMetaCard({ doc }: { doc: TDocumentDetail }) {
  const dt = useDocumentsT();
  const format = useFormat();
  const { language } = useLanguage();
  const signer = [doc.signerPosition, doc.signerName].filter(Boolean).join(' ');
  const rows: [string, ReactNode][] = [
    [dt('review.field.number'), doc.number],
    [dt('review.field.kind'), doc.kindName || kindNameOf(doc.kind) || doc.kind],
    [dt('review.field.issuedOn'), format.date(doc.issuedOn)],
    [dt('review.field.place'), doc.place],
    [dt('review.field.issuerText'), doc.issuerText],
    [dt('review.field.subject'), doc.subject],
    [dt('document.signer'), signer],
    [dt('review.field.recipients'), doc.recipients.length > 0 ? doc.recipients.join('; ') : null],
    [dt('document.unit'), doc.unitName],
    [dt('review.field.classification'), dt(`classification.${doc.classification}`)],
    [dt('document.registeredAt'), format.dateTime(doc.createdAt)],
    [
      dt('document.file'),
      doc.file ? (
        <Anchor key="file" href={documentFileUrl(doc.id)} download={doc.file.name}>
          {dt('document.fileLink', { name: doc.file.name, size: formatFileSize(doc.file.size, language) })}
        </Anchor>
      ) : null,
    ],
  ];
  return (
    <Card withBorder padding="md">
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 130, sm: 200 }} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {value || (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
