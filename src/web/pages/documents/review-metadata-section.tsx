import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef } from 'react';
import type { DocumentClassification } from '../../../shared/document-enums.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';
import { DateTextInput } from './date-text-input.tsx';
import {
  fieldKey,
  KIND_OPTIONS,
  type RecipientRow,
  type ReviewErrors,
  type ReviewForm,
} from './review-model.ts';
import { ReviewField } from './review-sync.tsx';
import { vietnameseOptionsFilter } from './vietnamese-filter.ts';

type Metadata = Omit<ReviewForm, 'citations' | 'tasks'>;

/** The header of the document: number, kind, date, place, issuer, subject, signer, recipients, secrecy. */
export function ReviewMetadataSection({
  form,
  errors,
  agencyData,
  onChange,
}: {
  form: Metadata;
  errors: ReviewErrors;
  agencyData: (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[];
  onChange: (patch: Partial<Metadata>) => void;
}) {
  const t = useT();
  const dt = useDocumentsT();
  const nextRecipient = useRef(0);
  const kindData = KIND_OPTIONS.map((k) => ({ value: k.code, label: k.label }));
  if (form.kind && !kindData.some((k) => k.value === form.kind))
    kindData.push({ value: form.kind, label: form.kind });
  const setRecipients = (recipients: RecipientRow[]) => onChange({ recipients });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <ReviewField fieldKey="number" type="meta">
          <TextInput
            label={dt('review.field.number')}
            value={form.number}
            onChange={(e) => onChange({ number: e.currentTarget.value })}
            maxLength={100}
          />
        </ReviewField>
        <ReviewField fieldKey="date" type="meta">
          <DateTextInput
            label={dt('review.field.issuedOn')}
            value={form.issuedOn}
            onChange={(issuedOn) => onChange({ issuedOn })}
            error={errors.date ? dt(errors.date) : undefined}
          />
        </ReviewField>
      </SimpleGrid>
      <ReviewField fieldKey="kind" type="meta">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={dt('review.field.kind')}
            data={kindData}
            value={form.kind || null}
            onChange={(code) => {
              const known = KIND_OPTIONS.find((k) => k.code === code);
              onChange({ kind: code ?? '', kindName: known?.name ?? form.kindName });
            }}
            searchable
            clearable
            filter={vietnameseOptionsFilter}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <TextInput
            label={dt('review.field.kindName')}
            value={form.kindName}
            onChange={(e) => onChange({ kindName: e.currentTarget.value })}
            maxLength={100}
          />
        </SimpleGrid>
      </ReviewField>
      <ReviewField fieldKey="place" type="meta">
        <TextInput
          label={dt('review.field.place')}
          value={form.place}
          onChange={(e) => onChange({ place: e.currentTarget.value })}
          maxLength={200}
        />
      </ReviewField>
      <ReviewField fieldKey="issuer" type="meta">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={dt('review.field.issuerText')}
            value={form.issuerText}
            onChange={(e) => onChange({ issuerText: e.currentTarget.value })}
            maxLength={500}
          />
          <Select
            label={dt('review.field.issuerAgency')}
            placeholder={dt('review.agency.choose')}
            data={agencyData}
            value={form.issuerAgencyId}
            onChange={(issuerAgencyId) => onChange({ issuerAgencyId })}
            searchable
            clearable
            filter={vietnameseOptionsFilter}
            nothingFoundMessage={t('common.nothingFound')}
            limit={100}
          />
        </SimpleGrid>
      </ReviewField>
      <ReviewField fieldKey="subject" type="meta">
        <Textarea
          label={dt('review.field.subject')}
          value={form.subject}
          onChange={(e) => onChange({ subject: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
        />
      </ReviewField>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <ReviewField fieldKey="signerName" type="meta">
          <TextInput
            label={dt('review.field.signerName')}
            value={form.signerName}
            onChange={(e) => onChange({ signerName: e.currentTarget.value })}
            maxLength={200}
          />
        </ReviewField>
        <ReviewField fieldKey="signerPosition" type="meta">
          <TextInput
            label={dt('review.field.signerPosition')}
            value={form.signerPosition}
            onChange={(e) => onChange({ signerPosition: e.currentTarget.value })}
            maxLength={200}
          />
        </ReviewField>
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {dt('review.field.recipients')}
        </Text>
        {form.recipients.length === 0 ? (
          <Text size="sm" c="dimmed">
            {dt('review.recipients.none')}
          </Text>
        ) : null}
        {form.recipients.map((row, index) => (
          <ReviewField key={row.rowId} fieldKey={fieldKey.recipient(row.rowId)} type="meta">
            <Group gap="xs" wrap="nowrap">
              <TextInput
                aria-label={dt('review.recipients.line', { number: index + 1 })}
                value={row.value}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setRecipients(form.recipients.map((r) => (r.rowId === row.rowId ? { ...r, value } : r)));
                }}
                maxLength={500}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => setRecipients(form.recipients.filter((r) => r.rowId !== row.rowId))}
                aria-label={dt('review.recipients.remove', { number: index + 1 })}
              >
                ×
              </ActionIcon>
            </Group>
          </ReviewField>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            nextRecipient.current += 1;
            setRecipients([
              ...form.recipients,
              { rowId: `new${nextRecipient.current}`, value: '', span: null },
            ]);
          }}
        >
          {dt('review.recipients.add')}
        </Button>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="review-classification-label">
          {dt('review.field.classification')}
        </Text>
        <SegmentedControl
          aria-labelledby="review-classification-label"
          value={form.classification}
          onChange={(value) => onChange({ classification: value as DocumentClassification })}
          data={[
            { value: 'thuong', label: dt('classification.thuong') },
            { value: 'mat', label: dt('classification.mat') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
    </Stack>
  );
}
