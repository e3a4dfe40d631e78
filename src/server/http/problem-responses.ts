import type { RouteOptions } from 'fastify';
import { ProblemSchema } from '../../shared/common.schemas';
import type { App } from './context';

const DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields',
  401: 'UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token',
  403: 'FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here',
  404: 'NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too)',
  409: 'CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change',
  413: 'PAYLOAD_TOO_LARGE: the body is over the size limit',
  415: 'UNSUPPORTED_MEDIA_TYPE: the body is not JSON',
  422: 'A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER)',
  429: 'RATE_LIMITED: too many requests; try again later',
  500: 'INTERNAL: an unexpected error; nothing of the internals is revealed',
};

/**
 * The error statuses a route can answer, derived from what the route is: every API route may meet a bad API token
 * (401) or an unexpected failure (500); routes with input can fail validation; non-public routes check roles; a
 * route with path parameters looks a record up; a write can conflict or break a business rule; a rate-limited route
 * can say 429. Statuses a route declares itself are left as declared.
 */
export function problemStatusesOf(route: Pick<RouteOptions, 'method' | 'url' | 'schema' | 'config'>): number[] {
  const schema = route.schema ?? {};
  const config = (route.config ?? {}) as { public?: boolean; rateLimit?: unknown };
  const methods = [route.method].flat().map((m) => String(m).toUpperCase());
  const isWrite = methods.some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH' || m === 'DELETE');
  const statuses = new Set([401, 500]);
  if (schema.body || schema.querystring || schema.params) statuses.add(400);
  if (schema.body) [413, 415].forEach((s) => statuses.add(s));
  if (!config.public) statuses.add(403);
  if (schema.params) statuses.add(404);
  if (isWrite && !config.public) [409, 422].forEach((s) => statuses.add(s));
  if (config.rateLimit) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Adds the problem+json responses (RFC 9457, `Problem` schema) each `/api/v1` route can give to its response
 * schemas, in one place rather than in every route file. They document the API (OpenAPI, the typed client) and
 * serialise the error answers through the same schema. Must be registered before the routes.
 */
export function registerProblemResponses(app: App): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') || !route.schema || route.schema.hide) return;
    const response = { ...((route.schema.response as Record<string, unknown> | undefined) ?? {}) };
    for (const status of problemStatusesOf(route)) {
      if (response[status] !== undefined) continue;
      response[status] = {
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      };
    }
    route.schema = { ...route.schema, response };
  });
}
