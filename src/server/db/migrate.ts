import { Migrator } from 'kysely';
import type { Database } from './database';
import { MIGRATIONS } from './migrations/index';

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(database: Pick<Database, 'db' | 'engine' | 'schema'>): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(database.engine === 'postgres' ? { migrationTableSchema: database.schema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
