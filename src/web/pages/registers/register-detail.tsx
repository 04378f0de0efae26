import { Button, Drawer, type DrawerProps, Group, Stack, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { CancelEntryForm, ConfirmDelete } from './register-dialogs.tsx';
import type { RegisterMutationState } from './register-fields.tsx';

/** What a register entry's side panel shows: the facts, or one of the forms in their place. */
export type RegisterDetailMode = 'view' | 'edit' | 'result' | 'cancel' | 'delete';

/** What the register entry's actions need of it. */
type RegisterEntryActionsInput = { recordResult: boolean; update: boolean; cancel: boolean; delete: boolean };

/** A register entry as its side panel needs it. */
interface RegisterEntry {
  id: number;
  title: string;
  status: RegisterStatus;
  actions: RegisterEntryActionsInput;
}

/** A write to a register entry that the side panel sends and then follows. */
type EntryMutation<V> = RegisterMutationState & {
  mutate: (variables: V, options?: { onSuccess?: () => void }) => void;
};

/** The writes of a register as its side panel uses them; the entry's own forms send the others. */
export interface RegisterEntryMutations {
  update: RegisterMutationState;
  recordResult: RegisterMutationState;
  cancel: EntryMutation<{ id: number; reason: string }>;
  remove: EntryMutation<number>;
}

/**
 * A register entry in a side panel: its badges and facts with the actions the user may take, and
 * in their place the form of the chosen action. Closing it forgets the mode and any refusal, so
 * the next entry opens clean. `edit` and `result` get the way back to the facts.
 */
export function RegisterDetailDrawer<E extends RegisterEntry>({
  entryId,
  query,
  mutations,
  size,
  fallbackTitle,
  testId,
  deleteHint,
  badges,
  facts,
  below,
  edit,
  result,
  onClose,
}: {
  entryId: number | null;
  query: UseQueryResult<E>;
  mutations: RegisterEntryMutations;
  size: DrawerProps['size'];
  /** The panel's title while the entry loads or when it cannot be read. */
  fallbackTitle: string;
  testId: string;
  deleteHint: (entry: E) => string;
  badges: (entry: E) => ReactNode;
  facts: (entry: E) => ReactNode;
  /** What follows the actions in the facts view (a drill's evidence files). */
  below?: (entry: E) => ReactNode;
  edit: (entry: E, back: () => void) => ReactNode;
  result: (entry: E, back: () => void) => ReactNode;
  onClose: () => void;
}) {
  const t = useDrillsT();
  const [mode, setMode] = useState<RegisterDetailMode>('view');
  const back = () => setMode('view');
  const close = () => {
    setMode('view');
    for (const m of [mutations.update, mutations.recordResult, mutations.cancel, mutations.remove]) m.reset();
    onClose();
  };
  const entry = query.data;
  return (
    <Drawer
      opened={entryId !== null}
      onClose={close}
      position="right"
      size={size}
      title={entry ? entry.title : fallbackTitle}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : entry ? (
        <Stack gap="md" data-testid={testId}>
          <Group gap="xs">{badges(entry)}</Group>
          {mode === 'view' ? (
            <>
              {facts(entry)}
              <RegisterEntryActions actions={entry.actions} status={entry.status} onMode={setMode} />
              {below?.(entry)}
            </>
          ) : null}
          {mode === 'edit' ? edit(entry, back) : null}
          {mode === 'result' ? result(entry, back) : null}
          {mode === 'cancel' ? (
            <CancelEntryForm
              hint={t('cancel.hint')}
              mutation={mutations.cancel}
              onCancel={back}
              onSubmit={(reason) => mutations.cancel.mutate({ id: entry.id, reason }, { onSuccess: back })}
            />
          ) : null}
          {mode === 'delete' ? (
            <ConfirmDelete
              hint={deleteHint(entry)}
              mutation={mutations.remove}
              onCancel={back}
              onConfirm={() => mutations.remove.mutate(entry.id, { onSuccess: close })}
            />
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

/** A register entry's facts as label–value rows. */
export function RegisterFacts({ rows, testId }: { rows: [string, string][]; testId: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The buttons of a register entry for the actions the server says the user may take. */
export function RegisterEntryActions({
  actions,
  status,
  onMode,
}: {
  actions: RegisterEntryActionsInput;
  status: RegisterStatus;
  onMode: (mode: RegisterDetailMode) => void;
}) {
  const t = useDrillsT();
  return (
    <Group gap="xs">
      {actions.recordResult ? (
        <Button size="sm" onClick={() => onMode('result')}>
          {status === 'done' ? t('common.correctResult') : t('common.recordResult')}
        </Button>
      ) : null}
      {actions.update ? (
        <Button size="sm" variant="default" onClick={() => onMode('edit')}>
          {t('common.edit')}
        </Button>
      ) : null}
      {actions.cancel ? (
        <Button size="sm" variant="default" color="orange" onClick={() => onMode('cancel')}>
          {t('common.cancelEntry')}
        </Button>
      ) : null}
      {actions.delete ? (
        <Button size="sm" variant="subtle" color="red" onClick={() => onMode('delete')}>
          {t('common.delete')}
        </Button>
      ) : null}
    </Group>
  );
}
