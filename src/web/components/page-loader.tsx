import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/language-provider.tsx';

/** Spinner shown while a page's code or data loads. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const t = useT();
  return (
    <Center h={fullScreen ? '100vh' : 240} role="status" aria-live="polite">
      <Loader size="md" aria-label={t('common.loading')} />
    </Center>
  );
}
