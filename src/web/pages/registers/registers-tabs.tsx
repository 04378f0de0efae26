import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/language-provider.tsx';

/** The registers (sổ theo dõi) and their paths, in the order the work is planned and done. */
export const REGISTER_TABS = [
  { path: '/so-dang-ky/dien-tap', labelKey: 'registers.tab.drills' },
  { path: '/so-dang-ky/boi-duong', labelKey: 'registers.tab.training' },
  { path: '/so-dang-ky/tuyen-quan', labelKey: 'registers.tab.conscription' },
  { path: '/so-dang-ky/dqtv', labelKey: 'registers.tab.militia' },
] as const;

/** The tab bar above every register page: one click from one register to the next. */
export function RegistersTabs({ active }: { active: (typeof REGISTER_TABS)[number]['path'] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(path) => path && navigate(path)} mb="md">
      <Tabs.List aria-label={t('nav.registers')}>
        {REGISTER_TABS.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {t(tab.labelKey)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
