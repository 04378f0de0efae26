import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { TUnitDetail, TUser } from '../../../shared/schemas/units.ts';
import { useUnitUsers, useUserMutations } from '../../api/users.ts';
import { describeError, ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import {
  type TemporaryPassword,
  TemporaryPasswordModal,
} from '../../components/temporary-password-modal.tsx';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { CreateUserForm } from './create-user-form.tsx';

type UserAction = 'resetPassword' | 'revokeSessions' | 'disable' | 'enable';

interface PendingAction {
  action: UserAction;
  user: TUser;
}

const CONFIRM_KEYS: Record<
  UserAction,
  { title: MessageKey; body: MessageKey; confirm: MessageKey; done: MessageKey }
> = {
  resetPassword: {
    title: 'users.action.resetPassword',
    body: 'users.confirm.resetPassword',
    confirm: 'users.action.resetPassword',
    done: 'users.done.resetPassword',
  },
  revokeSessions: {
    title: 'users.action.revokeSessions',
    body: 'users.confirm.revokeSessions',
    confirm: 'users.action.revokeSessions',
    done: 'users.done.revokeSessions',
  },
  disable: {
    title: 'users.action.disable',
    body: 'users.confirm.disable',
    confirm: 'users.action.disable',
    done: 'users.done.disable',
  },
  enable: {
    title: 'users.action.enable',
    body: 'users.confirm.enable',
    confirm: 'users.action.enable',
    done: 'users.done.enable',
  },
};

function UserStatusBadge({ user }: { user: TUser }) {
  const t = useT();
  if (user.disabled)
    return (
      <Badge color="red" variant="light">
        {t('users.status.disabled')}
      </Badge>
    );
  if (user.mustChangePassword)
    return (
      <Badge color="yellow" variant="light">
        {t('users.status.mustChange')}
      </Badge>
    );
  return (
    <Badge color="green" variant="light">
      {t('users.status.active')}
    </Badge>
  );
}

function UserActionsMenu({ user, onPick }: { user: TUser; onPick: (action: UserAction) => void }) {
  const t = useT();
  const { resetPassword, revokeSessions, update } = user.actions;
  if (!resetPassword && !revokeSessions && !update) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          aria-label={t('users.actionsFor', { name: user.fullName, username: user.username })}
        >
          {t('users.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {resetPassword ? (
          <Menu.Item onClick={() => onPick('resetPassword')}>{t('users.action.resetPassword')}</Menu.Item>
        ) : null}
        {revokeSessions ? (
          <Menu.Item onClick={() => onPick('revokeSessions')}>{t('users.action.revokeSessions')}</Menu.Item>
        ) : null}
        {update ? (
          <Menu.Item
            color={user.disabled ? undefined : 'red'}
            onClick={() => onPick(user.disabled ? 'enable' : 'disable')}
          >
            {user.disabled ? t('users.action.enable') : t('users.action.disable')}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

function UsersTable({ users, onPick }: { users: TUser[]; onPick: (action: PendingAction) => void }) {
  const t = useT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.field.username')}</Table.Th>
            <Table.Th>{t('users.field.fullName')}</Table.Th>
            <Table.Th>{t('users.field.position')}</Table.Th>
            <Table.Th>{t('users.field.role')}</Table.Th>
            <Table.Th>{t('users.field.agency')}</Table.Th>
            <Table.Th>{t('users.field.status')}</Table.Th>
            <Table.Th>{t('users.field.createdAt')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td>{user.fullName}</Table.Td>
              <Table.Td>{user.position ?? '—'}</Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>{user.agency.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>{format.date(user.createdAt)}</Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} onPick={(action) => onPick({ action, user })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Admins manage the unit's users: list, create, reset password, revoke sessions, disable/enable. */
export function UnitUsersPanel({ unit }: { unit: Pick<TUnitDetail, 'id' | 'agencies'> }) {
  const t = useT();
  const users = useUnitUsers(unit.id, true);
  const mutations = useUserMutations(unit.id);
  const [isCreating, setIsCreating] = useState(false);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<TemporaryPassword | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [isWorking, setIsWorking] = useState(false);

  const openCreate = () => {
    mutations.create.reset();
    setNotice(null);
    setIsCreating(true);
  };

  const runPending = async () => {
    if (!pending) return;
    const { action, user } = pending;
    setIsWorking(true);
    setActionError(null);
    try {
      if (action === 'resetPassword') {
        const result = await mutations.resetPassword.mutateAsync(user.id);
        setTemporaryPassword({
          username: user.username,
          fullName: user.fullName,
          password: result.temporaryPassword,
        });
      } else if (action === 'revokeSessions') {
        await mutations.revokeSessions.mutateAsync(user.id);
      } else {
        await mutations.update.mutateAsync({ id: user.id, body: { disabled: action === 'disable' } });
      }
      setNotice(t(CONFIRM_KEYS[action].done, { name: user.fullName }));
      setPending(null);
    } catch (error) {
      setActionError(error);
    } finally {
      setIsWorking(false);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-users-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg" id="unit-users-title">
          {t('users.title')}
        </Title>
        <Button size="sm" onClick={openCreate} disabled={unit.agencies.length === 0}>
          {t('users.add')}
        </Button>
      </Group>
      <Stack gap="sm">
        {notice ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
        {users.isPending ? (
          <PageLoader />
        ) : users.isError ? (
          <ErrorAlert error={users.error} />
        ) : users.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('users.empty')}
          </Text>
        ) : (
          <UsersTable
            users={users.data.items}
            onPick={(next) => {
              setActionError(null);
              setNotice(null);
              setPending(next);
            }}
          />
        )}
      </Stack>

      <Modal opened={isCreating} onClose={() => setIsCreating(false)} title={t('users.add')} size="lg">
        <CreateUserForm
          agencies={unit.agencies}
          mutation={mutations.create}
          onCancel={() => setIsCreating(false)}
          onCreated={(result) => {
            setIsCreating(false);
            setNotice(t('users.done.created', { name: result.user.fullName }));
            setTemporaryPassword({
              username: result.user.username,
              fullName: result.user.fullName,
              password: result.temporaryPassword,
            });
          }}
        />
      </Modal>

      <Modal
        opened={pending !== null}
        onClose={() => (isWorking ? undefined : setPending(null))}
        title={pending ? t(CONFIRM_KEYS[pending.action].title) : ''}
        centered
      >
        {pending ? (
          <Stack gap="md">
            <Text size="sm">
              {t(CONFIRM_KEYS[pending.action].body, {
                name: pending.user.fullName,
                username: pending.user.username,
              })}
            </Text>
            {actionError ? (
              <Alert color="red" variant="light" role="alert">
                {describeError(actionError, t)}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)} disabled={isWorking}>
                {t('common.cancel')}
              </Button>
              <Button
                color={pending.action === 'disable' ? 'red' : undefined}
                onClick={runPending}
                loading={isWorking}
                data-autofocus
              >
                {t(CONFIRM_KEYS[pending.action].confirm)}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>

      <TemporaryPasswordModal value={temporaryPassword} onClose={() => setTemporaryPassword(null)} />
    </Card>
  );
}
