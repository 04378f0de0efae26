import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import {
  ZDashboard,
  ZDashboardQuery,
  ZEntryGrid,
  ZEntryGridQuery,
  ZGrantExceptionRequest,
  ZSaveEntryRequest,
} from '../../shared/schemas/figures.ts';
import { requireActor } from '../plugins/auth.ts';
import { getDashboard } from '../services/figures/get-dashboard.ts';
import { getEntryGrid } from '../services/figures/get-entry-grid.ts';
import { grantEntryException } from '../services/figures/grant-entry-exception.ts';
import { saveEntry } from '../services/figures/save-entry.ts';
import { listCatalogue } from '../services/indicators/list-catalogue.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** Indicators, data entry and the live dashboard. */
export const figureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/indicators',
    {
      schema: {
        tags: ['figures'],
        summary: 'Danh mục chỉ tiêu và bộ chỉ tiêu báo cáo',
        response: {
          200: z.object({
            indicators: z.array(
              z.object({
                id: z.number(),
                code: z.string(),
                name: z.string(),
                kind: z.enum(['quantity', 'ratio']),
                unitOfMeasure: z.string(),
                aggregation: z.string(),
                group: z.string(),
                disaggregation: z.string(),
                numeratorId: z.number().nullable(),
                denominatorId: z.number().nullable(),
              }),
            ),
            sets: z.array(
              z.object({
                id: z.number(),
                code: z.string(),
                name: z.string(),
                periodType: z.string(),
                cutoff: z.string(),
                lockAfterDays: z.number(),
                indicatorIds: z.array(z.number()),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireActor(request);
      return listCatalogue(app.database.db);
    },
  );

  app.get(
    '/api/figures/grid',
    {
      schema: {
        tags: ['figures'],
        summary: 'Bảng nhập số liệu của một đơn vị, một kỳ',
        querystring: ZEntryGridQuery,
        response: { 200: ZEntryGrid, ...errors },
      },
    },
    async (request) => getEntryGrid(app.database.db, app.clock, requireActor(request), request.query),
  );

  app.put(
    '/api/figures/grid',
    {
      schema: {
        tags: ['figures'],
        summary: 'Lưu số liệu (tất cả hoặc không ô nào)',
        body: ZSaveEntryRequest,
        response: { 200: z.object({ changed: z.number() }), ...errors },
      },
    },
    async (request) => saveEntry(app.database.db, app.clock, requireActor(request), request.body),
  );

  app.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['figures'],
        summary: 'Chỉ tiêu của một đơn vị và các đơn vị trực thuộc trong một kỳ, so với mục tiêu',
        querystring: ZDashboardQuery,
        response: { 200: ZDashboard, ...errors },
      },
    },
    async (request) => getDashboard(app.database.db, requireActor(request), request.query),
  );

  app.post(
    '/api/figures/exceptions',
    {
      schema: {
        tags: ['figures'],
        summary: 'Mở lại kỳ đã khóa sổ cho một đơn vị đến một ngày',
        body: ZGrantExceptionRequest,
        response: { 201: z.object({ id: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const created = await grantEntryException(
        app.database.db,
        app.clock,
        requireActor(request),
        request.body,
      );
      return reply.status(201).send(created);
    },
  );
};
