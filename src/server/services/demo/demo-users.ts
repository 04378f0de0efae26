import type { Role } from '../../../shared/enums.ts';

/** Password of every demo account, printed at first start. Demo data only. */
export const DEMO_PASSWORD = 'qptd-demo-2026';

/** The demo commune whose accounts show a commune's narrow view. */
export const DEMO_COMMUNE_NAME = 'Phường Đông Kinh';

const ROLE_PREFIX: Record<Role, string> = {
  admin: 'admin',
  leader: 'lanhdao',
  officer: 'canbo',
  viewer: 'xem',
};
const ROLE_LABEL: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  officer: 'Cán bộ',
  viewer: 'Chỉ xem',
};

/** A demo account: one per role at the province's military command and at the demo commune's. */
export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  level: 'province' | 'commune';
}

/** The eight demo accounts. */
export function demoAccounts(): DemoAccount[] {
  const roles: Role[] = ['admin', 'leader', 'officer', 'viewer'];
  return [
    ...roles.map((role) => ({
      username: `${ROLE_PREFIX[role]}.tinh`,
      fullName: `${ROLE_LABEL[role]} Bộ CHQS tỉnh (demo)`,
      role,
      level: 'province' as const,
    })),
    ...roles.map((role) => ({
      username: `${ROLE_PREFIX[role]}.dongkinh`,
      fullName: `${ROLE_LABEL[role]} Ban CHQS phường Đông Kinh (demo)`,
      role,
      level: 'commune' as const,
    })),
  ];
}
