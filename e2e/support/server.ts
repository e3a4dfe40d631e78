import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { createDeps } from '../../src/server/deps';
import { createFieldCrypto } from '../../src/server/secrets/field-crypto';
import { ephemeralKey } from '../../src/server/secrets/key-file';
import { seedDemo } from '../../src/server/seed/demo-seed';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real server in this process: a fresh SQLite file with the demo data, the built web app from dist/web, and an
 * ephemeral port. Everything is removed on close.
 */
export async function startDemoServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-e2e-'));
  const database = createDatabase({ engine: 'sqlite', file: join(dir, 'oversight.sqlite') });
  await migrateToLatest(database);
  const config = loadConfig({ WEB_DIST_DIR: 'dist/web', DATA_DIR: dir, LOG_LEVEL: 'silent' });
  // Cheaper password hashes keep seeding fast; the server reads the cost from each hash.
  const deps = createDeps({
    database,
    config,
    auditKey: ephemeralKey('audit key'),
    fieldCrypto: createFieldCrypto({ current: ephemeralKey('encryption key') }),
    passwordLogN: 10,
  });
  await seedDemo(deps);
  const app = await buildApp(deps);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
