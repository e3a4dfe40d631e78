import { AppError } from '../../shared/errors';
import type { AppDeps } from '../deps';
import type { App } from '../http/context';
import { actorFromApiToken, actorFromSession, type AuthDeps } from './sessions.service';

export const SESSION_COOKIE = 'oversight_session';

export function sessionDeps(deps: AppDeps): AuthDeps {
  return {
    db: deps.db,
    time: deps.time,
    authz: deps.authz,
    auditKey: deps.auditKey,
    sessionTtlHours: deps.config.sessionTtlHours,
    sessionIdleMinutes: deps.config.sessionIdleMinutes,
  };
}

/**
 * Resolves the actor from `Authorization: Bearer …` or the session cookie; refuses non-public routes without one.
 * Runs on `onRequest`, before the body is parsed or validated: an anonymous caller learns nothing about a route's
 * input (no field list, no 415/413) and cannot make the server parse large bodies.
 */
export function registerAuthentication(app: App, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    // Only API routes need an actor; unknown URLs (and the web app's files) go on to a 404 or the file.
    if (!request.routeOptions.url?.startsWith('/api/v1/')) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = await actorFromApiToken(sessionDeps(deps), auth.slice(7).trim());
      if (!request.actor) throw new AppError('UNAUTHENTICATED');
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await actorFromSession(sessionDeps(deps), token);
    if (!request.actor && !request.routeOptions.config.public) {
      throw new AppError(token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
  });
}
