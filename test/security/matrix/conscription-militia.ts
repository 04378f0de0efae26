import type { Role } from '../../../src/shared/enums.ts';
import { defineSection } from './entry.ts';

const STEPS = {
  year: 2026,
  listed17: 12,
  registered: 12,
  examined: 5,
  fit: 4,
  handedOver: 3,
  handoverOn: '2026-02-14',
  notes: null,
};

const MILITIA = {
  year: 2026,
  forces: { tai_cho: 40 },
  partyMembers: 8,
  militiaPartyMembers: 8,
  trainingSummoned: 40,
  trainingAttended: 38,
  hasMilitaryPartyCell: true,
  reservesAssigned: 20,
  reservesMatchingSpecialty: 18,
  notes: null,
};

// Only the province's leaders and admins set a quota; a commune's comes from the province's split.
const EVERY_COMMUNE_ROLE_BUT_ADMIN: Role[] = ['leader', 'officer', 'viewer'];

/** The conscription and militia registers: a unit's year, its writes and its Excel. */
export const conscriptionMilitiaSection = defineSection({
  name: 'conscription and militia registers',
  setup: async ({ signIn }) => ({ provinceUnitId: (await signIn('admin.tinh')).user.unit.id }),
  entries: {
    'GET /api/conscription': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/conscription?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/conscription?unitId=${f.neighbour.unitId}&year=2026` }),
    },
    'GET /api/conscription.xlsx': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/conscription.xlsx?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/conscription.xlsx?unitId=${f.neighbour.unitId}&year=2026`,
      }),
    },
    'PUT /api/conscription/quotas': {
      access: 'session',
      // A commune never sets its own quota, whatever its role: even its admin is refused (below).
      request: (f) => ({
        method: 'PUT',
        url: '/api/conscription/quotas',
        payload: { unitId: f.own.unitId, year: 2031, quota: 3 },
      }),
      deniedRoles: EVERY_COMMUNE_ROLE_BUT_ADMIN,
      outOfScope: (f) => ({
        method: 'PUT',
        url: '/api/conscription/quotas',
        payload: { unitId: f.neighbour.unitId, year: 2031, quota: 3 },
      }),
      allowedUser: 'lanhdao.tinh',
      allowedRequest: (f) => ({
        method: 'PUT',
        url: '/api/conscription/quotas',
        payload: {
          unitId: f.provinceUnitId,
          year: 2031,
          quota: 7,
          allocations: [
            { unitId: f.own.unitId, quota: 4 },
            { unitId: f.neighbour.unitId, quota: 3 },
          ],
        },
      }),
    },
    'PUT /api/conscription/steps': {
      access: 'session',
      request: (f) => ({
        method: 'PUT',
        url: '/api/conscription/steps',
        payload: { unitId: f.own.unitId, ...STEPS },
      }),
      deniedRoles: ['viewer'],
      outOfScope: (f) => ({
        method: 'PUT',
        url: '/api/conscription/steps',
        payload: { unitId: f.neighbour.unitId, ...STEPS },
      }),
    },
    'GET /api/militia': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/militia?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/militia?unitId=${f.neighbour.unitId}&year=2026` }),
    },
    'GET /api/militia.xlsx': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/militia.xlsx?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/militia.xlsx?unitId=${f.neighbour.unitId}&year=2026` }),
    },
    'PUT /api/militia': {
      access: 'session',
      request: (f) => ({ method: 'PUT', url: '/api/militia', payload: { unitId: f.own.unitId, ...MILITIA } }),
      deniedRoles: ['viewer'],
      outOfScope: (f) => ({
        method: 'PUT',
        url: '/api/militia',
        payload: { unitId: f.neighbour.unitId, ...MILITIA },
      }),
    },
  },
});
