import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database, type Engine } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * A fresh, migrated database. On PostgreSQL each one lives in its own schema of TEST_DATABASE_URL, so test files
 * run in parallel without seeing each other's rows; the schema is dropped on close.
 */
export async function createTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'sqlite') {
    const database = createDatabase({ engine: 'sqlite', file: ':memory:' });
    await migrateToLatest(database);
    return database;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await installSharedExtensions(admin);
  await admin.end();
  const database = createDatabase({ engine: 'postgres', url, schema, poolSize: 4 });
  await migrateToLatest(database);
  return {
    ...database,
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * Installs pg_trgm (search indexes) in `public` before any test schema migrates. Left to a migration, it would land
 * in the first test schema of the run and vanish, with every other schema's trigram index, when that schema is
 * dropped. The advisory lock keeps parallel test files from racing on `create extension`.
 */
export async function installSharedExtensions(client: pg.Client): Promise<void> {
  await client.query('select pg_advisory_lock(727001)');
  try {
    await client.query('create extension if not exists pg_trgm with schema public');
  } finally {
    await client.query('select pg_advisory_unlock(727001)');
  }
}
