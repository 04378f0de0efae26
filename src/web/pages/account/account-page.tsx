import { Alert, Card, DataList, Stack, Title } from '@mantine/core';
import { useCurrentUser } from '../../api/session.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { unitKindLabel } from '../../i18n/labels.ts';
import { useT } from '../../i18n/language-provider.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

/** The user's profile and the change-password form (first stop for a temporary password). */
export function AccountPage() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title={t('account.title')} />
      {user.mustChangePassword ? (
        <Alert color="yellow" variant="light" title={t('account.mustChangeTitle')} role="alert">
          {t('account.mustChange')}
        </Alert>
      ) : null}
      <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
        <Title order={3} fz="lg" mb="sm" id="profile-title">
          {t('account.profile')}
        </Title>
        <DataList labelWidth={160}>
          <DataList.Item>
            <DataList.ItemLabel>{t('users.field.fullName')}</DataList.ItemLabel>
            <DataList.ItemValue>{user.fullName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('users.field.username')}</DataList.ItemLabel>
            <DataList.ItemValue>{user.username}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('users.field.role')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`role.${user.role}`)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('users.field.agency')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {user.agency.name}
              {user.agency.shortName ? ` (${user.agency.shortName})` : ''}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.unit')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {user.unit.name} · {unitKindLabel(user.unit.kind, t)} ·{' '}
              {t('units.codeShort', { code: user.unit.code })}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Card>
      <Card withBorder padding="lg" component="section">
        <Title order={3} fz="lg" mb="sm" id="change-password-title">
          {t('account.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
