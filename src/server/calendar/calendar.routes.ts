import { z } from 'zod';
import { CalendarYearInputSchema, CalendarYearSchema } from '../../shared/calendar/calendar.schemas';
import { actorOf, type App } from '../http/context';
import type { AppDeps } from '../deps';
import { deleteCalendarYear, getCalendarYear, putCalendarYear } from './calendar.service';

const YearParamsSchema = z.object({ year: z.coerce.number().int().min(1900).max(2100) });
const tags = ['calendar'];

export function registerCalendarRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/calendar/:year',
    {
      schema: {
        tags,
        summary: "The year's days off and make-up working Saturdays, each with its name and source (official, derived or custom)",
        params: YearParamsSchema,
        response: { 200: CalendarYearSchema },
      },
    },
    async (request) => getCalendarYear(deps, request.params.year),
  );

  app.put(
    '/api/v1/calendar/:year',
    {
      schema: {
        tags,
        summary: "Replace a year's schedule (administrators); audit-logged, used by clocks computed afterwards",
        params: YearParamsSchema,
        body: CalendarYearInputSchema,
        response: { 200: CalendarYearSchema },
      },
    },
    async (request) => putCalendarYear(deps, actorOf(request), request.params.year, request.body),
  );

  app.delete(
    '/api/v1/calendar/:year',
    {
      schema: {
        tags,
        summary: "Drop an administrator's schedule; the year reverts to the official or derived one",
        params: YearParamsSchema,
        response: { 200: CalendarYearSchema },
      },
    },
    async (request) => deleteCalendarYear(deps, actorOf(request), request.params.year),
  );
}
