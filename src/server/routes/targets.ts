import { sql } from 'drizzle-orm';
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
import { splitTarget } from '../services/targets/split-target.ts';
import { selectTargets } from '../services/targets/target-rows.ts';
import { unitInScope } from '../services/units/unit-in-scope.ts';
import { ZIdParams } from './units.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** Targets set by documents and tasks, and quota splits among sub-units. */
export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/targets',
    {
      schema: {
        tags: ['figures'],
        summary: 'Chỉ tiêu được giao cho một đơn vị và các đơn vị trực thuộc',
        querystring: ZTargetListQuery,
        response: { 200: z.object({ items: z.array(ZTarget) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { unitId, period } = request.query;
      await unitInScope(app.database.db, actor, unitId);
      const rows = await selectTargets(
        app.database.db,
        actor.unitPath,
        sql`(t.unit_id = ${unitId} or u.parent_id = ${unitId}) ${period ? sql`and t.period_code = ${period}` : sql``}`,
      );
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
