import { z } from 'zod';
import { IdParamsSchema } from '../../shared/common.schemas';
import {
  CitizenLookupQuerySchema,
  CitizenSchema,
  ReceptionDutyQuerySchema,
  ReceptionDutySchema,
  ReceptionSessionListQuerySchema,
  ReceptionSessionSchema,
  ReceptionTurnListQuerySchema,
  ReceptionTurnSchema,
} from '../../shared/reception/reception-api.schemas';
import { ReceptionSessionCreateSchema, ReceptionTurnCreateSchema } from '../../shared/reception/reception.schemas';
import type { AppDeps } from '../deps';
import { actorOf, type App } from '../http/context';
import { lookupCitizens } from './citizens.service';
import { checkHeadsReceptionDuty } from './reception-duty.service';
import { createReceptionSession, getReceptionSession, listReceptionSessions } from './reception-sessions.service';
import { getReceptionTurn, listReceptionTurns, recordReceptionTurn } from './reception-turns.service';

const tags = ['reception'];

/** Citizen reception (rules F): sessions, turns, returning-citizen lookup and the heads' duty check. */
export function registerReceptionRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/reception-sessions',
    { schema: { tags, summary: 'Open a reception session', body: ReceptionSessionCreateSchema, response: { 201: ReceptionSessionSchema } } },
    async (request, reply) => reply.code(201).send(await createReceptionSession(deps, actorOf(request), request.body)),
  );
  app.get(
    '/api/v1/reception-sessions',
    { schema: { tags, summary: 'Reception sessions in your scope, latest first', querystring: ReceptionSessionListQuerySchema, response: { 200: z.array(ReceptionSessionSchema) } } },
    async (request) => listReceptionSessions(deps, actorOf(request), request.query),
  );
  app.get(
    '/api/v1/reception-sessions/:id',
    { schema: { tags, summary: 'One reception session', params: IdParamsSchema, response: { 200: ReceptionSessionSchema } } },
    async (request) => getReceptionSession(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/api/v1/reception-turns',
    {
      schema: {
        tags,
        summary: 'Record a reception turn (citizens found or recorded, numbered in the unit’s register)',
        description: 'Refused with PETITION_INVALID (422) when a rule of sections C or F is broken: a group of 5 or more without 1–2 (over 10: 1–5) representatives, a refusal ground not in force on the day.',
        body: ReceptionTurnCreateSchema,
        response: { 201: ReceptionTurnSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await recordReceptionTurn(deps, actorOf(request), request.body)),
  );
  app.get(
    '/api/v1/reception-turns',
    { schema: { tags, summary: 'Reception turns in your scope, latest first', querystring: ReceptionTurnListQuerySchema, response: { 200: z.array(ReceptionTurnSchema) } } },
    async (request) => listReceptionTurns(deps, actorOf(request), request.query),
  );
  app.get(
    '/api/v1/reception-turns/:id',
    { schema: { tags, summary: 'One reception turn with its citizens and matters', params: IdParamsSchema, response: { 200: ReceptionTurnSchema } } },
    async (request) => getReceptionTurn(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/v1/citizens',
    {
      schema: {
        tags,
        summary: 'Find returning citizens as one types (name, phone, document number; accents and word order ignored)',
        querystring: CitizenLookupQuerySchema,
        response: { 200: z.array(CitizenSchema) },
      },
    },
    async (request) => lookupCitizens(deps, actorOf(request), request.query),
  );
  app.get(
    '/api/v1/reception-duty',
    { schema: { tags, summary: "Heads' reception duty for a month: required against held days (rules F4)", querystring: ReceptionDutyQuerySchema, response: { 200: z.array(ReceptionDutySchema) } } },
    async (request) => checkHeadsReceptionDuty(deps, actorOf(request), request.query),
  );
}
