import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { notifications } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import { ZIdParams } from './units.ts';

const ZNotification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** The signed-in user's own notifications (reminders of tasks due and overdue). */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    {
      // The header bell asks on every page, including the forced password change.
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: {
          200: z.object({ items: z.array(ZNotification), unread: z.number() }),
          401: ZErrorResponse,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const mine = eq(notifications.userId, actor.userId);
      const rows = await app.database.db
        .select()
        .from(notifications)
        .where(request.query.unread === 'true' ? and(mine, isNull(notifications.readAt)) : mine)
        .orderBy(desc(notifications.id))
        .limit(100);
      const [count] = await app.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(mine, isNull(notifications.readAt)));
      return {
        unread: count?.n ?? 0,
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc',
        params: ZIdParams,
        response: { 204: z.null(), 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Only one's own: someone else's notification id is simply not found.
      await app.database.db.transaction(async (tx) => {
        const updated = await tx
          .update(notifications)
          .set({ readAt: app.clock.now() })
          .where(and(eq(notifications.id, request.params.id), eq(notifications.userId, actor.userId)))
          .returning({ id: notifications.id });
        if (updated.length === 0) throw notFound('Không tìm thấy thông báo.');
        await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
          { entityType: 'notification', entityId: request.params.id, action: 'read', unitId: actor.unitId },
        ]);
      });
      return reply.status(204).send(null);
    },
  );
};
