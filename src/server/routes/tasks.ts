import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vnDate } from '../../shared/iso-dates.ts';
import {
  ZCascadeTaskRequest,
  ZCompleteTaskRequest,
  ZTask,
  ZTaskDetail,
  ZTaskListQuery,
  ZTaskUpdateRequest,
} from '../../shared/schemas/tasks.ts';
import { TASK_STATUS_LABELS } from '../../shared/task-status.ts';
import { todayIn } from '../clock.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { presentTaskTarget } from '../presenters/target-progress.ts';
import { cascadeTask } from '../services/tasks/cascade-task.ts';
import { getTask } from '../services/tasks/get-task.ts';
import { listTasks } from '../services/tasks/list-tasks.ts';
import { taskSummary } from '../services/tasks/task-summary.ts';
import { addTaskUpdate, completeTask, confirmTask } from '../services/tasks/update-task.ts';
import { ENTRY_ERRORS } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const errors = ENTRY_ERRORS;

/** Tasks: lists and views, the chase summary, progress, completion, confirmation, cascade, Excel. */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Nhiệm vụ trong phạm vi: của cơ quan tôi, sắp đến hạn, quá hạn, tất cả',
        querystring: ZTaskListQuery,
        response: { 200: z.object({ items: z.array(ZTask), total: z.number() }), ...errors },
      },
    },
    async (request) => listTasks(app.database.db, app.clock, requireActor(request), request.query),
  );

  app.get(
    '/api/tasks.xlsx',
    {
      config: expensive(),
      schema: { tags: ['tasks'], summary: 'Xuất danh sách nhiệm vụ ra Excel', querystring: ZTaskListQuery },
    },
    async (request, reply) => {
      const { items } = await listTasks(app.database.db, app.clock, requireActor(request), {
        ...request.query,
        page: 1,
        pageSize: 200,
      });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Nhiệm vụ');
      sheet.addRow([
        'STT',
        'Nhiệm vụ',
        'Cơ quan chủ trì',
        'Đơn vị',
        'Cơ quan phối hợp',
        'Hạn',
        'Trạng thái',
        'Tiến độ (%)',
        'Văn bản giao',
      ]);
      sheet.getRow(1).font = { bold: true };
      sheet.getColumn(2).width = 70;
      for (const [i, t] of items.entries()) {
        sheet.addRow([
          i + 1,
          t.title,
          t.leadAgency.name,
          t.leadAgency.unitName,
          t.supportAgencies.map((a) => a.name).join('; '),
          t.dueOn ? vnDate(t.dueOn) : '',
          TASK_STATUS_LABELS[t.status],
          t.progressPercent,
          t.document?.number ?? '',
        ]);
      }
      return sendXlsx(
        reply,
        `nhiem-vu-${todayIn(app.clock)}.xlsx`,
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
    },
  );

  app.get(
    '/api/tasks/summary',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Tổng hợp theo cơ quan: ai quá hạn, ai chưa triển khai',
        querystring: z.object({ documentId: z.coerce.number().int().positive().optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                agencyId: z.number(),
                agencyName: z.string(),
                unitId: z.number(),
                unitName: z.string(),
                total: z.number(),
                inTerm: z.number(),
                overdue: z.number(),
                doneOnTime: z.number(),
                doneLate: z.number(),
                notStarted: z.number(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => ({
      items: await taskSummary(app.database.db, app.clock, requireActor(request), request.query.documentId),
    }),
  );

  app.get(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Một nhiệm vụ, với các chỉ tiêu gắn với nhiệm vụ và mức đạt hiện nay',
        params: ZIdParams,
        response: { 200: ZTaskDetail, ...errors },
      },
    },
    async (request) => {
      const { task, targets } = await getTask(
        app.database.db,
        requireActor(request),
        todayIn(app.clock),
        request.params.id,
      );
      return { ...task, targets: targets.map(presentTaskTarget) };
    },
  );

  app.post(
    '/api/tasks/:id/updates',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Báo cáo tiến độ',
        params: ZIdParams,
        body: ZTaskUpdateRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await addTaskUpdate(app.database.db, app.clock, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Báo cáo hoàn thành',
        params: ZIdParams,
        body: ZCompleteTaskRequest,
        response: { 200: z.object({ nextTaskId: z.number().nullable() }), ...errors },
      },
    },
    async (request) =>
      completeTask(app.database.db, app.clock, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/tasks/:id/confirm',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Lãnh đạo xác nhận hoàn thành',
        params: ZIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await confirmTask(app.database.db, app.clock, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/tasks/:id/cascade',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Giao nhiệm vụ con cho cơ quan các đơn vị cấp dưới',
        params: ZIdParams,
        body: ZCascadeTaskRequest,
        response: { 201: z.object({ created: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await cascadeTask(
        app.database.db,
        app.clock,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );
};
