import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../http/context';
import type { AppDeps } from '../deps';

const HealthSchema = z
  .object({ status: z.enum(['ok', 'degraded']), database: z.enum(['sqlite', 'postgres']), version: z.string() })
  .meta({ id: 'Health' });

export function registerHealthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/health',
    { config: { public: true }, schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: HealthSchema } } },
    async () => {
      let status: 'ok' | 'degraded' = 'ok';
      try {
        await sql`select 1`.execute(deps.db);
      } catch {
        status = 'degraded';
      }
      return { status, database: deps.engine, version: deps.config.version };
    },
  );
}
