import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DRILL_KIND_LABELS, DRILL_STATUS_LABELS } from '../../shared/drill-kinds.ts';
import {
  ZCancelRequest,
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
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
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
import { unitInScope } from '../services/units/unit-in-scope.ts';
import { ZIdParams } from './units.ts';

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
};
const ZFileParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fileId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
/** Most rows an export holds: a province's drills over many years. */
const EXPORT_LIMIT = 5000;

/** The drill register (diễn tập): entries, results, evidence files, Excel, and the commune rotation plan. */
export const drillRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/drills',
    {
      schema: {
        tags: ['registers'],
        summary: 'Sổ diễn tập của một đơn vị và các đơn vị trực thuộc (lọc theo năm, loại, trạng thái)',
        querystring: ZDrillListQuery,
        response: { 200: ZDrillList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await listDrills(db, actor, request.query);
      return { items: items.map((d) => presentDrill(actor, d)), total };
    },
  );

  app.get(
    '/api/drills.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['registers'],
        summary: 'Xuất sổ diễn tập (theo bộ lọc đang xem) ra Excel',
        querystring: ZDrillListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const unit = request.query.unitId
        ? await unitInScope(db, actor, request.query.unitId)
        : { name: actor.unitName };
      const { items } = await listDrills(db, actor, request.query, EXPORT_LIMIT);
      const title = [
        `Sổ theo dõi diễn tập — ${unit.name}`,
        request.query.year ? `năm ${request.query.year}` : null,
        request.query.kind ? DRILL_KIND_LABELS[request.query.kind] : null,
        request.query.status ? DRILL_STATUS_LABELS[request.query.status] : null,
      ]
        .filter(Boolean)
        .join(' — ');
      return sendXlsx(
        reply,
        `so-dien-tap${request.query.year ? `-${request.query.year}` : ''}.xlsx`,
        await buildDrillsWorkbook(title, items),
      );
    },
  );

  app.get(
    '/api/drills/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Một cuộc diễn tập, kèm tệp minh chứng',
        params: ZIdParams,
        response: { 200: ZDrillDetail, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const drill = await loadDrill(db, actor, request.params.id);
      return { ...presentDrill(actor, drill), files: await listDrillFiles(db, drill.id) };
    },
  );

  app.post(
    '/api/drills',
    {
      schema: {
        tags: ['registers'],
        summary: 'Nhập kế hoạch một cuộc diễn tập',
        body: ZCreateDrillRequest,
        response: { 201: ZDrill, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(presentDrill(actor, await createDrill(db, actor, request.body)));
    },
  );

  app.patch(
    '/api/drills/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Sửa thông tin một cuộc diễn tập',
        params: ZIdParams,
        body: ZUpdateDrillRequest,
        response: { 200: ZDrill, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentDrill(actor, await updateDrill(db, actor, request.params.id, request.body));
    },
  );

  app.post(
    '/api/drills/:id/result',
    {
      schema: {
        tags: ['registers'],
        summary: 'Ghi kết quả cuộc diễn tập đã tổ chức (ngày, xếp loại, an toàn)',
        params: ZIdParams,
        body: ZRecordDrillResultRequest,
        response: { 200: ZDrill, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentDrill(
        actor,
        await recordDrillResult(db, app.clock, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/drills/:id/cancel',
    {
      schema: {
        tags: ['registers'],
        summary: 'Hủy một cuộc diễn tập chưa tổ chức (kèm lý do)',
        params: ZIdParams,
        body: ZCancelRequest,
        response: { 200: ZDrill, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentDrill(actor, await cancelDrill(db, actor, request.params.id, request.body.reason));
    },
  );

  app.delete(
    '/api/drills/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Xóa một cuộc diễn tập chưa tổ chức (nhập nhầm)',
        params: ZIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteDrill(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/drills/:id/files',
    {
      schema: {
        tags: ['registers'],
        summary: 'Tệp minh chứng của một cuộc diễn tập',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZRegisterFile) }), ...errors },
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
        response: { 201: z.object({ id: z.number() }), ...errors, 413: ZErrorResponse, 415: ZErrorResponse },
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
        response: { 204: z.null(), ...errors },
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
        response: { 200: ZRotation, ...errors },
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
        response: { 200: ZRotation, ...errors },
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
        params: z.object({
          id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
          communeId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
        }),
        body: ZMoveRotationRequest,
        response: { 200: ZRotation, ...errors },
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
          id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
          year: z.coerce.number().int().min(2000).max(2100),
        }),
        body: ZCreateYearDrillsRequest.nullish(),
        response: { 200: z.object({ created: z.number(), existing: z.number() }), ...errors },
      },
    },
    async (request) =>
      createYearDrills(db, requireActor(request), request.params.id, request.params.year, request.body ?? {}),
  );
};
