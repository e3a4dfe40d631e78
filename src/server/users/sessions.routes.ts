import { z } from 'zod';
import { LoginSchema, MeSchema } from '../../shared/users/users.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import { sessionDeps, SESSION_COOKIE } from './authenticate';
import { getUser } from './users.service';
import { login, logout } from './sessions.service';
import type { Actor } from '../auth/actor';

async function me(deps: AppDeps, actor: Actor) {
  const user = await getUser(deps, actor, actor.userId ?? '');
  return { user, actions: await deps.authz.allowedActions(actor) };
}

export function registerAuthRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], summary: 'Sign in; sets an httpOnly session cookie', body: LoginSchema, response: { 200: MeSchema } },
    },
    async (request, reply) => {
      const { token, actor, expiresAt } = await login(
        sessionDeps(deps),
        request.body.username,
        request.body.password,
        { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      );
      const secure = deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure === 'true';
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        expires: new Date(expiresAt),
      });
      return me(deps, actor);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.actor) await logout(sessionDeps(deps), request.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in on this browser, if anyone (never 401: for pages deciding what to show)',
        response: { 200: z.object({ me: MeSchema.nullable() }).meta({ id: 'Session' }) },
      },
    },
    async (request) => ({ me: request.actor ? await me(deps, request.actor) : null }),
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and what they may do', response: { 200: MeSchema } } },
    async (request) => me(deps, actorOf(request)),
  );
}
