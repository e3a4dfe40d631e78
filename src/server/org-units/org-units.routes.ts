import { z } from 'zod';
import { IsoDateSchema, IdParamsSchema } from '../../shared/common.schemas';
import {
  OrgUnitCreateSchema,
  OrgUnitHistorySchema,
  OrgUnitListQuerySchema,
  OrgUnitSchema,
  OrgUnitTreeNodeSchema,
  OrgUnitUpdateSchema,
  SuccessionEventCreateSchema,
  SuccessionEventSchema,
} from '../../shared/org-units/org-units.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import {
  createOrgUnit,
  getOrgUnit,
  getOrgUnitHistory,
  getOrgUnitTree,
  listOrgUnits,
  updateOrgUnit,
} from './org-units.service';
import { createSuccessionEvent, listSuccessionEvents } from './succession.service';

const tags = ['org-units'];

export function registerOrgUnitRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/org-units',
    {
      schema: {
        tags,
        summary: 'List units in your scope, optionally as of a date',
        querystring: OrgUnitListQuerySchema,
        response: { 200: z.array(OrgUnitSchema) },
      },
    },
    async (request) => listOrgUnits(deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/org-units/tree',
    {
      schema: {
        tags,
        summary: 'The unit tree as of a date (all dates when asOf is omitted)',
        querystring: z.object({ asOf: IsoDateSchema.optional() }),
        response: { 200: z.array(OrgUnitTreeNodeSchema) },
      },
    },
    async (request) => getOrgUnitTree(deps, actorOf(request), request.query.asOf),
  );

  app.post(
    '/api/v1/org-units',
    { schema: { tags, summary: 'Create a unit', body: OrgUnitCreateSchema, response: { 201: OrgUnitSchema } } },
    async (request, reply) => reply.code(201).send(await createOrgUnit(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/org-units/:id',
    { schema: { tags, summary: 'One unit', params: IdParamsSchema, response: { 200: OrgUnitSchema } } },
    async (request) => getOrgUnit(deps, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/org-units/:id',
    {
      schema: { tags, summary: 'Change a unit', params: IdParamsSchema, body: OrgUnitUpdateSchema, response: { 200: OrgUnitSchema } },
    },
    async (request) => updateOrgUnit(deps, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/org-units/:id/history',
    {
      schema: {
        tags,
        summary: 'Succession events, predecessors, successors and the units that carry it on today',
        params: IdParamsSchema,
        response: { 200: OrgUnitHistorySchema },
      },
    },
    async (request) => getOrgUnitHistory(deps, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/org-units/:id/succession-events',
    {
      schema: {
        tags,
        summary: 'Succession events a unit took part in',
        params: IdParamsSchema,
        response: { 200: z.array(SuccessionEventSchema) },
      },
    },
    async (request) => listSuccessionEvents(deps, actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/succession-events',
    {
      schema: {
        tags,
        summary: 'Record a merge, split, rename or dissolution with its deciding document',
        body: SuccessionEventCreateSchema,
        response: { 201: SuccessionEventSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createSuccessionEvent(deps, actorOf(request), request.body)),
  );
}
