import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DRILL_STATUS_LABELS } from '../../shared/drill-kinds.ts';
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
import { registerEntryRoutes } from './register-entry-routes.ts';
import { ENTRY_ERRORS } from './route-schemas.ts';

/** The QP-AN class register (bồi dưỡng kiến thức QP-AN): classes, results, populations in scope, Excel. */
export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  registerEntryRoutes(app, {
    path: '/api/training-classes',
    summaries: {
      list: 'Sổ lớp bồi dưỡng kiến thức QP-AN của một đơn vị và các đơn vị trực thuộc',
      export: 'Xuất sổ lớp bồi dưỡng QP-AN (theo bộ lọc đang xem) ra Excel',
      detail: 'Một lớp bồi dưỡng kiến thức QP-AN',
      create: 'Nhập kế hoạch một lớp bồi dưỡng kiến thức QP-AN',
      update: 'Sửa thông tin một lớp bồi dưỡng',
      result: 'Ghi kết quả lớp bồi dưỡng đã tổ chức (số người tham gia)',
      cancel: 'Hủy một lớp bồi dưỡng chưa tổ chức (kèm lý do)',
      delete: 'Xóa một lớp bồi dưỡng chưa tổ chức (nhập nhầm)',
    },
    schemas: {
      query: ZTrainingClassListQuery,
      list: ZTrainingClassList,
      entry: ZTrainingClass,
      detail: ZTrainingClass,
      create: ZCreateTrainingClassRequest,
      update: ZUpdateTrainingClassRequest,
      result: ZRecordTrainingResultRequest,
    },
    list: (actor, query, limit) => listTrainingClasses(db, actor, query, limit),
    present: presentTrainingClass,
    detail: async (actor, id) => presentTrainingClass(actor, await loadTrainingClass(db, actor, id)),
    create: (actor, input) => createTrainingClass(db, actor, input),
    update: (actor, id, input) => updateTrainingClass(db, app.clock, actor, id, input),
    recordResult: (actor, id, input) => recordTrainingResult(db, app.clock, actor, id, input),
    cancel: (actor, id, reason) => cancelTrainingClass(db, actor, id, reason),
    remove: (actor, id) => deleteTrainingClass(db, actor, id),
    export: {
      fileStem: 'boi-duong-qpan',
      title: 'Sổ theo dõi bồi dưỡng kiến thức QP-AN',
      filterLabels: (query) => [
        query.audience ? TRAINING_AUDIENCE_LABELS[query.audience] : null,
        query.status ? DRILL_STATUS_LABELS[query.status] : null,
      ],
      // A year's export adds the share trained per group, the figure the register exists for.
      workbook: async (actor, query, unit, title, items) =>
        buildTrainingWorkbook(
          title,
          items,
          query.year ? await getTrainingPopulation(db, actor, { unitId: unit.id, year: query.year }) : null,
        ),
    },
  });

  app.get(
    '/api/training-populations',
    {
      schema: {
        tags: ['registers'],
        summary:
          'Số người thuộc diện bồi dưỡng, đã bồi dưỡng và tỷ lệ theo từng đối tượng (một đơn vị, một năm)',
        querystring: ZTrainingPopulationQuery,
        response: { 200: ZTrainingPopulation, ...ENTRY_ERRORS },
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
        response: { 200: ZTrainingPopulation, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveTrainingPopulation(db, actor, request.body);
      return getTrainingPopulation(db, actor, request.body);
    },
  );
};
