import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import '../shared/zod-locale.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Database } from './db/client.ts';
import { installAuth } from './plugins/auth.ts';
import { installCompression } from './plugins/compression.ts';
import { installErrorHandler, installNotFoundHandler } from './plugins/error-handler.ts';
import { installMetrics } from './plugins/metrics.ts';
import { installRateLimits, installSecurityHeaders } from './plugins/security.ts';
import { installUploads } from './plugins/uploads.ts';
import { serveWebApp } from './plugins/web-app.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { awardRoutes } from './routes/awards.ts';
import { conferenceRoutes } from './routes/conferences.ts';
import { conscriptionRoutes } from './routes/conscription.ts';
import { documentRoutes } from './routes/documents.ts';
import { drillRoutes } from './routes/drills.ts';
import { extractRoutes } from './routes/extract.ts';
import { figureRoutes } from './routes/figures.ts';
import { healthRoutes } from './routes/health.ts';
import { militiaRoutes } from './routes/militia.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { reportRoutes } from './routes/reports.ts';
import { targetRoutes } from './routes/targets.ts';
import { taskRoutes } from './routes/tasks.ts';
import { trainingRoutes } from './routes/training.ts';
import { unitRoutes } from './routes/units.ts';
import { userRoutes } from './routes/users.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    clock: Clock;
    /** Every route registered, for the scope matrix test and the OpenAPI check. */
    routeTable: { method: string; url: string; access: 'public' | 'session' | undefined }[];
  }
  interface FastifyContextConfig {
    /** Who may call the route: the scope matrix test enumerates this for every route. */
    access?: 'public' | 'session';
  }
}

/** What a server instance is built from; tests pass a fresh database and a controlled clock. */
export interface AppOptions {
  database: Database;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Bearer token required to scrape /metrics from another host. */
  metricsToken?: string;
  /** Serve the built web app at `/` (off in API tests). */
  serveWeb?: boolean;
  webDistDir?: string;
}

/** Builds the Fastify application with every route; does not listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('clock', options.clock ?? systemClock);
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      app.routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandler(app);
  await installSecurityHeaders(app);
  await installCompression(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'QPTD API',
        description:
          'API của hệ thống quản lý công tác xây dựng nền quốc phòng toàn dân và khu vực phòng thủ.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await installAuth(app);
  await installRateLimits(app);
  await installUploads(app);
  installMetrics(app, { token: options.metricsToken });
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(unitRoutes);
  await app.register(userRoutes);
  await app.register(agencyRoutes);
  await app.register(auditRoutes);
  await app.register(figureRoutes);
  await app.register(targetRoutes);
  await app.register(extractRoutes);
  await app.register(documentRoutes);
  await app.register(taskRoutes);
  await app.register(notificationRoutes);
  await app.register(reportRoutes);
  await app.register(conferenceRoutes);
  await app.register(awardRoutes);
  await app.register(drillRoutes);
  await app.register(trainingRoutes);
  await app.register(conscriptionRoutes);
  await app.register(militiaRoutes);

  let spaIndex = false;
  if (options.serveWeb) {
    spaIndex = await serveWebApp(app, options.webDistDir);
    if (!spaIndex) app.log.warn('Chưa có bản dựng giao diện web (dist/web): chạy `npm run build:web`.');
  }
  installNotFoundHandler(app, { spaIndex });
  return app;
}
