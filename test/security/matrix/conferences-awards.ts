import { expect } from 'vitest';
import type { Role } from '../../../src/shared/enums.ts';
import type { Agent } from '../../helpers/app.ts';
import { defineSection } from './entry.ts';

const WRITERS_ONLY: Role[] = ['viewer'];
const LEADERS_ONLY: Role[] = ['officer', 'viewer'];

const CONFERENCE = {
  kind: 'so_ket',
  title: 'Hội nghị sơ kết thử ma trận',
  periodCode: '2026H1',
  dueOn: '2026-08-30',
};
const GIAY_KHEN = {
  nomineeKind: 'collective',
  awardCode: 'gk_ct_ubnd_xa',
  achievements: 'Hoàn thành tốt nhiệm vụ quân sự, quốc phòng.',
};

async function created(agent: Agent, url: string, payload: Record<string, unknown>): Promise<number> {
  const res = await agent.request({ method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json();
  return (body.id ?? body.taskId) as number;
}

/**
 * Conferences and award proposals: for each write a dedicated object of the own commune (the
 * allowed call may delete, convert or decide it) and the same kind of object in the neighbour.
 */
export const conferencesAwardsSection = defineSection({
  name: 'conferences and award proposals',
  setup: async ({ core, signIn }) => {
    const admin = await signIn('admin.dongkinh');
    const provinceAdmin = await signIn('admin.tinh');
    const conference = (agent: Agent, unitId: number) =>
      created(agent, '/api/conferences', { ...CONFERENCE, unitId });
    const ownConferenceId = await conference(admin, core.own.unitId);
    const neighbourConferenceId = await conference(provinceAdmin, core.neighbour.unitId);
    const conclusion = (agent: Agent, id: number) =>
      created(agent, `/api/conferences/${id}/conclusions`, { text: 'Củng cố lực lượng dân quân.' });
    const participant = (agent: Agent, id: number) =>
      created(agent, `/api/conferences/${id}/participants`, { name: 'Đại biểu cấp trên', role: 'du' });
    const proposal = (agent: Agent, unitId: number) =>
      created(agent, '/api/award-proposals', { ...GIAY_KHEN, unitId, nomineeUnitId: unitId });
    const reviewed = async (agent: Agent, unitId: number) => {
      const id = await proposal(agent, unitId);
      expect(
        (await agent.request({ method: 'POST', url: `/api/award-proposals/${id}/review` })).statusCode,
      ).toBe(204);
      return id;
    };
    // The commune's annex needs one award the commune granted.
    const granted = await reviewed(admin, core.own.unitId);
    expect(
      (await admin.request({ method: 'POST', url: `/api/award-proposals/${granted}/approve`, payload: {} }))
        .statusCode,
    ).toBe(204);
    return {
      ownConferenceId,
      neighbourConferenceId,
      ownDeletableConferenceId: await conference(admin, core.own.unitId),
      ownConclusionId: await conclusion(admin, ownConferenceId),
      ownDeletableConclusionId: await conclusion(admin, ownConferenceId),
      ownTaskConclusionId: await conclusion(admin, ownConferenceId),
      neighbourConclusionId: await conclusion(provinceAdmin, neighbourConferenceId),
      ownParticipantId: await participant(admin, ownConferenceId),
      neighbourParticipantId: await participant(provinceAdmin, neighbourConferenceId),
      ownProposalId: await proposal(admin, core.own.unitId),
      ownWithdrawableProposalId: await proposal(admin, core.own.unitId),
      ownReviewableProposalId: await proposal(admin, core.own.unitId),
      ownRejectableProposalId: await proposal(admin, core.own.unitId),
      ownReviewedProposalId: await reviewed(admin, core.own.unitId),
      neighbourProposalId: await proposal(provinceAdmin, core.neighbour.unitId),
    };
  },
  entries: {
    'GET /api/conferences': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/conferences?unitId=${f.own.unitId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/conferences?unitId=${f.neighbour.unitId}` }),
    },
    'GET /api/conferences.xlsx': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/conferences.xlsx?unitId=${f.own.unitId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/conferences.xlsx?unitId=${f.neighbour.unitId}` }),
    },
    'POST /api/conferences': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: '/api/conferences',
        payload: { ...CONFERENCE, unitId: f.own.unitId },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/conferences',
        payload: { ...CONFERENCE, unitId: f.neighbour.unitId },
      }),
    },
    'POST /api/conferences/plan': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: '/api/conferences/plan',
        payload: {
          ...CONFERENCE,
          periodCode: '2026H2',
          dueOn: '2027-01-30',
          communeDueOn: '2027-01-15',
          unitId: f.own.unitId,
        },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/conferences/plan',
        payload: {
          ...CONFERENCE,
          periodCode: '2026H2',
          dueOn: '2027-01-30',
          communeDueOn: '2027-01-15',
          unitId: f.neighbour.unitId,
        },
      }),
    },
    'GET /api/conferences/:id': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/conferences/${f.ownConferenceId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/conferences/${f.neighbourConferenceId}` }),
    },
    'PATCH /api/conferences/:id': {
      access: 'session',
      request: (f) => ({
        method: 'PATCH',
        url: `/api/conferences/${f.ownConferenceId}`,
        payload: { location: 'Hội trường UBND phường' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PATCH',
        url: `/api/conferences/${f.neighbourConferenceId}`,
        payload: { location: 'Ngoài phạm vi' },
      }),
    },
    'DELETE /api/conferences/:id': {
      access: 'session',
      request: (f) => ({ method: 'DELETE', url: `/api/conferences/${f.ownDeletableConferenceId}` }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({ method: 'DELETE', url: `/api/conferences/${f.neighbourConferenceId}` }),
    },
    'POST /api/conferences/:id/participants': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.ownConferenceId}/participants`,
        payload: { agencyId: f.own.agencyId, role: 'bao_cao' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.neighbourConferenceId}/participants`,
        payload: { name: 'Ngoài phạm vi' },
      }),
    },
    'DELETE /api/conferences/:id/participants/:participantId': {
      access: 'session',
      request: (f) => ({
        method: 'DELETE',
        url: `/api/conferences/${f.ownConferenceId}/participants/${f.ownParticipantId}`,
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'DELETE',
        url: `/api/conferences/${f.neighbourConferenceId}/participants/${f.neighbourParticipantId}`,
      }),
    },
    'POST /api/conferences/:id/conclusions': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.ownConferenceId}/conclusions`,
        payload: { text: 'Kết luận mới' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.neighbourConferenceId}/conclusions`,
        payload: { text: 'Ngoài phạm vi' },
      }),
    },
    'PUT /api/conferences/:id/conclusions/:conclusionId': {
      access: 'session',
      request: (f) => ({
        method: 'PUT',
        url: `/api/conferences/${f.ownConferenceId}/conclusions/${f.ownConclusionId}`,
        payload: { text: 'Củng cố lực lượng dân quân tự vệ.' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PUT',
        url: `/api/conferences/${f.neighbourConferenceId}/conclusions/${f.neighbourConclusionId}`,
        payload: { text: 'Ngoài phạm vi' },
      }),
    },
    'DELETE /api/conferences/:id/conclusions/:conclusionId': {
      access: 'session',
      request: (f) => ({
        method: 'DELETE',
        url: `/api/conferences/${f.ownConferenceId}/conclusions/${f.ownDeletableConclusionId}`,
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'DELETE',
        url: `/api/conferences/${f.neighbourConferenceId}/conclusions/${f.neighbourConclusionId}`,
      }),
    },
    'POST /api/conferences/:id/conclusions/:conclusionId/task': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.ownConferenceId}/conclusions/${f.ownTaskConclusionId}/task`,
        payload: { leadAgencyId: f.own.agencyId, dueOn: '2026-12-31' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/conferences/${f.neighbourConferenceId}/conclusions/${f.neighbourConclusionId}/task`,
        payload: { leadAgencyId: f.neighbour.agencyId, dueOn: '2026-12-31' },
      }),
    },
    'GET /api/award-proposals': {
      access: 'session',
      request: () => ({ method: 'GET', url: '/api/award-proposals' }),
      outOfScope: () => ({ method: 'GET', url: '/api/award-proposals' }),
      outOfScopeCheck: (res, f) => {
        expect(res.statusCode).toBe(200);
        const ids = res.json().items.map((p: { id: number }) => p.id);
        expect(ids).toContain(f.ownProposalId);
        expect(ids).not.toContain(f.neighbourProposalId);
      },
    },
    'GET /api/award-proposals.xlsx': {
      access: 'session',
      request: () => ({ method: 'GET', url: '/api/award-proposals.xlsx?year=2026' }),
    },
    'GET /api/award-proposals/evidence': {
      access: 'session',
      request: (f) => ({
        method: 'GET',
        url: `/api/award-proposals/evidence?unitId=${f.own.unitId}&period=2026`,
      }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/award-proposals/evidence?unitId=${f.neighbour.unitId}&period=2026`,
      }),
    },
    'GET /api/award-proposals/annex.docx': {
      access: 'session',
      request: (f) => ({
        method: 'GET',
        url: `/api/award-proposals/annex.docx?grantingUnitId=${f.own.unitId}`,
      }),
      outOfScope: (f) => ({
        method: 'GET',
        url: `/api/award-proposals/annex.docx?grantingUnitId=${f.neighbour.unitId}`,
      }),
    },
    'POST /api/award-proposals': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: '/api/award-proposals',
        payload: { ...GIAY_KHEN, unitId: f.own.unitId, nomineeAgencyId: f.own.agencyId },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: '/api/award-proposals',
        payload: { ...GIAY_KHEN, unitId: f.neighbour.unitId, nomineeUnitId: f.neighbour.unitId },
      }),
    },
    'GET /api/award-proposals/:id': {
      access: 'session',
      request: (f) => ({ method: 'GET', url: `/api/award-proposals/${f.ownProposalId}` }),
      outOfScope: (f) => ({ method: 'GET', url: `/api/award-proposals/${f.neighbourProposalId}` }),
    },
    'PATCH /api/award-proposals/:id': {
      access: 'session',
      request: (f) => ({
        method: 'PATCH',
        url: `/api/award-proposals/${f.ownProposalId}`,
        payload: { achievements: 'Hoàn thành xuất sắc nhiệm vụ.' },
      }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({
        method: 'PATCH',
        url: `/api/award-proposals/${f.neighbourProposalId}`,
        payload: { achievements: 'Ngoài phạm vi' },
      }),
    },
    'DELETE /api/award-proposals/:id': {
      access: 'session',
      request: (f) => ({ method: 'DELETE', url: `/api/award-proposals/${f.ownWithdrawableProposalId}` }),
      deniedRoles: WRITERS_ONLY,
      outOfScope: (f) => ({ method: 'DELETE', url: `/api/award-proposals/${f.neighbourProposalId}` }),
    },
    'POST /api/award-proposals/:id/review': {
      access: 'session',
      request: (f) => ({ method: 'POST', url: `/api/award-proposals/${f.ownReviewableProposalId}/review` }),
      deniedRoles: LEADERS_ONLY,
      outOfScope: (f) => ({ method: 'POST', url: `/api/award-proposals/${f.neighbourProposalId}/review` }),
    },
    'POST /api/award-proposals/:id/approve': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/award-proposals/${f.ownReviewedProposalId}/approve`,
        payload: {},
      }),
      deniedRoles: LEADERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/award-proposals/${f.neighbourProposalId}/approve`,
        payload: {},
      }),
    },
    'POST /api/award-proposals/:id/reject': {
      access: 'session',
      request: (f) => ({
        method: 'POST',
        url: `/api/award-proposals/${f.ownRejectableProposalId}/reject`,
        payload: { reason: 'Chưa đủ tiêu chuẩn khen thưởng.' },
      }),
      deniedRoles: LEADERS_ONLY,
      outOfScope: (f) => ({
        method: 'POST',
        url: `/api/award-proposals/${f.neighbourProposalId}/reject`,
        payload: { reason: 'Ngoài phạm vi của đơn vị.' },
      }),
    },
  },
});
