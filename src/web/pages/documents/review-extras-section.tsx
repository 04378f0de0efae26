import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import { isDocumentsKey, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { fieldKey, type MarkType } from './review-model.ts';
import { MARK_COLORS, ReviewField } from './review-sync.tsx';

function ExtraItem({
  itemKey,
  type,
  badge,
  children,
}: {
  itemKey: string;
  type: MarkType;
  badge: string;
  children: ReactNode;
}) {
  return (
    <ReviewField fieldKey={itemKey} type={type}>
      {/* A button so the keyboard can reach it: focusing it shows the words in the text. */}
      <UnstyledButton
        w="100%"
        p={6}
        style={{
          borderLeft: `3px solid var(--mantine-color-${MARK_COLORS[type]}-6)`,
          borderRadius: 'var(--mantine-radius-sm)',
        }}
      >
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge size="sm" variant="light" color={MARK_COLORS[type]} style={{ flexShrink: 0 }}>
            {badge}
          </Badge>
          <Text size="sm">{children}</Text>
        </Group>
      </UnstyledButton>
    </ReviewField>
  );
}

/**
 * What the text says about deadlines, recurring duties and reported results. Read only: deadlines
 * and recurrences already fill the tasks; targets have their own section.
 */
export function ReviewExtrasSection({ extraction }: { extraction: TExtraction }) {
  const dt = useDocumentsT();
  const format = useFormat();
  const everyLabel = (every: string | null) => {
    const key = `review.every.${every}`;
    return isDocumentsKey(key) ? dt(key) : dt('review.every.unknown');
  };
  const isEmpty = extraction.deadlines.length + extraction.recurring.length + extraction.results.length === 0;
  if (isEmpty) {
    return (
      <Text size="sm" c="dimmed">
        {dt('review.extras.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {extraction.deadlines.map((d, i) => (
        <ExtraItem
          // biome-ignore lint/suspicious/noArrayIndexKey: the extraction's lists never reorder
          key={`d${i}`}
          itemKey={fieldKey.deadline(i)}
          type="deadline"
          badge={format.date(d.date)}
        >
          {d.who ? `${d.who}: ${d.text}` : d.text}
        </ExtraItem>
      ))}
      {extraction.recurring.map((r, i) => (
        <ExtraItem
          // biome-ignore lint/suspicious/noArrayIndexKey: the extraction's lists never reorder
          key={`r${i}`}
          itemKey={fieldKey.recurring(i)}
          type="deadline"
          badge={everyLabel(r.every)}
        >
          {r.text}
        </ExtraItem>
      ))}
      {extraction.results.map((x, i) => (
        <ExtraItem
          // biome-ignore lint/suspicious/noArrayIndexKey: the extraction's lists never reorder
          key={`x${i}`}
          itemKey={fieldKey.result(i)}
          type="target"
          badge={dt('review.extras.result')}
        >
          {x.text}
        </ExtraItem>
      ))}
    </Stack>
  );
}
