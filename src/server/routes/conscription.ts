import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZConscriptionYear,
  ZSaveConscriptionStepsRequest,
  ZSetQuotasRequest,
} from '../../shared/schemas/conscription.ts';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { ZUnitYearQuery } from '../../shared/schemas/register-fields.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { buildConscriptionWorkbook } from '../services/conscription/conscription-workbook.ts';
import { getConscriptionYear } from '../services/conscription/get-conscription-year.ts';
import { saveConscriptionSteps } from '../services/conscription/save-conscription-steps.ts';
import { setConscriptionQuotas } from '../services/conscription/set-quotas.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** The conscription register (sổ tuyển quân): quotas and their split, step counts, calendar, Excel. */
export const conscriptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/conscription',
    {
      schema: {
        tags: ['registers'],
        summary: 'Tuyển quân của một đơn vị và các đơn vị trực thuộc trong một năm giao quân',
        querystring: ZUnitYearQuery,
        response: { 200: ZConscriptionYear, ...errors },
      },
    },
    async (request) => getConscriptionYear(db, app.clock, requireActor(request), request.query),
  );

  app.put(
    '/api/conscription/quotas',
    {
      schema: {
        tags: ['registers'],
        summary: 'Giao và phân bổ chỉ tiêu tuyển quân (tổng phân bổ phải bằng chỉ tiêu)',
        body: ZSetQuotasRequest,
        response: { 200: ZConscriptionYear, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setConscriptionQuotas(db, actor, request.body);
      return getConscriptionYear(db, app.clock, actor, request.body);
    },
  );

  app.put(
    '/api/conscription/steps',
    {
      schema: {
        tags: ['registers'],
        summary: 'Nhập kết quả các bước tuyển quân của một đơn vị',
        body: ZSaveConscriptionStepsRequest,
        response: { 200: ZConscriptionYear, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveConscriptionSteps(db, app.clock, actor, request.body);
      return getConscriptionYear(db, app.clock, actor, request.body);
    },
  );

  app.get(
    '/api/conscription.xlsx',
    {
      schema: {
        tags: ['registers'],
        summary: 'Tải bảng tuyển quân của năm (Excel)',
        querystring: ZUnitYearQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const board = await getConscriptionYear(db, app.clock, requireActor(request), request.query);
      return sendXlsx(
        reply,
        `tuyen-quan-${board.year}-${board.unit.unitName}.xlsx`,
        await buildConscriptionWorkbook(board),
      );
    },
  );
};
