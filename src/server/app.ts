import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAttachmentRoutes } from './attachments/attachments.routes';
import { registerAuditRoutes } from './audit/audit.routes';
import { registerAuthRoutes } from './users/sessions.routes';
import { registerCalendarRoutes } from './calendar/calendar.routes';
import { registerDeadlineRoutes } from './deadlines/deadlines.routes';
import { registerHealthRoutes } from './health/health.routes';
import { type App } from './http/context';
import type { AppDeps } from './deps';
import { registerAuthentication } from './users/authenticate';
import { handleFrameworkError, registerProblemHandlers, sendRouteNotFound } from './http/problem';
import { registerProblemResponses } from './http/problem-responses';
import { registerSecurityHeaders } from './http/security-headers';
import { registerOrgUnitRoutes } from './org-units/org-units.routes';
import { registerReceptionRoutes } from './reception/reception.routes';
import { registerPetitionRoutes } from './petitions/petitions.routes';
import { registerUserRoutes } from './users/users.routes';

/** Every feature's routes, in one readable list. */
const ROUTES: Array<(app: App, deps: AppDeps) => void> = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerOrgUnitRoutes,
  registerUserRoutes,
  registerAuditRoutes,
  registerCalendarRoutes,
  registerDeadlineRoutes,
  registerAttachmentRoutes,
  registerReceptionRoutes,
  registerPetitionRoutes,
];

export async function buildApp(deps: AppDeps, options: { logger?: FastifyServerOptions['logger'] } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // JSON bodies. Attachment uploads are raw bytes with their own limit, ATTACHMENT_MAX_BYTES (attachments.routes.ts).
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerProblemResponses(app);

  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Oversight API',
        version: deps.config.version,
        description:
          'Citizen reception, petitions and supervision. Errors are RFC 9457 problem+json with a stable `code`; ' +
          'messages follow Accept-Language (vi, en). Authenticate with the session cookie or `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'oversight_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // No validator badge: it would load an image from validator.swagger.io (and send it our document).
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthentication(app, deps);
  for (const register of ROUTES) register(app, deps);

  const webDir = resolve(deps.config.webDistDir);
  const hasWeb = existsSync(resolve(webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    // Vite's content-hashed /assets never change under a name: cached for a year, served as the .br/.gz files made
    // by scripts/compress-web.mjs. Everything else (index.html above all) is revalidated on every load.
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const isHashedAsset = relative(webDir, filePath).split(sep)[0] === 'assets';
        reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') return sendRouteNotFound(request, reply);
    // Client-side routes of the single-page app.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
