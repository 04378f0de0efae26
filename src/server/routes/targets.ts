import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import {
  ZCreateTargetRequest,
  ZSplitTargetRequest,
  ZTarget,
  ZTargetListQuery,
} from '../../shared/schemas/targets.ts';
import { requireActor } from '../plugins/auth.ts';
import { presentTarget } from '../presenters/targets.ts';
import { createTarget } from '../services/targets/create-target.ts';
import { listTargets } from '../services/targets/list-targets.ts';
import { splitTarget } from '../services/targets/split-target.ts';
import { ZIdParams } from './units.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** Targets set by documents and tasks, and quota splits among sub-units. */
export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/targets',
    {
      schema: {
        tags: ['figures'],
        summary:
          'Chỉ tiêu được giao cho một đơn vị và các đơn vị trực thuộc (kể cả chỉ tiêu của giai đoạn bao trùm kỳ)',
        querystring: ZTargetListQuery,
        response: { 200: z.object({ items: z.array(ZTarget) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listTargets(app.database.db, actor, request.query);
      return { items: rows.map((r) => presentTarget(actor, r)) };
    },
  );

  app.post(
    '/api/targets',
    {
      schema: {
        tags: ['figures'],
        summary: 'Giao chỉ tiêu',
        body: ZCreateTargetRequest,
        response: { 201: ZTarget, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(presentTarget(actor, await createTarget(app.database.db, actor, request.body)));
    },
  );

  app.post(
    '/api/targets/:id/split',
    {
      schema: {
        tags: ['figures'],
        summary: 'Phân bổ chỉ tiêu cho các đơn vị trực thuộc (tổng phải bằng chỉ tiêu)',
        params: ZIdParams,
        body: ZSplitTargetRequest,
        response: { 200: z.object({ items: z.array(ZTarget) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await splitTarget(app.database.db, actor, request.params.id, request.body);
      return { items: rows.map((r) => presentTarget(actor, r)) };
    },
  );
};
