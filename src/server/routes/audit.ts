import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditPage, ZAuditQuery } from '../../shared/schemas/audit.ts';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { listAudit } from '../services/audit/list-audit.ts';

/** The audit log, read-only: no route changes or deletes it. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi dữ liệu trong phạm vi',
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage, 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse },
      },
    },
    async (request) => listAudit(app.database.db, requireActor(request), request.query),
  );
};
