import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * Security headers with a strict Content-Security-Policy: scripts only from this origin (the built
 * app has no inline script); styles also allow inline attributes because the component library
 * sets CSS variables through `style`. No framing, no plugins, no foreign connections.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // The API reference page (swagger-ui) is the one page with inline scripts: it sets its own policy.
    crossOriginEmbedderPolicy: false,
    hsts: { maxAge: 15_552_000, includeSubDomains: true },
    referrerPolicy: { policy: 'same-origin' },
  });
}

/** Rate limits for expensive routes (extraction, uploads, Word and Excel generation), per user or address. */
export async function installRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    keyGenerator: (request) => request.actor?.userId ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'too_many_requests',
        `Quá nhiều yêu cầu nặng. Hãy thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
      ),
  });
}

/** The limit applied to one expensive route: `max` calls per minute per user. */
export function expensive(max = 30) {
  return { rateLimit: { max, timeWindow: '1 minute' } };
}
