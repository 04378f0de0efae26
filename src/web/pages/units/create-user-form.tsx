import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ROLES, type Role } from '../../../shared/enums.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { TAgency } from '../../../shared/schemas/units.ts';
import type { TCreateUserRequest } from '../../../shared/schemas/users.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import type { CreateUserResponse } from '../../api/users.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { useT } from '../../i18n/language-provider.tsx';

const FIELDS = ['username', 'fullName', 'position', 'role', 'agencyId'] as const;
type FieldName = (typeof FIELDS)[number];

/** The agency a new user most likely belongs to: the military command when the unit has one. */
export function defaultAgencyId(agencies: Pick<TAgency, 'id' | 'kind'>[]): string | null {
  const preferred = agencies.find((a) => a.kind === 'military_command') ?? agencies[0];
  return preferred ? String(preferred.id) : null;
}

/** Form creating a user in one of the unit's agencies; the server answers a temporary password. */
export function CreateUserForm({
  agencies,
  mutation,
  onCreated,
  onCancel,
}: {
  agencies: TAgency[];
  mutation: UseMutationResult<CreateUserResponse, Error, TCreateUserRequest>;
  onCreated: (result: CreateUserResponse) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [agencyId, setAgencyId] = useState<string | null>(() => defaultAgencyId(agencies));
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const serverErrors = fieldErrorsFrom(mutation.error, FIELDS);
  const errorFor = (field: FieldName) => localErrors[field] ?? serverErrors[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    const trimmedUsername = username.trim();
    if (trimmedUsername.length < LIMITS.usernameMin) {
      errors.username = t('users.form.usernameTooShort', { min: LIMITS.usernameMin });
    }
    if (!fullName.trim()) errors.fullName = t('users.form.fullNameRequired');
    if (!agencyId) errors.agencyId = t('users.form.agencyRequired');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !agencyId) {
      mutation.reset();
      return;
    }
    mutation.mutate(
      {
        username: trimmedUsername,
        fullName: fullName.trim(),
        position: position.trim() || undefined,
        role,
        agencyId: Number(agencyId),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        <TextInput
          label={t('users.field.username')}
          description={t('users.form.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          data-autofocus
          maxLength={LIMITS.usernameMax}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={errorFor('username')}
        />
        <TextInput
          label={t('users.field.fullName')}
          autoComplete="off"
          withAsterisk
          maxLength={LIMITS.nameMax}
          value={fullName}
          onChange={(event) => setFullName(event.currentTarget.value)}
          error={errorFor('fullName')}
        />
        <TextInput
          label={t('users.field.position')}
          placeholder={t('users.form.positionPlaceholder')}
          autoComplete="off"
          maxLength={LIMITS.nameMax}
          value={position}
          onChange={(event) => setPosition(event.currentTarget.value)}
          error={errorFor('position')}
        />
        <Select
          label={t('users.field.role')}
          withAsterisk
          allowDeselect={false}
          value={role}
          onChange={(value) => {
            if (value && (ROLES as readonly string[]).includes(value)) setRole(value as Role);
          }}
          data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          error={errorFor('role')}
        />
        <Select
          label={t('users.field.agency')}
          withAsterisk
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          value={agencyId}
          onChange={setAgencyId}
          data={agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))}
          error={errorFor('agencyId')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('users.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
