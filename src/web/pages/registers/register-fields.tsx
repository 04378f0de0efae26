import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import { useCurrentUser } from '../../api/session.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { parseDateText } from '../documents/form-values.ts';

const STATUS_COLORS: Record<RegisterStatus, string> = { planned: 'blue', done: 'green', cancelled: 'gray' };

/** Where a register entry stands, as a coloured badge. */
export function RegisterStatusBadge({ status }: { status: RegisterStatus }) {
  const t = useDrillsT();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'done' ? 'filled' : 'light'}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A typed date as ISO, or the message to show: required and well-formed. */
export function readDate(
  text: string,
  t: ReturnType<typeof useDrillsT>,
): { iso: string } | { error: string } {
  const parsed = parseDateText(text);
  if (!parsed.isValid) return { error: t('common.dateInvalid') };
  if (!parsed.iso) return { error: t('common.dateRequired') };
  return { iso: parsed.iso };
}

/** The years a register offers: two ahead (plans) and eight back (old records). */
export function registerYears(current: number): string[] {
  return Array.from({ length: 11 }, (_, i) => String(current + 2 - i));
}

/**
 * The units a register page can narrow to: the user's own unit (everything under it) and each
 * unit directly below, with the own unit first.
 */
export function useRegisterUnits(): { value: string; label: string }[] {
  const t = useDrillsT();
  const user = useCurrentUser();
  const children = useUnitChildren(user.unit.id, false);
  return [
    { value: String(user.unit.id), label: t('common.allUnits', { unit: user.unit.name }) },
    ...(children.data ? sortUnitsForDisplay(children.data.items) : []).map((u) => ({
      value: String(u.id),
      label: u.name,
    })),
  ];
}

/**
 * The year as twelve month boxes, each listing the entries that start in it: the calendar view of
 * a register.
 */
export function YearCalendar<T>({
  year,
  items,
  dateOf,
  render,
  testId,
}: {
  year: number;
  items: T[];
  dateOf: (item: T) => string;
  render: (item: T) => ReactNode;
  testId: string;
}) {
  const t = useDrillsT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid={testId}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
        const prefix = `${year}-${String(month).padStart(2, '0')}`;
        const inMonth = items.filter((item) => dateOf(item).startsWith(prefix));
        return (
          <Card key={month} withBorder padding="sm" data-month={month} aria-labelledby={`month-${month}`}>
            <Stack gap={6}>
              <Group justify="space-between">
                <Title order={4} fz="sm" id={`month-${month}`}>
                  {t('common.month', { month })}
                </Title>
                {inMonth.length > 0 ? <Badge variant="light">{inMonth.length}</Badge> : null}
              </Group>
              {inMonth.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('common.monthEmpty')}
                </Text>
              ) : (
                inMonth.map(render)
              )}
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

/** A span of dates as dd/MM/yyyy – dd/MM/yyyy (one date when it is one day). */
export function formatSpan(from: string, to: string | null, formatDate: (iso: string) => string): string {
  return to && to !== from ? `${formatDate(from)} – ${formatDate(to)}` : formatDate(from);
}

type DateFieldProps = Parameters<typeof DateTextInput>[0] & { 'data-autofocus'?: boolean };

/** Two required dates side by side: when an entry starts and ends. */
export function RegisterDateRange({ from, to }: { from: DateFieldProps; to: DateFieldProps }) {
  return (
    <Group grow align="flex-start">
      <DateTextInput withAsterisk {...from} />
      <DateTextInput withAsterisk {...to} />
    </Group>
  );
}

/** The free-text notes of a register entry. */
export function RegisterNotesInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useDrillsT();
  return (
    <Textarea
      label={t('common.notes')}
      value={value}
      maxLength={4000}
      autosize
      minRows={2}
      maxRows={5}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** Cancel and submit at the foot of a register form; cancel waits while the request runs. */
export function RegisterFormActions({
  submitLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  isPending: boolean;
  onCancel: () => void;
}) {
  const common = useT();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel} disabled={isPending}>
        {common('common.cancel')}
      </Button>
      <Button type="submit" loading={isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
