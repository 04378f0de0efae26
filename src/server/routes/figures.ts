import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import {
  ZDashboard,
  ZDashboardQuery,
  ZDeterminedBy,
  ZEntryGrid,
  ZEntryGridQuery,
  ZGrantExceptionRequest,
  ZPeriodCode,
  ZSaveEntryRequest,
} from '../../shared/schemas/figures.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { readSingleUpload } from '../plugins/uploads.ts';
import { buildDashboardWorkbook } from '../services/figures/dashboard-workbook.ts';
import { buildEntryTemplate } from '../services/figures/entry-workbook.ts';
import { getCompleteness } from '../services/figures/get-completeness.ts';
import { getDashboard } from '../services/figures/get-dashboard.ts';
import { getEntryGrid } from '../services/figures/get-entry-grid.ts';
import { getSeries } from '../services/figures/get-series.ts';
import { grantEntryException } from '../services/figures/grant-entry-exception.ts';
import { saveEntry } from '../services/figures/save-entry.ts';
import { uploadEntry } from '../services/figures/upload-entry.ts';
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
                determinedBy: ZDeterminedBy.nullable(),
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

  app.get(
    '/api/figures/completeness',
    {
      schema: {
        tags: ['figures'],
        summary: 'Tỷ lệ đơn vị đã nhập số liệu và nhập đúng hạn',
        querystring: z.object({
          unitId: z.coerce.number().int().positive(),
          setId: z.coerce.number().int().positive(),
          period: ZPeriodCode,
        }),
        response: {
          200: z.object({
            expected: z.number(),
            entered: z.number(),
            onTime: z.number(),
            completenessPercent: z.number().nullable(),
            timelinessPercent: z.number().nullable(),
            deadline: z.string(),
            units: z.array(
              z.object({
                unitId: z.number(),
                unitName: z.string(),
                firstEnteredAt: z.string().nullable(),
                onTime: z.boolean(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => getCompleteness(app.database.db, requireActor(request), request.query),
  );

  app.get(
    '/api/figures/template.xlsx',
    {
      schema: {
        tags: ['figures'],
        summary: 'Tải mẫu Excel nhập số liệu của một đơn vị, một kỳ',
        querystring: ZEntryGridQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const grid = await getEntryGrid(app.database.db, app.clock, requireActor(request), request.query);
      return sendXlsx(
        reply,
        `so-lieu-${grid.unit.id}-${grid.period.code}.xlsx`,
        await buildEntryTemplate(grid),
      );
    },
  );

  app.post(
    '/api/figures/upload',
    {
      config: expensive(),
      schema: {
        tags: ['figures'],
        summary: 'Nộp mẫu Excel đã điền (multipart, trường "file"); sai một ô thì không lưu ô nào',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({ changed: z.number() }),
          ...errors,
          413: ZErrorResponse,
          415: ZErrorResponse,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { fileName, buffer } = await readSingleUpload(request);
      if (!fileName.toLowerCase().endsWith('.xlsx'))
        throw new AppError('unsupported_media_type', 'Chỉ nhận tệp .xlsx theo mẫu của QPTD.');
      return uploadEntry(app.database.db, app.clock, actor, buffer);
    },
  );

  app.get(
    '/api/dashboard.xlsx',
    {
      config: expensive(),
      schema: {
        tags: ['figures'],
        summary: 'Xuất bảng tổng hợp chỉ tiêu ra Excel',
        querystring: ZDashboardQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const board = await getDashboard(app.database.db, requireActor(request), request.query);
      return sendXlsx(
        reply,
        `tong-hop-${board.unit.id}-${board.period.code}.xlsx`,
        await buildDashboardWorkbook(board),
      );
    },
  );

  app.get(
    '/api/figures/series',
    {
      schema: {
        tags: ['figures'],
        summary: 'Giá trị một chỉ tiêu của một đơn vị qua các kỳ',
        querystring: z.object({
          unitId: z.coerce.number().int().positive(),
          indicatorId: z.coerce.number().int().positive(),
          period: ZPeriodCode,
          count: z.coerce.number().int().min(1).max(40).default(8),
        }),
        response: {
          200: z.object({ items: z.array(z.object({ period: z.string(), value: z.number().nullable() })) }),
          ...errors,
        },
      },
    },
    async (request) => ({ items: await getSeries(app.database.db, requireActor(request), request.query) }),
  );
};
