import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError, NETWORK_ERROR_CODE } from '../api/client.ts';
import { type TranslateFn, useT } from '../i18n/language-provider.tsx';

/** The message to show for a failure: the server's own words when it gave some. */
export function describeError(error: unknown, t: TranslateFn): string {
  if (error instanceof ApiError) {
    return error.code === NETWORK_ERROR_CODE ? t('error.network') : error.message;
  }
  return t('error.unexpected');
}

/**
 * The notice above a form: when the server's complaints were shown next to their fields, only
 * a pointer to them (its own message names request internals such as `body/username`).
 */
export function FormErrorAlert({
  error,
  fieldErrors,
}: {
  error: unknown;
  fieldErrors: Record<string, string>;
}) {
  const t = useT();
  if (Object.keys(fieldErrors).length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert">
      {t('error.fixFields')}
    </Alert>
  );
}

/** A red notice with the server's message for a failed call. */
export function ErrorAlert({
  error,
  title,
  children,
}: {
  error: unknown;
  title?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {describeError(error, t)}
      {children}
    </Alert>
  );
}
