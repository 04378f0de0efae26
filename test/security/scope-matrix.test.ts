import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/enums.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';
import type { Entry, CoreFixture as Fixture } from './matrix/entry.ts';
import { MATRIX_SECTIONS } from './matrix/sections.ts';

// A commune plan whose one assignment goes to its own military command; each call numbers its
// round of training, since a unit cannot register the same text twice.
let docSerial = 0;
const docText = () =>
  `ỦY BAN NHÂN DÂN PHƯỜNG\nSố: 07/KH-UBND\nKẾ HOẠCH\nHuấn luyện dân quân đợt ${++docSerial}\nBan CHQS phường chủ trì tổ chức huấn luyện dân quân, xong trước ngày 30/11/2026.`;
const CONFIRM_BODY = {
  number: '07/KH-UBND',
  kind: 'KH',
  kindName: 'Kế hoạch',
  issuedOn: null,
  place: null,
  subject: 'Huấn luyện dân quân',
  issuerText: null,
  issuerAgencyId: null,
  signerName: null,
  signerPosition: null,
  recipients: [],
  classification: 'thuong',
  citations: [],
  tasks: [],
};

const NOT_ADMIN: Role[] = ['leader', 'officer', 'viewer'];
const READERS_ONLY: Role[] = ['officer', 'viewer'];

/** The matrix: "METHOD url" as Fastify registers it. */
const CORE_MATRIX: Record<string, Entry> = {
  'GET /healthz': { access: 'public' },
  'GET /readyz': { access: 'public' },
  'GET /metrics': { access: 'public' },
  'GET /api/openapi.json': { access: 'public' },
  'POST /api/auth/login': { access: 'public' },
  'GET /api/auth/me': { access: 'session', request: () => ({ method: 'GET', url: '/api/auth/me' }) },
  'POST /api/auth/logout': {
    access: 'session',
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
  },
  'POST /api/auth/change-password': {
    access: 'session',
    request: () => ({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'qptd-demo-2026', newPassword: 'khong-doi-that-2026' },
    }),
    restore: async (a) => {
      const res = await a.request({
        method: 'POST',
        url: '/api/auth/change-password',
        payload: { currentPassword: 'khong-doi-that-2026', newPassword: 'qptd-demo-2026' },
      });
      expect(res.statusCode).toBe(204);
    },
  },
  'GET /api/units': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/units?parentId=${f.own.unitId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/units?parentId=${f.neighbour.unitId}` }),
  },
  'GET /api/units/:id': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/units/${f.own.unitId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/units/${f.neighbour.unitId}` }),
  },
  'POST /api/units/import': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/units/import',
      ...multipart('don-vi.csv', `code,name,kind,parent_code\nMT${f.own.unitId},Xã Thử Ma Trận,Xã,20`),
    }),
    deniedRoles: NOT_ADMIN,
    // A commune has no lower units to import: the allowed case is the province's admin.
    allowedUser: 'admin.tinh',
  },
  'POST /api/agencies': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: {
        unitId: f.own.unitId,
        kind: 'mass_organisation',
        name: 'Đoàn Thanh niên phường',
        shortName: 'Đoàn TN',
      },
    }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: {
        unitId: f.neighbour.unitId,
        kind: 'mass_organisation',
        name: 'Ngoài phạm vi',
        shortName: 'X',
      },
    }),
  },
  'PATCH /api/agencies/:id': {
    access: 'session',
    request: (f) => ({
      method: 'PATCH',
      url: `/api/agencies/${f.own.agencyId}`,
      payload: { aliases: ['Ban CHQS'] },
    }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({
      method: 'PATCH',
      url: `/api/agencies/${f.neighbour.agencyId}`,
      payload: { aliases: ['X'] },
    }),
  },
  'GET /api/indicators': { access: 'session', request: () => ({ method: 'GET', url: '/api/indicators' }) },
  'GET /api/figures/grid': {
    access: 'session',
    request: (f) => ({
      method: 'GET',
      url: `/api/figures/grid?unitId=${f.own.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
    outOfScope: (f) => ({
      method: 'GET',
      url: `/api/figures/grid?unitId=${f.neighbour.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
  },
  'PUT /api/figures/grid': {
    access: 'session',
    request: (f) => ({
      method: 'PUT',
      url: '/api/figures/grid',
      payload: {
        unitId: f.own.unitId,
        setId: f.yearSetId,
        period: '2026',
        cells: [{ indicatorId: f.indicatorId, category: '', value: 3 }],
      },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'PUT',
      url: '/api/figures/grid',
      payload: {
        unitId: f.neighbour.unitId,
        setId: f.yearSetId,
        period: '2026',
        cells: [{ indicatorId: f.indicatorId, category: '', value: 3 }],
      },
    }),
  },
  'GET /api/dashboard': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/dashboard?unitId=${f.own.unitId}&period=2026` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/dashboard?unitId=${f.neighbour.unitId}&period=2026` }),
  },
  'POST /api/figures/exceptions': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/figures/exceptions',
      payload: { setId: f.yearSetId, unitId: f.own.unitId, period: '2025', until: '2026-12-31' },
    }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/figures/exceptions',
      payload: { setId: f.yearSetId, unitId: f.neighbour.unitId, period: '2025', until: '2026-12-31' },
    }),
    // Nobody reopens their own unit: the allowed case is the level above.
    allowedUser: 'lanhdao.tinh',
  },
  'GET /api/figures/completeness': {
    access: 'session',
    request: (f) => ({
      method: 'GET',
      url: `/api/figures/completeness?unitId=${f.own.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
    outOfScope: (f) => ({
      method: 'GET',
      url: `/api/figures/completeness?unitId=${f.neighbour.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
  },
  'GET /api/figures/series': {
    access: 'session',
    request: (f) => ({
      method: 'GET',
      url: `/api/figures/series?unitId=${f.own.unitId}&indicatorId=${f.indicatorId}&period=2026`,
    }),
    outOfScope: (f) => ({
      method: 'GET',
      url: `/api/figures/series?unitId=${f.neighbour.unitId}&indicatorId=${f.indicatorId}&period=2026`,
    }),
  },
  'GET /api/figures/template.xlsx': {
    access: 'session',
    request: (f) => ({
      method: 'GET',
      url: `/api/figures/template.xlsx?unitId=${f.own.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
    outOfScope: (f) => ({
      method: 'GET',
      url: `/api/figures/template.xlsx?unitId=${f.neighbour.unitId}&setId=${f.yearSetId}&period=2026`,
    }),
  },
  'POST /api/figures/upload': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', f.ownTemplate),
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', f.neighbourTemplate),
    }),
  },
  'GET /api/dashboard.xlsx': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/dashboard.xlsx?unitId=${f.own.unitId}&period=2026` }),
    outOfScope: (f) => ({
      method: 'GET',
      url: `/api/dashboard.xlsx?unitId=${f.neighbour.unitId}&period=2026`,
    }),
  },
  'GET /api/targets': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/targets?unitId=${f.own.unitId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/targets?unitId=${f.neighbour.unitId}` }),
  },
  'POST /api/targets': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: f.indicatorId, unitId: f.own.unitId, period: '2026', min: 2 },
    }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: f.indicatorId, unitId: f.neighbour.unitId, period: '2026', min: 2 },
    }),
  },
  'POST /api/targets/:id/split': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: `/api/targets/${f.ownQuotaId}/split`,
      payload: { allocations: [{ unitId: f.own.unitId, value: 4 }] },
    }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/targets/${f.neighbourQuotaId}/split`,
      payload: { allocations: [{ unitId: f.neighbour.unitId, value: 4 }] },
    }),
    // A commune has no sub-units to split among: the allowed case is the province's quota.
    allowedUser: 'lanhdao.tinh',
    allowedRequest: (f) => ({
      method: 'POST',
      url: `/api/targets/${f.provinceQuotaId}/split`,
      payload: {
        allocations: [
          { unitId: f.own.unitId, value: 3 },
          { unitId: f.neighbour.unitId, value: 1 },
        ],
      },
    }),
  },
  'POST /api/extract': {
    access: 'session',
    request: () => ({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'Số: 12/KH-UBND\nKẾ HOẠCH\nPhấn đấu 100% xã hoàn thành.' },
    }),
  },
  'POST /api/documents': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/documents',
      payload: { text: docText(), unitId: f.own.unitId },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/documents',
      payload: { text: docText(), unitId: f.neighbour.unitId },
    }),
  },
  'GET /api/documents': { access: 'session', request: () => ({ method: 'GET', url: '/api/documents' }) },
  'GET /api/documents/:id': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/documents/${f.ownDocumentId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/documents/${f.neighbourDocumentId}` }),
  },
  'PUT /api/documents/:id/confirm': {
    access: 'session',
    request: (f) => ({ method: 'PUT', url: `/api/documents/${f.ownDraftId}/confirm`, payload: CONFIRM_BODY }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'PUT',
      url: `/api/documents/${f.neighbourDraftId}/confirm`,
      payload: CONFIRM_BODY,
    }),
  },
  'GET /api/documents/:id/file': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/documents/${f.ownDocumentId}/file` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/documents/${f.neighbourDocumentId}/file` }),
  },
  'GET /api/tasks': { access: 'session', request: () => ({ method: 'GET', url: '/api/tasks?view=mine' }) },
  'GET /api/tasks.xlsx': { access: 'session', request: () => ({ method: 'GET', url: '/api/tasks.xlsx' }) },
  'GET /api/tasks/summary': {
    access: 'session',
    request: () => ({ method: 'GET', url: '/api/tasks/summary' }),
  },
  'GET /api/tasks/:id': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/tasks/${f.ownTaskId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/tasks/${f.neighbourTaskId}` }),
  },
  'POST /api/tasks/:id/updates': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/tasks/${f.ownTaskId}/updates`, payload: { percent: 30 } }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.neighbourTaskId}/updates`,
      payload: { percent: 30 },
    }),
  },
  'POST /api/tasks/:id/cascade': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.ownTaskId}/cascade`,
      payload: { agencyIds: [f.ownPoliceAgencyId] },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.neighbourTaskId}/cascade`,
      payload: { agencyIds: [f.ownPoliceAgencyId] },
    }),
    // A commune has no lower units: the allowed case is a province task broken down to the commune.
    allowedUser: 'lanhdao.tinh',
    allowedRequest: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.provinceTaskId}/cascade`,
      payload: { agencyIds: [f.ownPoliceAgencyId] },
    }),
  },
  'POST /api/tasks/:id/complete': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.ownTaskId}/complete`,
      payload: { completedOn: '2026-03-01' },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/tasks/${f.neighbourTaskId}/complete`,
      payload: { completedOn: '2026-03-01' },
    }),
  },
  'POST /api/tasks/:id/confirm': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/tasks/${f.ownTaskId}/confirm` }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({ method: 'POST', url: `/api/tasks/${f.neighbourTaskId}/confirm` }),
  },
  'GET /api/notifications': {
    access: 'session',
    request: () => ({ method: 'GET', url: '/api/notifications' }),
  },
  'POST /api/notifications/:id/read': {
    access: 'session',
    // Someone else's notification (the neighbour officer's) is not found; there is no own one to read here.
    request: () => ({ method: 'POST', url: '/api/notifications/999999/read' }),
    outOfScope: () => ({ method: 'POST', url: '/api/notifications/999999/read' }),
    expectNotFoundWhenAllowed: true,
  },
  'GET /api/report-forms': {
    access: 'session',
    request: () => ({ method: 'GET', url: '/api/report-forms' }),
  },
  'GET /api/report-forms/:id/template.docx': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/report-forms/${f.yearFormId}/template.docx?period=2026` }),
  },
  'GET /api/reports/calendar': {
    access: 'session',
    request: () => ({ method: 'GET', url: '/api/reports/calendar?year=2026' }),
  },
  'GET /api/reports/rollup.xlsx': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/reports/rollup.xlsx?formId=${f.yearFormId}&period=2026` }),
  },
  'POST /api/reports': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/reports',
      payload: { formId: f.yearFormId, unitId: f.own.unitId, period: '2026' },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/reports',
      payload: { formId: f.yearFormId, unitId: f.neighbour.unitId, period: '2026' },
    }),
  },
  'GET /api/reports/:id': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/reports/${f.ownReportId}` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/reports/${f.neighbourReportId}` }),
  },
  'PUT /api/reports/:id/narrative': {
    access: 'session',
    request: (f) => ({
      method: 'PUT',
      url: `/api/reports/${f.ownReportId}/narrative`,
      payload: { sections: { tinh_hinh: '<p>Ổn định</p>' } },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'PUT',
      url: `/api/reports/${f.neighbourReportId}/narrative`,
      payload: { sections: { tinh_hinh: '<p>x</p>' } },
    }),
  },
  'PUT /api/reports/:id/signer': {
    access: 'session',
    request: (f) => ({
      method: 'PUT',
      url: `/api/reports/${f.ownReportId}/signer`,
      payload: { deputy: false, name: 'Nguyễn Văn An' },
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'PUT',
      url: `/api/reports/${f.neighbourReportId}/signer`,
      payload: { deputy: false, name: 'Nguyễn Văn An' },
    }),
  },
  'POST /api/reports/:id/submit': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/reports/${f.ownFilledReportId}/submit` }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({ method: 'POST', url: `/api/reports/${f.neighbourReportId}/submit` }),
  },
  'POST /api/reports/:id/return': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: `/api/reports/${f.ownSubmittedReportId}/return`,
      payload: { reason: 'Bổ sung số liệu' },
    }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/reports/${f.neighbourSubmittedReportId}/return`,
      payload: { reason: 'Bổ sung số liệu' },
    }),
    // Only the level above returns a report: the province's leader.
    allowedUser: 'lanhdao.tinh',
  },
  'POST /api/reports/:id/accept': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/reports/${f.neighbourSubmittedReportId}/accept` }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({ method: 'POST', url: `/api/reports/${f.neighbourSubmittedReportId}/accept` }),
    allowedUser: 'lanhdao.tinh',
  },
  'GET /api/reports/:id/docx': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/reports/${f.ownReportId}/docx` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/reports/${f.neighbourReportId}/docx` }),
  },
  'GET /api/reports/:id/figures.xlsx': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/reports/${f.ownReportId}/figures.xlsx` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/reports/${f.neighbourReportId}/figures.xlsx` }),
  },
  'POST /api/reports/:id/attachments': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: `/api/reports/${f.ownReportId}/attachments`,
      ...multipart('bien-ban.pdf', '%PDF-1.4 minh chứng'),
    }),
    deniedRoles: ['viewer'],
    outOfScope: (f) => ({
      method: 'POST',
      url: `/api/reports/${f.neighbourReportId}/attachments`,
      ...multipart('x.pdf', 'x'),
    }),
  },
  'GET /api/reports/:id/attachments/:attachmentId': {
    access: 'session',
    // The attachment uploaded by the allowed case above: id 1 in this fresh database.
    request: (f) => ({ method: 'GET', url: `/api/reports/${f.ownReportId}/attachments/1` }),
    outOfScope: (f) => ({ method: 'GET', url: `/api/reports/${f.neighbourReportId}/attachments/1` }),
  },
  'GET /api/users': {
    access: 'session',
    request: (f) => ({ method: 'GET', url: `/api/users?unitId=${f.own.unitId}` }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({ method: 'GET', url: `/api/users?unitId=${f.neighbour.unitId}` }),
  },
  'POST /api/users': {
    access: 'session',
    request: (f) => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'ma.tran.moi', fullName: 'Thử Ma Trận', role: 'viewer', agencyId: f.own.agencyId },
    }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'ma.tran.ngoai',
        fullName: 'Ngoài Phạm Vi',
        role: 'viewer',
        agencyId: f.neighbour.agencyId,
      },
    }),
  },
  'PATCH /api/users/:id': {
    access: 'session',
    request: (f) => ({ method: 'PATCH', url: `/api/users/${f.own.userId}`, payload: { position: 'Trợ lý' } }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({
      method: 'PATCH',
      url: `/api/users/${f.neighbour.userId}`,
      payload: { position: 'X' },
    }),
  },
  'POST /api/users/:id/reset-password': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/users/${f.own.userId}/reset-password` }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({ method: 'POST', url: `/api/users/${f.neighbour.userId}/reset-password` }),
  },
  'POST /api/users/:id/revoke-sessions': {
    access: 'session',
    request: (f) => ({ method: 'POST', url: `/api/users/${f.own.userId}/revoke-sessions` }),
    deniedRoles: NOT_ADMIN,
    outOfScope: (f) => ({ method: 'POST', url: `/api/users/${f.neighbour.userId}/revoke-sessions` }),
  },
  'GET /api/audit': {
    access: 'session',
    request: () => ({ method: 'GET', url: '/api/audit' }),
    deniedRoles: READERS_ONLY,
    outOfScope: (f) => ({ method: 'GET', url: `/api/audit?entityType=user&entityId=${f.neighbour.userId}` }),
    outOfScopeCheck: (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    },
  },
};

/** The core routes and every area's section, one entry per route. */
const MATRIX: Record<string, Entry> = { ...CORE_MATRIX };
for (const section of MATRIX_SECTIONS) {
  for (const [key, entry] of Object.entries(section.entries)) {
    if (key in MATRIX) throw new Error(`${key} has two matrix entries (${section.name})`);
    MATRIX[key] = entry as Entry;
  }
}

/** Routes that only serve the bundled API reference or the built web app. */
function isStaticDocsOrWeb(url: string): boolean {
  return (
    url === '/api/docs' ||
    url.startsWith('/api/docs/') ||
    (!url.startsWith('/api') && !['/healthz', '/readyz', '/metrics'].includes(url))
  );
}

const ROLE_PREFIX: Record<Role, string> = {
  admin: 'admin',
  leader: 'lanhdao',
  officer: 'canbo',
  viewer: 'xem',
};

describe(`scope matrix on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let fixture: Fixture;
  const agents = new Map<Role, Agent>();

  beforeAll(async () => {
    t = await createTestApp();
    const provinceAdmin = await t.signIn('admin.tinh');
    const neighbourUnitId = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const neighbourUnit = (await provinceAdmin.request({ url: `/api/units/${neighbourUnitId}` })).json();
    const neighbourAgencyId = neighbourUnit.agencies.find(
      (a: { kind: string }) => a.kind === 'military_command',
    ).id;
    const created = await provinceAdmin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'canbo.luongvantri',
        fullName: 'Cán bộ Lương Văn Tri',
        role: 'officer',
        agencyId: neighbourAgencyId,
      },
    });
    const admin = await t.signIn('admin.dongkinh');
    const ownUser = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'thu.ky.dongkinh',
        fullName: 'Thư ký Đông Kinh',
        role: 'viewer',
        agencyId: admin.user.agency.id,
      },
    });
    const catalogue = (await admin.request({ url: '/api/indicators' })).json();
    const setId = catalogue.sets.find((s: { code: string }) => s.code === 'QPQSDP_NAM').id;
    const quotaIndicator = catalogue.indicators.find(
      (i: { code: string }) => i.code === 'QPAN_LUOT_NGUOI',
    ).id;
    const provinceLeader = await t.signIn('lanhdao.tinh');
    const quota = async (unitId: number) =>
      (
        await provinceLeader.request({
          method: 'POST',
          url: '/api/targets',
          payload: { indicatorId: quotaIndicator, unitId, period: '2026', min: 4, max: 4 },
        })
      ).json().id as number;
    const register = async (agent: Agent, unitId: number) =>
      (
        await agent.request({ method: 'POST', url: '/api/documents', payload: { text: docText(), unitId } })
      ).json().id as number;
    const confirmWithTask = async (agent: Agent, documentId: number, leadAgencyId: number) => {
      const res = await agent.request({
        method: 'PUT',
        url: `/api/documents/${documentId}/confirm`,
        payload: {
          ...CONFIRM_BODY,
          tasks: [
            { title: 'Huấn luyện dân quân', leadAgencyIds: [leadAgencyId], dueOn: '2026-11-30', span: null },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const tasks = (await agent.request({ url: `/api/tasks?documentId=${documentId}` })).json().items;
      return tasks[0].id as number;
    };
    const template = async (unitId: number) =>
      (
        await provinceAdmin.request({
          url: `/api/figures/template.xlsx?unitId=${unitId}&setId=${setId}&period=2026`,
        })
      ).rawPayload;
    fixture = {
      own: { unitId: admin.user.unit.id, agencyId: admin.user.agency.id, userId: ownUser.json().user.id },
      neighbour: { unitId: neighbourUnitId, agencyId: neighbourAgencyId, userId: created.json().user.id },
      yearSetId: catalogue.sets.find((s: { code: string }) => s.code === 'QPQSDP_NAM').id,
      // Typed by people: the grid refuses the figures a register computes.
      indicatorId: catalogue.indicators.find((i: { code: string }) => i.code === 'CS_HO_SO_GIAI_QUYET').id,
      ownQuotaId: await quota(admin.user.unit.id),
      provinceQuotaId: await quota(provinceAdmin.user.unit.id),
      neighbourQuotaId: await quota(neighbourUnitId),
      ownTemplate: await template(admin.user.unit.id),
      neighbourTemplate: await template(neighbourUnitId),
      ...(await (async () => {
        // Uploaded as a file, so its original can be downloaded.
        const ownDocumentId = (
          await admin.request({
            method: 'POST',
            url: '/api/documents',
            ...multipart('ke-hoach.txt', docText()),
          })
        ).json().id as number;
        const neighbourDocumentId = await register(provinceAdmin, neighbourUnitId);
        const ownDetail = (await admin.request({ url: `/api/units/${admin.user.unit.id}` })).json();
        const provinceDocumentId = await register(provinceAdmin, provinceAdmin.user.unit.id);
        return {
          ownDocumentId,
          neighbourDocumentId,
          ownTaskId: await confirmWithTask(admin, ownDocumentId, admin.user.agency.id),
          neighbourTaskId: await confirmWithTask(provinceAdmin, neighbourDocumentId, neighbourAgencyId),
          provinceTaskId: await confirmWithTask(
            provinceAdmin,
            provinceDocumentId,
            provinceAdmin.user.agency.id,
          ),
          ownDraftId: await register(admin, admin.user.unit.id),
          neighbourDraftId: await register(provinceAdmin, neighbourUnitId),
          ownPoliceAgencyId: ownDetail.agencies.find((a: { kind: string }) => a.kind === 'police')
            .id as number,
          ...(await reportsFixture(admin, provinceAdmin, neighbourUnitId, neighbourAgencyId)),
        };
      })()),
    };
    for (const section of MATRIX_SECTIONS) {
      Object.assign(fixture, await section.setup({ t, core: fixture, signIn: (u) => t.signIn(u) }));
    }
  });
  afterAll(async () => t?.close());

  /** Reports: a draft of the own commune, a draft and a submitted one of the neighbour, a submitted own half-year one. */
  async function reportsFixture(
    admin: Agent,
    provinceAdmin: Agent,
    neighbourUnitId: number,
    neighbourAgencyId: number,
  ) {
    const forms = (await admin.request({ url: '/api/report-forms' })).json().items as {
      id: number;
      code: string;
      sections: { key: string }[];
    }[];
    const year = forms.find((x) => x.code === 'BC_QPQSDP_NAM')!;
    const half = forms.find((x) => x.code === 'BC_QPQSDP_6T')!;
    const neighbourOfficer = (
      await provinceAdmin.request({
        method: 'POST',
        url: '/api/users',
        payload: {
          username: 'bc.luongvantri',
          fullName: 'Báo cáo Lương Văn Tri',
          role: 'officer',
          agencyId: neighbourAgencyId,
        },
      })
    ).json();
    const temp = await t.signIn('bc.luongvantri', neighbourOfficer.temporaryPassword);
    await temp.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: neighbourOfficer.temporaryPassword, newPassword: 'bao-cao-lvt-2026' },
    });
    const neighbour = await t.signIn('bc.luongvantri', 'bao-cao-lvt-2026');
    const open = async (agent: Agent, formId: number, unitId: number, period: string) =>
      (
        await agent.request({ method: 'POST', url: '/api/reports', payload: { formId, unitId, period } })
      ).json().id as number;
    const fillAndSubmit = async (agent: Agent, id: number, sections: { key: string }[]) => {
      await agent.request({
        method: 'PUT',
        url: `/api/reports/${id}/narrative`,
        payload: { sections: Object.fromEntries(sections.map((s) => [s.key, '<p>Nội dung</p>'])) },
      });
      expect((await agent.request({ method: 'POST', url: `/api/reports/${id}/submit` })).statusCode).toBe(
        200,
      );
      return id;
    };
    const ownReportId = await open(admin, year.id, admin.user.unit.id, '2026');
    const ownFilledReportId = await open(admin, half.id, admin.user.unit.id, '2026H2');
    await admin.request({
      method: 'PUT',
      url: `/api/reports/${ownFilledReportId}/narrative`,
      payload: { sections: Object.fromEntries(half.sections.map((s) => [s.key, '<p>Nội dung</p>'])) },
    });
    const neighbourReportId = await open(neighbour, year.id, neighbourUnitId, '2026');
    return {
      yearFormId: year.id,
      ownReportId,
      ownFilledReportId,
      neighbourReportId,
      ownSubmittedReportId: await fillAndSubmit(
        admin,
        await open(admin, half.id, admin.user.unit.id, '2026H1'),
        half.sections,
      ),
      neighbourSubmittedReportId: await fillAndSubmit(
        neighbour,
        await open(neighbour, half.id, neighbourUnitId, '2026H1'),
        half.sections,
      ),
    };
  }

  // Fresh sessions per check: some routes (logout, change-password) end the session they run in.
  async function agent(role: Role): Promise<Agent> {
    const a = await t.signIn(`${ROLE_PREFIX[role]}.dongkinh`);
    agents.set(role, a);
    return a;
  }

  it('has an entry for every registered route, and no entry for a route that does not exist', () => {
    const registered = new Set(
      t.app.routeTable
        .filter((r) => r.method !== 'HEAD' && !isStaticDocsOrWeb(r.url))
        .map((r) => `${r.method} ${r.url}`),
    );
    expect(
      [...registered].filter((k) => !(k in MATRIX)),
      'routes without a matrix entry',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !registered.has(k)),
      'matrix entries without a route',
    ).toEqual([]);
  });

  it('declares public exactly the routes the matrix calls public', () => {
    for (const route of t.app.routeTable) {
      const entry = MATRIX[`${route.method} ${route.url}`];
      if (entry)
        expect(route.access === 'public', `${route.method} ${route.url}`).toBe(entry.access === 'public');
    }
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    if (entry.access === 'public') continue;
    describe(key, () => {
      it('answers 401 without a session', async () => {
        const res = await t.app.inject(entry.request(fixture));
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe('unauthenticated');
      });

      if (!key.startsWith('GET ')) {
        it('refuses the write without the CSRF token', async () => {
          const a = await agent('admin');
          const res = await t.app.inject({ ...entry.request(fixture), headers: { cookie: a.cookie } });
          expect(res.statusCode).toBe(403);
          expect(res.json().error.code).toBe('csrf_failed');
        });
      }

      for (const role of entry.deniedRoles ?? []) {
        it(`refuses a ${role}`, async () => {
          const res = await (await agent(role)).request(entry.request(fixture));
          expect([403, 404]).toContain(res.statusCode);
          expect(res.json().error.message).toMatch(/[ạ-ỹđ]/);
        });
      }

      if (entry.outOfScope) {
        it("answers 404 for another unit's object", async () => {
          const res = await (await agent('admin')).request(entry.outOfScope!(fixture));
          if (entry.outOfScopeCheck) entry.outOfScopeCheck(res, fixture);
          else {
            expect(res.statusCode).toBe(404);
            expect(res.json().error.code).toBe('not_found');
          }
        });
      }

      it('succeeds for an allowed role in scope', async () => {
        const a = entry.allowedUser ? await t.signIn(entry.allowedUser) : await agent('admin');
        const res = await a.request((entry.allowedRequest ?? entry.request)(fixture));
        if (entry.expectNotFoundWhenAllowed) expect(res.statusCode).toBe(404);
        else expect(res.statusCode, res.body).toBeLessThan(300);
        await entry.restore?.(a);
      });
    });
  }
});
