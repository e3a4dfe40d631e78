import { z } from 'zod';
import { IdParamsSchema, StringSchema } from '../../shared/common.schemas';
import {
  ApiTokenCreatedSchema,
  ApiTokenCreateSchema,
  ApiTokenSchema,
  GrantInputSchema,
  UserCreateSchema,
  UserSchema,
  UserUpdateSchema,
} from '../../shared/users/users.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.service';
import { createUser, getUser, grantRole, listUsers, revokeRole, unlockUser, updateUser } from './users.service';

const tags = ['users'];

export function registerUserRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Users with a role in your scope',
        querystring: z.object({ q: StringSchema().max(100).optional() }),
        response: { 200: z.array(UserSchema) },
      },
    },
    async (request) => listUsers(deps, actorOf(request), request.query.q),
  );

  app.post(
    '/api/v1/users',
    { schema: { tags, summary: 'Create a user with roles', body: UserCreateSchema, response: { 201: UserSchema } } },
    async (request, reply) => reply.code(201).send(await createUser(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'One user', params: IdParamsSchema, response: { 200: UserSchema } } },
    async (request) => getUser(deps, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, language, password or active state',
        params: IdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => updateUser(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Lift the sign-in locks of a user (after repeated failed sign-ins from some address)',
        params: IdParamsSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => unlockUser(deps, actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/users/:id/grants',
    {
      schema: { tags, summary: 'Grant a role on a unit', params: IdParamsSchema, body: GrantInputSchema, response: { 200: UserSchema } },
    },
    async (request) => grantRole(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/users/:id/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Revoke a role',
        params: IdParamsSchema.extend({ grantId: StringSchema().min(1).max(100) }),
        response: { 200: UserSchema },
      },
    },
    async (request) => revokeRole(deps, actorOf(request), request.params.id, request.params.grantId),
  );

  app.get(
    '/api/v1/tokens',
    { schema: { tags: ['tokens'], summary: 'Your API tokens', response: { 200: z.array(ApiTokenSchema) } } },
    async (request) => listApiTokens(deps, actorOf(request)),
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Issue an API token (the secret is shown once)',
        body: ApiTokenCreateSchema,
        response: { 201: ApiTokenCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(deps, actorOf(request), request.body)),
  );

  app.delete(
    '/api/v1/tokens/:id',
    { schema: { tags: ['tokens'], summary: 'Revoke an API token', params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiToken(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
