import { IdParamsSchema } from '../../shared/common.schemas';
import { PetitionCreateSchema } from '../../shared/petitions/petitions.schemas';
import {
  DuplicateCandidatesSchema, DuplicateQuerySchema, MyWorkPageSchema, MyWorkQuerySchema, PetitionIdentitySchema,
  PetitionListQuerySchema, PetitionPageSchema, PetitionViewSchema,
} from '../../shared/petitions/petition-views.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import { registerPetition } from './petition-intake.service';
import { getPetition, revealIdentity } from './petition-read.service';
import { findDuplicates, listMyWork, listPetitions } from './petition-register.service';

const tags = ['petitions'];

export function registerPetitionRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/petitions',
    { schema: { tags, summary: 'Register a petition: one matter per content, numbered, with its clocks', body: PetitionCreateSchema, response: { 201: PetitionViewSchema } } },
    async (request, reply) => reply.code(201).send(await registerPetition(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/petitions',
    { schema: { tags, summary: 'The petition register in your scope: search and filters', querystring: PetitionListQuerySchema, response: { 200: PetitionPageSchema } } },
    async (request) => listPetitions(deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/petitions/duplicates',
    {
      schema: {
        tags,
        summary: 'Earlier petitions of the same petitioner or content in your scope (possible repeats)',
        querystring: DuplicateQuerySchema,
        response: { 200: DuplicateCandidatesSchema },
      },
    },
    async (request) => findDuplicates(deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/petitions/:id',
    { schema: { tags, summary: 'A petition with its matters, events and clocks (protected identities hidden)', params: IdParamsSchema, response: { 200: PetitionViewSchema } } },
    async (request) => getPetition(deps, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/petitions/:id/identity',
    {
      schema: {
        tags,
        summary: 'Reveal a denouncer’s identity (needs the permission; every reveal is audit-logged)',
        params: IdParamsSchema,
        response: { 200: PetitionIdentitySchema },
      },
    },
    async (request) => revealIdentity(deps, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/my-work',
    { schema: { tags, summary: 'Open matters of your units, most urgent first', querystring: MyWorkQuerySchema, response: { 200: MyWorkPageSchema } } },
    async (request) => listMyWork(deps, actorOf(request), request.query),
  );
}
