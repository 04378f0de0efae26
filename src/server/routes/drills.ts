import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DRILL_KIND_LABELS, DRILL_STATUS_LABELS } from '../../shared/drill-kinds.ts';
import {
  ZCreateDrillRequest,
  ZCreateYearDrillsRequest,
  ZDrill,
  ZDrillDetail,
  ZDrillList,
  ZDrillListQuery,
  ZMoveRotationRequest,
  ZProposeRotationRequest,
  ZRecordDrillResultRequest,
  ZRegisterFile,
  ZRotation,
  ZRotationQuery,
  ZUpdateDrillRequest,
} from '../../shared/schemas/drills.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendFile, sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { readSingleUpload } from '../plugins/uploads.ts';
import { presentDrill } from '../presenters/drills.ts';
import { createYearDrills } from '../services/drill-rotation/create-year-drills.ts';
import { getRotation } from '../services/drill-rotation/get-rotation.ts';
import { moveRotationCommune } from '../services/drill-rotation/move-rotation-commune.ts';
import { proposeRotation } from '../services/drill-rotation/propose-rotation.ts';
import { buildRotationWorkbook } from '../services/drill-rotation/rotation-workbook.ts';
import { cancelDrill } from '../services/drills/cancel-drill.ts';
import { createDrill } from '../services/drills/create-drill.ts';
import { deleteDrill } from '../services/drills/delete-drill.ts';
import {
  addDrillFile,
  deleteDrillFile,
  listDrillFiles,
  readDrillFile,
} from '../services/drills/drill-files.ts';
import { loadDrill } from '../services/drills/drill-rows.ts';
import { buildDrillsWorkbook } from '../services/drills/drills-workbook.ts';
import { listDrills } from '../services/drills/list-drills.ts';
import { recordDrillResult } from '../services/drills/record-drill-result.ts';
import { updateDrill } from '../services/drills/update-drill.ts';
import { registerEntryRoutes } from './register-entry-routes.ts';
import { ENTRY_ERRORS, UPLOAD_ERRORS, ZCreatedId, ZNoContent, ZPathId } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const ZFileParams = z.object({ id: ZPathId, fileId: ZPathId });

/** The drill register (diễn tập): entries, results, evidence files, Excel, and the commune rotation plan. */
export const drillRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  registerEntryRoutes(app, {
    path: '/api/drills',
    summaries: {
      list: 'Sổ diễn tập của một đơn vị và các đơn vị trực thuộc (lọc theo năm, loại, trạng thái)',
      export: 'Xuất sổ diễn tập (theo bộ lọc đang xem) ra Excel',
      detail: 'Một cuộc diễn tập, kèm tệp minh chứng',
      create: 'Nhập kế hoạch một cuộc diễn tập',
      update: 'Sửa thông tin một cuộc diễn tập',
      result: 'Ghi kết quả cuộc diễn tập đã tổ chức (ngày, xếp loại, an toàn)',
      cancel: 'Hủy một cuộc diễn tập chưa tổ chức (kèm lý do)',
      delete: 'Xóa một cuộc diễn tập chưa tổ chức (nhập nhầm)',
    },
    schemas: {
      query: ZDrillListQuery,
      list: ZDrillList,
      entry: ZDrill,
      detail: ZDrillDetail,
      create: ZCreateDrillRequest,
      update: ZUpdateDrillRequest,
      result: ZRecordDrillResultRequest,
    },
    list: (actor, query, limit) => listDrills(db, actor, query, limit),
    present: presentDrill,
    detail: async (actor, id) => {
      const drill = await loadDrill(db, actor, id);
      return { ...presentDrill(actor, drill), files: await listDrillFiles(db, drill.id) };
    },
    create: (actor, input) => createDrill(db, actor, input),
    update: (actor, id, input) => updateDrill(db, actor, id, input),
    recordResult: (actor, id, input) => recordDrillResult(db, app.clock, actor, id, input),
    cancel: (actor, id, reason) => cancelDrill(db, actor, id, reason),
    remove: (actor, id) => deleteDrill(db, actor, id),
    export: {
      fileStem: 'so-dien-tap',
      title: 'Sổ theo dõi diễn tập',
      filterLabels: (query) => [
        query.kind ? DRILL_KIND_LABELS[query.kind] : null,
        query.status ? DRILL_STATUS_LABELS[query.status] : null,
      ],
      workbook: (_actor, _query, _unit, title, items) => buildDrillsWorkbook(title, items),
    },
  });

  app.get(
    '/api/drills/:id/files',
    {
      schema: {
        tags: ['registers'],
        summary: 'Tệp minh chứng của một cuộc diễn tập',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZRegisterFile) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const drill = await loadDrill(db, requireActor(request), request.params.id);
      return { items: await listDrillFiles(db, drill.id) };
    },
  );

  app.post(
    '/api/drills/:id/files',
    {
      config: expensive(),
      schema: {
        tags: ['registers'],
        summary: 'Tải lên tệp minh chứng (multipart, trường "file")',
        params: ZIdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZCreatedId, ...UPLOAD_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // The drill is checked first: nothing is read from a request aimed at another unit's drill.
      await loadDrill(db, actor, request.params.id);
      const upload = await readSingleUpload(request);
      return reply.status(201).send(await addDrillFile(db, actor, request.params.id, upload));
    },
  );

  app.get(
    '/api/drills/:id/files/:fileId',
    {
      schema: { tags: ['registers'], summary: 'Tải tệp minh chứng', params: ZFileParams },
    },
    async (request, reply) => {
      const file = await readDrillFile(db, requireActor(request), request.params.id, request.params.fileId);
      return sendFile(reply, file.fileName, 'application/octet-stream', file.data);
    },
  );

  app.delete(
    '/api/drills/:id/files/:fileId',
    {
      schema: {
        tags: ['registers'],
        summary: 'Xóa tệp minh chứng tải lên nhầm',
        params: ZFileParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteDrillFile(db, requireActor(request), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/drill-rotation',
    {
      schema: {
        tags: ['registers'],
        summary:
          'Kế hoạch luân phiên diễn tập chiến đấu các xã của một tỉnh trong một giai đoạn, và độ phủ từng năm',
        querystring: ZRotationQuery,
        response: { 200: ZRotation, ...ENTRY_ERRORS },
      },
    },
    async (request) => getRotation(db, app.clock, requireActor(request), request.query),
  );

  app.get(
    '/api/drill-rotation.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['registers'],
        summary: 'Xuất kế hoạch luân phiên diễn tập (xã × năm) ra Excel',
        querystring: ZRotationQuery,
      },
    },
    async (request, reply) => {
      const rotation = await getRotation(db, app.clock, requireActor(request), request.query);
      return sendXlsx(
        reply,
        `luan-phien-dien-tap-${rotation.termFrom}-${rotation.termTo}.xlsx`,
        await buildRotationWorkbook(rotation),
      );
    },
  );

  app.post(
    '/api/drill-rotation',
    {
      schema: {
        tags: ['registers'],
        summary: 'Đề xuất (và lưu) kế hoạch luân phiên: mỗi xã diễn tập một lần, 20–25% số xã mỗi năm',
        body: ZProposeRotationRequest,
        response: { 200: ZRotation, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await proposeRotation(db, actor, request.body);
      return getRotation(db, app.clock, actor, request.body);
    },
  );

  app.put(
    '/api/drill-rotation/:id/communes/:communeId',
    {
      schema: {
        tags: ['registers'],
        summary: 'Chuyển một xã sang năm khác của kế hoạch (hoặc đổi chỗ với một xã của năm đó)',
        params: z.object({ id: ZPathId, communeId: ZPathId }),
        body: ZMoveRotationRequest,
        response: { 200: ZRotation, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const term = await moveRotationCommune(
        db,
        actor,
        request.params.id,
        request.params.communeId,
        request.body,
      );
      return getRotation(db, app.clock, actor, term);
    },
  );

  app.post(
    '/api/drill-rotation/:id/years/:year/drills',
    {
      schema: {
        tags: ['registers'],
        summary:
          'Giao kế hoạch diễn tập năm cho các xã của năm đó trong kế hoạch luân phiên (không tạo trùng)',
        params: z.object({
          id: ZPathId,
          year: z.coerce.number().int().min(2000).max(2100),
        }),
        body: ZCreateYearDrillsRequest.nullish(),
        response: { 200: z.object({ created: z.number(), existing: z.number() }), ...ENTRY_ERRORS },
      },
    },
    async (request) =>
      createYearDrills(db, requireActor(request), request.params.id, request.params.year, request.body ?? {}),
  );
};
