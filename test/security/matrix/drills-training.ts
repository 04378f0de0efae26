import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../src/shared/enums.ts';
import type { Agent } from '../../helpers/app.ts';
import { multipart } from '../../helpers/multipart.ts';
import { defineSection } from './entry.ts';

// The matrix clock reads 2 March 2026: results are recorded for February.
const DRILL = {
  kind: 'ptds_thien_tai',
  title: 'Diễn tập phòng, chống thiên tai',
  plannedFrom: '2026-02-10',
  plannedTo: '2026-02-11',
};
const CLASS = {
  title: 'Lớp bồi dưỡng đối tượng 4',
  audience: 'dt4',
  startsOn: '2026-02-03',
  endsOn: '2026-02-06',
  plannedParticipants: 40,
};
const TERM = { termFrom: 2026, termTo: 2030 };
const WRITERS_ONLY: Role[] = ['viewer'];
// The rotation belongs to the province: every commune role is outside it.
const EVERY_COMMUNE_ROLE: Role[] = ['leader', 'officer', 'viewer'];

async function created(agent: Agent, request: InjectOptions): Promise<number> {
  const res = await agent.request(request);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json().id as number;
}

/** The drill register with its rotation plan, and the QP-AN class register. */
export const drillsTrainingSection = defineSection({
  name: 'drill and QP-AN class registers',
  setup: async ({ core, signIn }) => {
    const officer = await signIn('canbo.dongkinh');
    const provinceAdmin = await signIn('admin.tinh');
    const leader = await signIn('lanhdao.tinh');
    const drill = (agent: Agent, unitId: number, title = DRILL.title) =>
      created(agent, { method: 'POST', url: '/api/drills', payload: { unitId, ...DRILL, title } });
    const file = (agent: Agent, drillId: number) =>
      created(agent, {
        method: 'POST',
        url: `/api/drills/${drillId}/files`,
        ...multipart('bien-ban.txt', 'biên bản'),
      });
    const trainingClass = (agent: Agent, unitId: number, title = CLASS.title) =>
      created(agent, { method: 'POST', url: '/api/training-classes', payload: { unitId, ...CLASS, title } });
    const ownDrillId = await drill(officer, core.own.unitId);
    const neighbourDrillId = await drill(provinceAdmin, core.neighbour.unitId);
    const provinceUnitId = leader.user.unit.id;
    const rotation = await leader.request({
      method: 'POST',
      url: '/api/drill-rotation',
      payload: { unitId: provinceUnitId, ...TERM },
    });
    expect(rotation.statusCode, rotation.body).toBe(200);
    const plan = rotation.json() as { plan: { id: number }; communes: { id: number; plannedYear: number }[] };
    // Two communes without drills of their own, so a leader may swap them.
    const free = plan.communes.filter((c) => c.id !== core.own.unitId && c.id !== core.neighbour.unitId);
    const swapA = free.find((c) => c.plannedYear === 2026)!;
    const swapB = free.find((c) => c.plannedYear === 2027)!;
    return {
      provinceUnitId,
      planId: plan.plan.id,
      swapA: swapA.id,
      swapB: swapB.id,
      ownDrillId,
      ownResultDrillId: await drill(officer, core.own.unitId, 'Diễn tập sẽ ghi kết quả'),
      ownCancelDrillId: await drill(officer, core.own.unitId, 'Diễn tập sẽ hủy'),
      ownDeleteDrillId: await drill(officer, core.own.unitId, 'Diễn tập sẽ xóa'),
      neighbourDrillId,
      ownFileId: await file(officer, ownDrillId),
      ownDeleteFileId: await file(officer, ownDrillId),
      neighbourFileId: await file(provinceAdmin, neighbourDrillId),
      ownClassId: await trainingClass(officer, core.own.unitId),
      ownResultClassId: await trainingClass(officer, core.own.unitId, 'Lớp sẽ ghi kết quả'),
      ownCancelClassId: await trainingClass(officer, core.own.unitId, 'Lớp sẽ hủy'),
      ownDeleteClassId: await trainingClass(officer, core.own.unitId, 'Lớp sẽ xóa'),
      neighbourClassId: await trainingClass(provinceAdmin, core.neighbour.unitId),
    };
  },
  entries: {
    // The rotation first: the plan's years must not move under the swap below (a drill recorded
    // later would fix its commune's year on a new proposal).
    'GET /api/drill-rotation': {
      access: 'session',
      request: (f) => ({
        method: 'GET',
        url: `/api/drill-rotation?unitId=${f.provinceUnitId}&termFrom=2026&termTo=2030`,
      }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/drill-rotation?unitId=${f.provinceUnitId}&termFrom=2026&termTo=2030`,
      }),
      allowedUser: 'xem.tinh',
    },
    'GET /api/drill-rotation.xlsx': {
      access: 'session',
      request: (f) => ({
        method: 'GET',
        url: `/api/drill-rotation.xlsx?unitId=${f.provinceUnitId}&termFrom=2026&termTo=2030`,
      }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/drill-rotation.xlsx?unitId=${f.provinceUnitId}&termFrom=2026&termTo=2030`,
      }),
      allowedUser: 'xem.tinh',
    },
    'PUT /api/drill-rotation/:id/communes/:communeId': {
      access: 'session',
      request: (f) => ({
        method: 'PUT',
        url: `/api/drill-rotation/${f.planId}/communes/${f.swapA}`,
        payload: { year: 2027, swapWithCommuneId: f.swapB },
      }),
      deniedRoles: EVERY_COMMUNE_ROLE,
      outOfScope: (f) => ({
        method: 'PUT',
        url: `/api/drill-rotation/${f.planId}/communes/${f.swapA}`,
        payload: { year: 2027, swapWithCommuneId: f.swapB },
      }),
      allowedUser: 'lanhdao.tinh',
    },
    'POST /api/drill-rotation/:id/years/:year/drills': {
      access: 'session',
      request: (f) => ({ method: 'POST', url: `/api/drill-rotation/${f.planId}/years/2030/drills` }),
      deniedRoles: EVERY_COMMUNE_ROLE,
      outOfScope: (f) => ({ method: 'POST', url: `/api/drill-rotation/${f.planId}/years/2030/drills` }),
      allowedUser: 'lanhdao.tinh',
    },
    'POST /api/drill-rotation': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: '/api/drill-rotation',
        payload: { unitId: f.provinceUnitId, ...TERM },
      }),
      deniedRoles: EVERY_COMMUNE_ROLE,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/drill-rotation',
        payload: { unitId: f.provinceUnitId, ...TERM },
      }),
      allowedUser: 'lanhdao.tinh',
    },
    'GET /api/drills': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/drills?unitId=${f.own.unitId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/drills?unitId=${f.neighbour.unitId}` }),
    },
    'GET /api/drills.xlsx': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/drills.xlsx?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/drills.xlsx?unitId=${f.neighbour.unitId}&year=2026` }),
    },
    'GET /api/drills/:id': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/drills/${f.ownDrillId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/drills/${f.neighbourDrillId}` }),
    },
    'POST /api/drills': {
      access: 'session',
      request: (f) => ({ method: 'POST', url: '/api/drills', payload: { unitId: f.own.unitId, ...DRILL } }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/drills',
        payload: { unitId: f.neighbour.unitId, ...DRILL },
      }),
    },
    'PATCH /api/drills/:id': {
      access: 'session',
      request: (f) => ({
        method: 'PATCH',
        url: `/api/drills/${f.ownDrillId}`,
        payload: { notes: 'Bổ sung lực lượng' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PATCH',
        url: `/api/drills/${f.neighbourDrillId}`,
        payload: { notes: 'X' },
      }),
    },
    'POST /api/drills/:id/result': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.ownResultDrillId}/result`,
        payload: { actualFrom: '2026-02-10', actualTo: '2026-02-11', grade: 'kha', safe: true },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.neighbourDrillId}/result`,
        payload: { actualFrom: '2026-02-10', actualTo: '2026-02-11', grade: 'kha', safe: true },
      }),
    },
    'POST /api/drills/:id/cancel': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.ownCancelDrillId}/cancel`,
        payload: { reason: 'Thời tiết xấu' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.neighbourDrillId}/cancel`,
        payload: { reason: 'Thời tiết xấu' },
      }),
    },
    'GET /api/drills/:id/files': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/drills/${f.ownDrillId}/files` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/drills/${f.neighbourDrillId}/files` }),
    },
    'POST /api/drills/:id/files': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.ownDrillId}/files`,
        ...multipart('anh.jpg', 'ảnh'),
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/drills/${f.neighbourDrillId}/files`,
        ...multipart('anh.jpg', 'ảnh'),
      }),
    },
    'GET /api/drills/:id/files/:fileId': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/drills/${f.ownDrillId}/files/${f.ownFileId}` }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/drills/${f.neighbourDrillId}/files/${f.neighbourFileId}`,
      }),
    },
    'DELETE /api/drills/:id/files/:fileId': {
      access: 'session',
      request: (f) => ({ method: 'DELETE', url: `/api/drills/${f.ownDrillId}/files/${f.ownDeleteFileId}` }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'DELETE',
        url: `/api/drills/${f.neighbourDrillId}/files/${f.neighbourFileId}`,
      }),
    },
    'DELETE /api/drills/:id': {
      access: 'session',
      request: (f) => ({ method: 'DELETE', url: `/api/drills/${f.ownDeleteDrillId}` }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({ method: 'DELETE', url: `/api/drills/${f.neighbourDrillId}` }),
    },
    'GET /api/training-classes': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/training-classes?unitId=${f.own.unitId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/training-classes?unitId=${f.neighbour.unitId}` }),
    },
    'GET /api/training-classes.xlsx': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/training-classes.xlsx?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/training-classes.xlsx?unitId=${f.neighbour.unitId}&year=2026`,
      }),
    },
    'GET /api/training-classes/:id': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/training-classes/${f.ownClassId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/training-classes/${f.neighbourClassId}` }),
    },
    'POST /api/training-classes': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: '/api/training-classes',
        payload: { unitId: f.own.unitId, ...CLASS },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/training-classes',
        payload: { unitId: f.neighbour.unitId, ...CLASS },
      }),
    },
    'PATCH /api/training-classes/:id': {
      access: 'session',
      request: (f) => ({
        method: 'PATCH',
        url: `/api/training-classes/${f.ownClassId}`,
        payload: { plannedParticipants: 45 },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PATCH',
        url: `/api/training-classes/${f.neighbourClassId}`,
        payload: { plannedParticipants: 45 },
      }),
    },
    'POST /api/training-classes/:id/result': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/training-classes/${f.ownResultClassId}/result`,
        payload: { actualParticipants: 38 },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/training-classes/${f.neighbourClassId}/result`,
        payload: { actualParticipants: 38 },
      }),
    },
    'POST /api/training-classes/:id/cancel': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/training-classes/${f.ownCancelClassId}/cancel`,
        payload: { reason: 'Trùng lịch' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/training-classes/${f.neighbourClassId}/cancel`,
        payload: { reason: 'Trùng lịch' },
      }),
    },
    'DELETE /api/training-classes/:id': {
      access: 'session',
      request: (f) => ({ method: 'DELETE', url: `/api/training-classes/${f.ownDeleteClassId}` }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({ method: 'DELETE', url: `/api/training-classes/${f.neighbourClassId}` }),
    },
    'GET /api/training-populations': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/training-populations?unitId=${f.own.unitId}&year=2026` }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/training-populations?unitId=${f.neighbour.unitId}&year=2026`,
      }),
    },
    'PUT /api/training-populations': {
      access: 'session',
      request: (f) => ({
        method: 'PUT',
        url: '/api/training-populations',
        payload: { unitId: f.own.unitId, year: 2026, items: [{ audience: 'dt4', persons: 120 }] },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PUT',
        url: '/api/training-populations',
        payload: { unitId: f.neighbour.unitId, year: 2026, items: [{ audience: 'dt4', persons: 120 }] },
      }),
    },
  },
});
