import { createAuthorizer } from './auth/authorize';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { createDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { AppDeps } from './http/context';

export interface Runtime {
  database: Database;
  deps: AppDeps;
  migrated: string[];
  close(): Promise<void>;
}

/** Opens the configured database, brings its schema up to date and wires the services' dependencies. */
export async function openRuntime(config: Config, clock: Clock = systemClock): Promise<Runtime> {
  const database = createDatabase(config.database);
  try {
    const migrated = await migrateToLatest(database);
    const deps: AppDeps = { db: database.db, engine: database.engine, config, clock, authz: createAuthorizer(database.db) };
    return { database, deps, migrated, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
