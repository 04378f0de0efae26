import { SegmentedControl } from '@mantine/core';
import { useLanguage, useT } from '../i18n/language-provider.tsx';
import { isLanguage } from '../i18n/translate.ts';

/** Switches the interface between Tiếng Việt and English (each name written in its own language). */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      aria-label={t('language.label')}
      data={[
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
