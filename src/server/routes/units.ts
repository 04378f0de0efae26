import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { ZUnitDetail, ZUnitListQuery, ZUnitSummary } from '../../shared/schemas/units.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { expensive } from '../plugins/security.ts';
import { readSingleUpload } from '../plugins/uploads.ts';
import { canImportUnits } from '../policies/units.ts';
import { presentUnitDetail, presentUnitSummary } from '../presenters/units.ts';
import { getUnit } from '../services/units/get-unit.ts';
import { importUnits } from '../services/units/import/import-units.ts';
import { listUnits } from '../services/units/list-units.ts';
import { readTable } from '../tabular/read-table.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };
/** Path parameter of every route addressing one row by numeric id. */
export const ZIdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The unit tree: browse, search, one unit's page. */
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Danh sách đơn vị trong phạm vi (con của một đơn vị, hoặc tìm kiếm)',
        querystring: ZUnitListQuery,
        response: { 200: z.object({ items: z.array(ZUnitSummary) }), ...errors },
      },
    },
    async (request) => {
      const rows = await listUnits(app.database.db, requireActor(request), request.query);
      return { items: rows.map(presentUnitSummary) };
    },
  );

  app.get(
    '/api/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: 'Thông tin một đơn vị',
        params: ZIdParams,
        response: { 200: ZUnitDetail, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentUnitDetail(actor, await getUnit(app.database.db, actor, request.params.id));
    },
  );

  app.post(
    '/api/units/import',
    {
      config: expensive(),
      schema: {
        tags: ['units'],
        summary: 'Nhập danh sách đơn vị từ tệp .csv / .xlsx (multipart, trường "file")',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({ imported: z.number(), successions: z.number() }),
          ...errors,
          413: ZErrorResponse,
          415: ZErrorResponse,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canImportUnits(actor)) throw new AppError('forbidden');
      const { fileName, buffer } = await readSingleUpload(request);
      const table = await readTable(buffer, fileName);
      return importUnits(app.database.db, { kind: 'actor', actor }, table, {
        userId: actor.userId,
        requestId: actor.requestId,
      });
    },
  );
};
