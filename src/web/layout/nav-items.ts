import type { TMe } from '../../shared/schemas/auth.ts';
import { canReadAuditLog } from '../api/session.ts';
import type { MessageKey } from '../i18n/translate.ts';

/** One entry of the main navigation. */
export interface NavItem {
  path: string;
  labelKey: MessageKey;
  /** Shown only to users for whom this answers true. */
  isVisibleTo?: (user: TMe) => boolean;
}

/** The product's sections, in the order officials asked for them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.overview' },
  { path: '/van-ban', labelKey: 'nav.documents' },
  { path: '/nhiem-vu', labelKey: 'nav.tasks' },
  { path: '/chi-tieu', labelKey: 'nav.indicators' },
  { path: '/bao-cao', labelKey: 'nav.reports' },
  { path: '/so-dang-ky', labelKey: 'nav.registers' },
  { path: '/hoi-nghi', labelKey: 'nav.conferences' },
  { path: '/khen-thuong', labelKey: 'nav.awards' },
  { path: '/don-vi', labelKey: 'nav.units' },
  { path: '/nhat-ky', labelKey: 'nav.audit', isVisibleTo: canReadAuditLog },
  { path: '/tai-khoan', labelKey: 'nav.account' },
];

/** True when `pathname` lies in the section at `path` (`/` matches only itself). */
export function isSectionActive(path: string, pathname: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
