import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DRILL_STATUS_LABELS } from '../../shared/drill-kinds.ts';
import { ZCancelRequest } from '../../shared/schemas/drills.ts';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import {
  ZCreateTrainingClassRequest,
  ZRecordTrainingResultRequest,
  ZSaveTrainingPopulationRequest,
  ZTrainingClass,
  ZTrainingClassList,
  ZTrainingClassListQuery,
  ZTrainingPopulation,
  ZTrainingPopulationQuery,
  ZUpdateTrainingClassRequest,
} from '../../shared/schemas/training.ts';
import { TRAINING_AUDIENCE_LABELS } from '../../shared/training-audiences.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { presentTrainingClass } from '../presenters/training.ts';
import { cancelTrainingClass } from '../services/training/cancel-training-class.ts';
import { loadTrainingClass } from '../services/training/class-rows.ts';
import { createTrainingClass } from '../services/training/create-training-class.ts';
import { deleteTrainingClass } from '../services/training/delete-training-class.ts';
import { getTrainingPopulation } from '../services/training/get-training-population.ts';
import { listTrainingClasses } from '../services/training/list-training-classes.ts';
import { recordTrainingResult } from '../services/training/record-training-result.ts';
import { saveTrainingPopulation } from '../services/training/save-training-population.ts';
import { buildTrainingWorkbook } from '../services/training/training-workbook.ts';
import { updateTrainingClass } from '../services/training/update-training-class.ts';
import { unitInScope } from '../services/units/unit-in-scope.ts';
import { ZIdParams } from './units.ts';

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
};
/** Most rows an export holds. */
const EXPORT_LIMIT = 5000;

/** The QP-AN class register (bồi dưỡng kiến thức QP-AN): classes, results, populations in scope, Excel. */
export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/training-classes',
    {
      schema: {
        tags: ['registers'],
        summary: 'Sổ lớp bồi dưỡng kiến thức QP-AN của một đơn vị và các đơn vị trực thuộc',
        querystring: ZTrainingClassListQuery,
        response: { 200: ZTrainingClassList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await listTrainingClasses(db, actor, request.query);
      return { items: items.map((c) => presentTrainingClass(actor, c)), total };
    },
  );

  app.get(
    '/api/training-classes.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['registers'],
        summary: 'Xuất sổ lớp bồi dưỡng QP-AN (theo bộ lọc đang xem) ra Excel',
        querystring: ZTrainingClassListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const unit = request.query.unitId
        ? await unitInScope(db, actor, request.query.unitId)
        : { id: actor.unitId, name: actor.unitName };
      const { items } = await listTrainingClasses(db, actor, request.query, EXPORT_LIMIT);
      const population = request.query.year
        ? await getTrainingPopulation(db, actor, { unitId: unit.id, year: request.query.year })
        : null;
      const title = [
        `Sổ theo dõi bồi dưỡng kiến thức QP-AN — ${unit.name}`,
        request.query.year ? `năm ${request.query.year}` : null,
        request.query.audience ? TRAINING_AUDIENCE_LABELS[request.query.audience] : null,
        request.query.status ? DRILL_STATUS_LABELS[request.query.status] : null,
      ]
        .filter(Boolean)
        .join(' — ');
      return sendXlsx(
        reply,
        `boi-duong-qpan${request.query.year ? `-${request.query.year}` : ''}.xlsx`,
        await buildTrainingWorkbook(title, items, population),
      );
    },
  );

  app.get(
    '/api/training-classes/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Một lớp bồi dưỡng kiến thức QP-AN',
        params: ZIdParams,
        response: { 200: ZTrainingClass, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentTrainingClass(actor, await loadTrainingClass(db, actor, request.params.id));
    },
  );

  app.post(
    '/api/training-classes',
    {
      schema: {
        tags: ['registers'],
        summary: 'Nhập kế hoạch một lớp bồi dưỡng kiến thức QP-AN',
        body: ZCreateTrainingClassRequest,
        response: { 201: ZTrainingClass, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(presentTrainingClass(actor, await createTrainingClass(db, actor, request.body)));
    },
  );

  app.patch(
    '/api/training-classes/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Sửa thông tin một lớp bồi dưỡng',
        params: ZIdParams,
        body: ZUpdateTrainingClassRequest,
        response: { 200: ZTrainingClass, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentTrainingClass(
        actor,
        await updateTrainingClass(db, app.clock, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/training-classes/:id/result',
    {
      schema: {
        tags: ['registers'],
        summary: 'Ghi kết quả lớp bồi dưỡng đã tổ chức (số người tham gia)',
        params: ZIdParams,
        body: ZRecordTrainingResultRequest,
        response: { 200: ZTrainingClass, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentTrainingClass(
        actor,
        await recordTrainingResult(db, app.clock, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/training-classes/:id/cancel',
    {
      schema: {
        tags: ['registers'],
        summary: 'Hủy một lớp bồi dưỡng chưa tổ chức (kèm lý do)',
        params: ZIdParams,
        body: ZCancelRequest,
        response: { 200: ZTrainingClass, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentTrainingClass(
        actor,
        await cancelTrainingClass(db, actor, request.params.id, request.body.reason),
      );
    },
  );

  app.delete(
    '/api/training-classes/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Xóa một lớp bồi dưỡng chưa tổ chức (nhập nhầm)',
        params: ZIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteTrainingClass(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/training-populations',
    {
      schema: {
        tags: ['registers'],
        summary:
          'Số người thuộc diện bồi dưỡng, đã bồi dưỡng và tỷ lệ theo từng đối tượng (một đơn vị, một năm)',
        querystring: ZTrainingPopulationQuery,
        response: { 200: ZTrainingPopulation, ...errors },
      },
    },
    async (request) => getTrainingPopulation(db, requireActor(request), request.query),
  );

  app.put(
    '/api/training-populations',
    {
      schema: {
        tags: ['registers'],
        summary: 'Nhập số người thuộc diện bồi dưỡng theo từng đối tượng của đơn vị trong năm',
        body: ZSaveTrainingPopulationRequest,
        response: { 200: ZTrainingPopulation, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveTrainingPopulation(db, actor, request.body);
      return getTrainingPopulation(db, actor, request.body);
    },
  );
};
