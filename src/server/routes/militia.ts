import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { ZMilitiaYear, ZSaveMilitiaRequest } from '../../shared/schemas/militia.ts';
import { ZUnitYearQuery } from '../../shared/schemas/register-fields.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { getMilitiaYear } from '../services/militia/get-militia-year.ts';
import { buildMilitiaWorkbook } from '../services/militia/militia-workbook.ts';
import { saveMilitiaYear } from '../services/militia/save-militia-year.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** Militia (DQTV) and reserve (DBĐV) figures of a year: aggregates per unit, rates, Excel. */
export const militiaRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/militia',
    {
      schema: {
        tags: ['registers'],
        summary: 'Số liệu DQTV, DBĐV của một đơn vị và các đơn vị trực thuộc trong một năm',
        querystring: ZUnitYearQuery,
        response: { 200: ZMilitiaYear, ...errors },
      },
    },
    async (request) => getMilitiaYear(db, requireActor(request), request.query),
  );

  app.put(
    '/api/militia',
    {
      schema: {
        tags: ['registers'],
        summary: 'Lưu số liệu DQTV, DBĐV của một đơn vị trong một năm',
        body: ZSaveMilitiaRequest,
        response: { 200: ZMilitiaYear, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveMilitiaYear(db, actor, request.body);
      return getMilitiaYear(db, actor, request.body);
    },
  );

  app.get(
    '/api/militia.xlsx',
    {
      schema: {
        tags: ['registers'],
        summary: 'Tải bảng số liệu DQTV, DBĐV của năm (Excel)',
        querystring: ZUnitYearQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const board = await getMilitiaYear(db, requireActor(request), request.query);
      return sendXlsx(
        reply,
        `dqtv-dbdv-${board.year}-${board.unit.unitName}.xlsx`,
        await buildMilitiaWorkbook(board),
      );
    },
  );
};
