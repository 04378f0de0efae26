import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZConclusionRequest,
  ZConclusionTaskRequest,
  ZConference,
  ZConferenceListQuery,
  ZConferenceSummary,
  ZCreateConferenceRequest,
  ZParticipantRequest,
  ZPlanConferencesRequest,
  ZUpdateConferenceRequest,
} from '../../shared/schemas/conferences.ts';
import { todayIn } from '../clock.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { conclusionToTask } from '../services/conferences/conclusion-to-task.ts';
import { addConclusion, deleteConclusion, updateConclusion } from '../services/conferences/conclusions.ts';
import { getConference } from '../services/conferences/conference-rows.ts';
import { buildConferencesWorkbook } from '../services/conferences/conferences-workbook.ts';
import { createConference } from '../services/conferences/create-conference.ts';
import { deleteConference } from '../services/conferences/delete-conference.ts';
import { listConferences } from '../services/conferences/list-conferences.ts';
import { addParticipant, removeParticipant } from '../services/conferences/participants.ts';
import { planConferences } from '../services/conferences/plan-conferences.ts';
import { updateConference } from '../services/conferences/update-conference.ts';
import { ENTRY_ERRORS, ZCreatedId, ZNoContent, ZPathId } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const ZParticipantParams = z.object({ id: ZPathId, participantId: ZPathId });
const ZConclusionParams = z.object({ id: ZPathId, conclusionId: ZPathId });

/** Review conferences (sơ kết, tổng kết): plans, participants, conclusions that become tasks, Excel. */
export const conferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/conferences',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Hội nghị sơ kết, tổng kết của đơn vị và các cấp dưới',
        querystring: ZConferenceListQuery,
        response: { 200: z.object({ items: z.array(ZConferenceSummary) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => ({
      items: await listConferences(db, app.clock, requireActor(request), request.query),
    }),
  );

  app.get(
    '/api/conferences.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['conferences'],
        summary: 'Xuất danh sách hội nghị ra Excel',
        querystring: ZConferenceListQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const items = await listConferences(db, app.clock, actor, request.query);
      const title = `Hội nghị sơ kết, tổng kết — ${actor.unitName}${request.query.year ? ` — năm ${request.query.year}` : ''}`;
      return sendXlsx(
        reply,
        `hoi-nghi-${request.query.year ?? todayIn(app.clock).slice(0, 4)}.xlsx`,
        await buildConferencesWorkbook(title, items),
      );
    },
  );

  app.post(
    '/api/conferences',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Lập kế hoạch một hội nghị',
        body: ZCreateConferenceRequest,
        response: { 201: ZCreatedId, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createConference(db, requireActor(request), request.body)),
  );

  app.post(
    '/api/conferences/plan',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Lập kế hoạch hội nghị cho đơn vị và mọi xã, phường cấp dưới (hạn theo từng cấp)',
        body: ZPlanConferencesRequest,
        response: { 200: z.object({ created: z.number(), skipped: z.number() }), ...ENTRY_ERRORS },
      },
    },
    async (request) => planConferences(db, requireActor(request), request.body),
  );

  app.get(
    '/api/conferences/:id',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Một hội nghị: thành phần, báo cáo, kết luận, khen thưởng',
        params: ZIdParams,
        response: { 200: ZConference, ...ENTRY_ERRORS },
      },
    },
    async (request) => getConference(db, requireActor(request), todayIn(app.clock), request.params.id),
  );

  app.patch(
    '/api/conferences/:id',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Sửa hội nghị; đánh dấu đã tổ chức (kèm ngày), hủy',
        params: ZIdParams,
        body: ZUpdateConferenceRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await updateConference(db, app.clock, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/conferences/:id',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Xóa hội nghị lập nhầm (chưa có đề nghị khen thưởng, chưa giao nhiệm vụ)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteConference(db, app.clock, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/conferences/:id/participants',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Thêm thành phần dự hội nghị',
        params: ZIdParams,
        body: ZParticipantRequest,
        response: { 201: ZCreatedId, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addParticipant(db, app.clock, requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/conferences/:id/participants/:participantId',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Bỏ một thành phần dự hội nghị',
        params: ZParticipantParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await removeParticipant(
        db,
        app.clock,
        requireActor(request),
        request.params.id,
        request.params.participantId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/conferences/:id/conclusions',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Thêm một kết luận của hội nghị',
        params: ZIdParams,
        body: ZConclusionRequest,
        response: { 201: ZCreatedId, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addConclusion(db, app.clock, requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/api/conferences/:id/conclusions/:conclusionId',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Sửa một kết luận (nội dung, thứ tự)',
        params: ZConclusionParams,
        body: ZConclusionRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await updateConclusion(
        db,
        app.clock,
        requireActor(request),
        request.params.id,
        request.params.conclusionId,
        request.body,
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/conferences/:id/conclusions/:conclusionId',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Xóa một kết luận chưa giao thành nhiệm vụ',
        params: ZConclusionParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteConclusion(
        db,
        app.clock,
        requireActor(request),
        request.params.id,
        request.params.conclusionId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/conferences/:id/conclusions/:conclusionId/task',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Giao kết luận thành nhiệm vụ của kỳ sau',
        params: ZConclusionParams,
        body: ZConclusionTaskRequest,
        response: { 201: z.object({ taskId: z.number() }), ...ENTRY_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await conclusionToTask(
            db,
            app.clock,
            requireActor(request),
            request.params.id,
            request.params.conclusionId,
            request.body,
          ),
        ),
  );
};
