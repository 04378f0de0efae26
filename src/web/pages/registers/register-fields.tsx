import {
  Badge,
  Button,
  Card,
  Group,
  type MantineColor,
  NumberInput,
  type NumberInputProps,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useCurrentUser } from '../../api/session.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
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

/** A register form's request as the form sees it: its refusal, whether it runs, and a reset. */
export type RegisterMutationState = Pick<
  UseMutationResult<unknown, Error, never>,
  'error' | 'isError' | 'isPending' | 'reset'
>;

/**
 * The messages of a register form: its own checks first, then the server's refusals by field.
 * `accept` keeps the form's findings and answers whether it may be sent; when it may not, the
 * last refusal is forgotten so that an old server message never stands beside a new local one.
 */
export function useRegisterFormErrors<F extends string>(
  mutation: RegisterMutationState,
  fields: readonly F[],
) {
  const [localErrors, setLocalErrors] = useState<Partial<Record<F, string>>>({});
  const serverErrors = fieldErrorsFrom(mutation.error, fields);
  const errorFor = (field: F): string | undefined => localErrors[field] ?? serverErrors[field];
  const accept = (errors: Partial<Record<F, string>>): boolean => {
    setLocalErrors(errors);
    const isClean = Object.keys(errors).length === 0;
    if (!isClean) mutation.reset();
    return isClean;
  };
  return { serverErrors, errorFor, accept };
}

/**
 * A register form's frame: sending checks and sends in the page, never reloads it, and the
 * server's refusal shows above the fields (after the `intro`, when the form has one).
 */
export function RegisterFormFrame({
  mutation,
  serverErrors,
  onSubmit,
  intro,
  children,
}: {
  mutation: Pick<RegisterMutationState, 'error' | 'isError'>;
  serverErrors: Record<string, string>;
  onSubmit: () => void;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        {intro}
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        {children}
      </Stack>
    </form>
  );
}

/** The unit a new register entry belongs to, among those the user may enter for. */
export function RegisterUnitSelect({
  units,
  value,
  onChange,
  error,
}: {
  units: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useDrillsT();
  const common = useT();
  return (
    <Select
      label={t('common.unit')}
      data={units}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable
      nothingFoundMessage={common('common.nothingFound')}
      error={error}
      withAsterisk
    />
  );
}

/** Who organised a register entry, as free text. */
export function RegisterOrganiserInput({
  value,
  onChange,
  error,
  description,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  description?: string;
}) {
  const t = useDrillsT();
  return (
    <TextInput
      label={t('common.organiser')}
      description={description}
      value={value}
      maxLength={300}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** A head count typed with the Vietnamese thousands dot; never negative, never a fraction. */
export function RegisterCountInput(props: NumberInputProps & { 'data-autofocus'?: boolean }) {
  return (
    <NumberInput
      min={0}
      max={1_000_000}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator="."
      decimalSeparator=","
      {...props}
    />
  );
}

/**
 * Cancel and submit at the foot of a register form; cancel waits while the request runs, and
 * submit stays off while the form holds a slip it has flagged.
 */
export function RegisterFormActions({
  submitLabel,
  isPending,
  onCancel,
  isSubmitDisabled,
  submitColor,
  isFlush = false,
}: {
  submitLabel: string;
  isPending: boolean;
  onCancel: () => void;
  isSubmitDisabled?: boolean;
  submitColor?: MantineColor;
  /** Whether the row sits straight under the fields, as in the dialogs, without a gap of its own. */
  isFlush?: boolean;
}) {
  const common = useT();
  return (
    <Group justify="flex-end" mt={isFlush ? undefined : 'sm'}>
      <Button variant="default" onClick={onCancel} disabled={isPending}>
        {common('common.cancel')}
      </Button>
      <Button type="submit" color={submitColor} loading={isPending} disabled={isSubmitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
