import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZUser } from '../../shared/schemas/units.ts';
import { ZCreateUserRequest, ZUpdateUserRequest, ZUserListQuery } from '../../shared/schemas/users.ts';
import { requireActor } from '../plugins/auth.ts';
import { presentUser } from '../presenters/users.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import { resetUserPassword } from '../services/users/reset-user-password.ts';
import { revokeUserSessions } from '../services/users/revoke-user-sessions.ts';
import { updateUser } from '../services/users/update-user.ts';
import { ENTRY_ERRORS } from './route-schemas.ts';

const errors = ENTRY_ERRORS;
const ZUserParams = z.object({ id: z.string().uuid('Mã người dùng không hợp lệ.') });

/** Accounts: list, create, change, reset password, sign out everywhere. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Danh sách người dùng trong phạm vi',
        querystring: ZUserListQuery,
        response: { 200: z.object({ items: z.array(ZUser) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listUsers(app.database.db, actor, request.query);
      return { items: rows.map((u) => presentUser(actor, u)) };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Tạo tài khoản (trả về mật khẩu tạm)',
        body: ZCreateUserRequest,
        response: { 201: z.object({ user: ZUser, temporaryPassword: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { user, temporaryPassword } = await createUser(app.database.db, actor, request.body);
      return reply.status(201).send({ user: presentUser(actor, user), temporaryPassword });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản',
        params: ZUserParams,
        body: ZUpdateUserRequest,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentUser(
        actor,
        await updateUser(app.database.db, app.clock, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'Cấp lại mật khẩu tạm',
        params: ZUserParams,
        response: { 200: z.object({ temporaryPassword: z.string() }), ...errors },
      },
    },
    async (request) =>
      resetUserPassword(app.database.db, app.clock, requireActor(request), request.params.id),
  );

  app.post(
    '/api/users/:id/revoke-sessions',
    {
      schema: {
        tags: ['users'],
        summary: 'Đăng xuất người dùng khỏi mọi thiết bị',
        params: ZUserParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeUserSessions(app.database.db, app.clock, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
