import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZApproveAwardRequest,
  ZAwardAnnexQuery,
  ZAwardListQuery,
  ZAwardProposal,
  ZEvidence,
  ZEvidenceQuery,
  ZProposeAwardRequest,
  ZRejectAwardRequest,
  ZUpdateAwardRequest,
} from '../../shared/schemas/awards.ts';
import { todayIn } from '../clock.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendFile, sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { awardAnnex } from '../services/awards/award-annex.ts';
import { evidenceCandidates } from '../services/awards/award-evidence.ts';
import { loadProposal } from '../services/awards/award-rows.ts';
import { approveAward, rejectAward, reviewAward } from '../services/awards/award-workflow.ts';
import { buildAwardsWorkbook } from '../services/awards/awards-workbook.ts';
import { listAwards } from '../services/awards/list-awards.ts';
import { proposeAward } from '../services/awards/propose-award.ts';
import { updateAward, withdrawAward } from '../services/awards/update-award.ts';
import { ENTRY_ERRORS, ZCreatedId, ZNoContent } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Award proposals (khen thưởng): nominations with evidence, the workflow, the decision annex, Excel. */
export const awardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/award-proposals',
    {
      schema: {
        tags: ['awards'],
        summary: 'Đề nghị khen thưởng của đơn vị và các cấp dưới',
        querystring: ZAwardListQuery,
        response: { 200: z.object({ items: z.array(ZAwardProposal) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => ({ items: await listAwards(db, requireActor(request), request.query) }),
  );

  app.get(
    '/api/award-proposals.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['awards'],
        summary: 'Xuất danh sách đề nghị khen thưởng ra Excel',
        querystring: ZAwardListQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const items = await listAwards(db, actor, request.query);
      const title = `Đề nghị khen thưởng — ${actor.unitName}${request.query.year ? ` — năm ${request.query.year}` : ''}`;
      return sendXlsx(
        reply,
        `khen-thuong-${request.query.year ?? todayIn(app.clock).slice(0, 4)}.xlsx`,
        await buildAwardsWorkbook(title, items),
      );
    },
  );

  app.get(
    '/api/award-proposals/evidence',
    {
      schema: {
        tags: ['awards'],
        summary:
          'Minh chứng có thể dẫn: diễn tập, lớp bồi dưỡng QP-AN, báo cáo, tuyển quân của một đơn vị trong kỳ',
        querystring: ZEvidenceQuery,
        response: { 200: z.object({ items: z.array(ZEvidence) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => ({
      items: await evidenceCandidates(db, requireActor(request), request.query.unitId, request.query.period),
    }),
  );

  app.get(
    '/api/award-proposals/annex.docx',
    {
      config: expensive(),
      schema: {
        tags: ['awards'],
        summary: 'Phụ lục quyết định khen thưởng (.docx, thể thức Nghị định 30): danh sách được duyệt',
        querystring: ZAwardAnnexQuery,
      },
    },
    async (request, reply) => {
      const annex = await awardAnnex(db, requireActor(request), request.query);
      return sendFile(reply, annex.fileName, DOCX, annex.body);
    },
  );

  app.post(
    '/api/award-proposals',
    {
      schema: {
        tags: ['awards'],
        summary: 'Đề nghị khen thưởng một tập thể hoặc cá nhân',
        body: ZProposeAwardRequest,
        response: { 201: ZCreatedId, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeAward(db, requireActor(request), request.body)),
  );

  app.get(
    '/api/award-proposals/:id',
    {
      schema: {
        tags: ['awards'],
        summary: 'Một đề nghị khen thưởng',
        params: ZIdParams,
        response: { 200: ZAwardProposal, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const { unitPath: _p, ...proposal } = await loadProposal(db, requireActor(request), request.params.id);
      return proposal;
    },
  );

  app.patch(
    '/api/award-proposals/:id',
    {
      schema: {
        tags: ['awards'],
        summary: 'Sửa đề nghị chưa được xét',
        params: ZIdParams,
        body: ZUpdateAwardRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await updateAward(db, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/award-proposals/:id',
    {
      schema: {
        tags: ['awards'],
        summary: 'Rút đề nghị chưa được xét',
        params: ZIdParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await withdrawAward(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/award-proposals/:id/review',
    {
      schema: {
        tags: ['awards'],
        summary: 'Hội đồng thi đua, khen thưởng của đơn vị đề nghị xét, xác nhận đề nghị',
        params: ZIdParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await reviewAward(db, app.clock, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/award-proposals/:id/approve',
    {
      schema: {
        tags: ['awards'],
        summary: 'Cấp có thẩm quyền duyệt khen thưởng',
        params: ZIdParams,
        body: ZApproveAwardRequest.optional(),
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await approveAward(db, app.clock, requireActor(request), request.params.id, request.body?.note);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/award-proposals/:id/reject',
    {
      schema: {
        tags: ['awards'],
        summary: 'Không khen thưởng (kèm lý do)',
        params: ZIdParams,
        body: ZRejectAwardRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await rejectAward(db, app.clock, requireActor(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );
};
