import { z } from 'zod';
import { MatterClocksRequestSchema, ClockSchema } from '../../shared/deadlines/matter-clocks.schemas';
import {
  DeadlineComputeRequestSchema,
  DeadlineComputeResponseSchema,
  RuleIdSchema,
  RuleOverrideSchema,
  RuleOverridesSchema,
  RuleSchema,
} from '../../shared/deadlines/deadlines.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import { clearRuleOverride, setRuleOverride } from '../calendar/rule-overrides.service';
import { computeMatterClocksFor, computeDeadlineFor, listRules } from './deadlines.service';

const tags = ['deadlines'];
const RuleTableSchema = z.object({ rules: z.array(RuleSchema), overrides: RuleOverridesSchema }).meta({ id: 'RuleTable' });

export function registerDeadlineRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/deadlines/compute',
    {
      schema: {
        tags,
        summary: 'Compute one statutory deadline and explain it (rule, source, counted and skipped days, shift)',
        body: DeadlineComputeRequestSchema,
        response: { 200: DeadlineComputeResponseSchema },
      },
    },
    async (request) => computeDeadlineFor(deps, request.body),
  );

  app.post(
    '/api/v1/deadlines/clocks',
    {
      schema: {
        tags,
        summary: "Every clock of a matter from its events, with state (running, paused, met, overdue, very-overdue)",
        body: MatterClocksRequestSchema,
        response: { 200: z.array(ClockSchema) },
      },
    },
    async (request) => computeMatterClocksFor(deps, request.body),
  );

  app.get(
    '/api/v1/deadlines/rules',
    { schema: { tags, summary: 'The versioned rule table (2021 and 2026 rules) and administrators’ overrides', response: { 200: RuleTableSchema } } },
    async () => listRules(deps),
  );

  app.put(
    '/api/v1/deadlines/rules/:id/override',
    {
      schema: {
        tags,
        summary: 'Change a rule’s unit or count where the sources leave it open (administrators)',
        params: z.object({ id: RuleIdSchema }),
        body: RuleOverrideSchema,
        response: { 200: RuleOverridesSchema },
      },
    },
    async (request) => setRuleOverride(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/deadlines/rules/:id/override',
    {
      schema: { tags, summary: 'Return a rule to its statutory default', params: z.object({ id: RuleIdSchema }), response: { 200: RuleOverridesSchema } },
    },
    async (request) => clearRuleOverride(deps, actorOf(request), request.params.id),
  );
}
