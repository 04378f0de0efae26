import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZChangePasswordRequest, ZLoginRequest, ZSessionResponse } from '../../shared/schemas/auth.ts';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { loadSession } from '../auth/load-session.ts';
import { SESSION_COOKIE, SESSION_IDLE_MS, sessionIdFromToken } from '../auth/session-tokens.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { presentSession } from '../presenters/me.ts';
import { changePassword } from '../services/auth/change-password.ts';
import { login } from '../services/auth/login.ts';
import { logout } from '../services/auth/logout.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 429: ZErrorResponse };

/** Sign-in, sign-out, "who am I" and changing one's own password. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: ZLoginRequest,
        response: { 200: ZSessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { token } = await login(app.database.db, app.clock, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE] ?? null,
        requestId: request.id,
      });
      const actor = await loadSession(
        app.database.db,
        sessionIdFromToken(token),
        app.clock.now(),
        request.id,
      );
      if (!actor) throw new AppError('internal');
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      });
      return presentSession(actor);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Người dùng đang đăng nhập',
        response: { 200: ZSessionResponse, ...errors },
      },
    },
    async (request) => presentSession(requireActor(request)),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await logout(app.database.db, app.clock, requireActor(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu của mình',
        body: ZChangePasswordRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changePassword(app.database.db, app.clock, requireActor(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
