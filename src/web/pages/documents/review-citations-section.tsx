import { Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { DateTextInput } from './date-text-input.tsx';
import { type CitationRow, fieldKey, type ReviewErrors } from './review-model.ts';
import { ReviewField } from './review-sync.tsx';

/** The documents this one cites ("Căn cứ…", "Thực hiện…"): editable rows, add and remove. */
export function ReviewCitationsSection({
  rows,
  errors,
  onChange,
}: {
  rows: CitationRow[];
  errors: ReviewErrors;
  onChange: (rows: CitationRow[]) => void;
}) {
  const dt = useDocumentsT();
  const nextRow = useRef(0);
  const update = (rowId: string, patch: Partial<CitationRow>) =>
    onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  const add = () => {
    nextRow.current += 1;
    onChange([
      ...rows,
      {
        rowId: `new${nextRow.current}`,
        kind: '',
        number: '',
        date: '',
        issuer: '',
        subject: '',
        basis: true,
        span: null,
      },
    ]);
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {dt('review.citations.none')}
        </Text>
      ) : null}
      {rows.map((row, index) => {
        const key = fieldKey.citation(row.rowId);
        const error = (name: string) => {
          const code = errors[`${key}-${name}`];
          return code ? dt(code) : undefined;
        };
        return (
          <ReviewField key={row.rowId} fieldKey={key} type="citation">
            <Card
              withBorder
              padding="sm"
              role="group"
              aria-label={dt('review.citations.item', { number: index + 1 })}
            >
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {dt('review.citations.item', { number: index + 1 })}
                  </Text>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-xs"
                    onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
                  >
                    {dt('review.citations.remove')}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                  <TextInput
                    label={dt('review.citations.kind')}
                    value={row.kind}
                    onChange={(e) => update(row.rowId, { kind: e.currentTarget.value })}
                    maxLength={20}
                  />
                  <TextInput
                    label={dt('review.citations.number')}
                    value={row.number}
                    onChange={(e) => update(row.rowId, { number: e.currentTarget.value })}
                    error={error('number')}
                    maxLength={100}
                    withAsterisk
                  />
                  <DateTextInput
                    label={dt('review.citations.date')}
                    value={row.date}
                    onChange={(date) => update(row.rowId, { date })}
                    error={error('date')}
                  />
                </SimpleGrid>
                <TextInput
                  label={dt('review.citations.issuer')}
                  value={row.issuer}
                  onChange={(e) => update(row.rowId, { issuer: e.currentTarget.value })}
                  maxLength={500}
                />
                <Textarea
                  label={dt('review.citations.subject')}
                  value={row.subject}
                  onChange={(e) => update(row.rowId, { subject: e.currentTarget.value })}
                  autosize
                  minRows={1}
                  maxRows={4}
                  maxLength={2000}
                />
                <Checkbox
                  label={dt('review.citations.basis')}
                  checked={row.basis}
                  onChange={(e) => update(row.rowId, { basis: e.currentTarget.checked })}
                />
              </Stack>
            </Card>
          </ReviewField>
        );
      })}
      <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={add}>
        {dt('review.citations.add')}
      </Button>
    </Stack>
  );
}
