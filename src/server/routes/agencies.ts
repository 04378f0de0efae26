import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { ZAgency, ZCreateAgencyRequest, ZUpdateAgencyRequest } from '../../shared/schemas/units.ts';
import { requireActor } from '../plugins/auth.ts';
import { presentAgency } from '../presenters/agencies.ts';
import { createAgency } from '../services/agencies/create-agency.ts';
import { updateAgency } from '../services/agencies/update-agency.ts';
import { ZIdParams } from './units.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };

/** Agencies of a unit: admins add and rename them. */
export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/agencies',
    {
      schema: {
        tags: ['units'],
        summary: 'Thêm cơ quan vào một đơn vị',
        body: ZCreateAgencyRequest,
        response: { 201: ZAgency, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const agency = await createAgency(app.database.db, actor, request.body);
      return reply.status(201).send(presentAgency(actor, agency, agency.unitPath));
    },
  );

  app.patch(
    '/api/agencies/:id',
    {
      schema: {
        tags: ['units'],
        summary: 'Sửa tên, loại, tên gọi khác của cơ quan',
        params: ZIdParams,
        body: ZUpdateAgencyRequest,
        response: { 200: ZAgency, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const agency = await updateAgency(app.database.db, actor, request.params.id, request.body);
      return presentAgency(actor, agency, agency.unitPath);
    },
  );
};
