import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { AppError } from '../errors.ts';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tiến trình đang chạy',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Cơ sở dữ liệu sẵn sàng',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.string() }),
          503: ZErrorResponse,
        },
      },
    },
    async () => {
      try {
        await app.database.ping();
      } catch {
        throw new AppError('database_unavailable');
      }
      return { status: 'ready' as const, database: app.database.kind };
    },
  );
};
