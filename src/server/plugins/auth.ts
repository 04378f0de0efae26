import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../shared/schemas/auth.ts';
import type { Actor } from '../auth/actor.ts';
import { loadSession } from '../auth/load-session.ts';
import { SESSION_COOKIE, safeEqual, sessionIdFromToken } from '../auth/session-tokens.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null on public routes without a session. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable while the user still has to change an admin-issued password. */
    allowDuringPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a route is reached: API routes need a session unless they say otherwise. */
export function routeAccess(request: FastifyRequest): 'public' | 'session' {
  const declared = request.routeOptions.config?.access;
  if (declared) return declared;
  const url = request.routeOptions.url ?? '';
  return url.startsWith('/api/') && !url.startsWith('/api/docs') ? 'session' : 'public';
}

/** The actor of a route that requires a session (the auth hook guarantees it). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

/** Authenticates every request from its session cookie and enforces CSRF on every write. */
export async function installAuth(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const access = routeAccess(request);
    if (token && /^[\w-]{20,100}$/.test(token)) {
      request.actor = await loadSession(
        app.database.db,
        sessionIdFromToken(token),
        app.clock.now(),
        request.id,
      );
    }
    if (access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, actor.csrfToken)) throw new AppError('csrf_failed');
    }
    if (actor.mustChangePassword && !request.routeOptions.config?.allowDuringPasswordChange) {
      throw new AppError('forbidden', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
    }
  });
}
