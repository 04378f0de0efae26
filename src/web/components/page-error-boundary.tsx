import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/language-provider.tsx';

interface BoundaryProps {
  children: ReactNode;
  /** Changing it (e.g. the URL) clears a shown error. */
  resetKey: string;
}

interface BoundaryState {
  error: Error | null;
}

function PageCrashNotice({ error }: { error: Error }) {
  const t = useT();
  const isChunkFailure = /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Alert color="red" title={t('error.pageCrashTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{isChunkFailure ? t('error.chunkLoad') : t('error.pageCrash')}</Text>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** Keeps the shell usable when one page fails to load or render, and offers a reload. */
export class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reproduces a report; the user sees a plain notice.
    console.warn('Page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <PageCrashNotice error={this.state.error} /> : this.props.children;
  }
}
