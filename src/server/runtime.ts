import { type TimeSource, systemTime } from './time-source';
import type { Config } from './config';
import { createDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { type AuditPreparation, prepareAuditLog } from './audit/audit-chain';
import { type AppDeps, createDeps } from './deps';
import { resolveFieldCrypto } from './secrets/encryption-keys';
import { resolveSecretKey } from './secrets/key-file';

export interface Runtime {
  database: Database;
  deps: AppDeps;
  migrated: string[];
  /** Protecting triggers restored, or a pre-key chain sealed, at this start (see audit-chain.ts). */
  audit: AuditPreparation;
  close(): Promise<void>;
}

/**
 * Resolves the audit key and the encryption keys (refusing to start without them), opens the configured database, brings its schema up to
 * date, restores the audit log's protecting triggers and wires the services' dependencies.
 */
export async function openRuntime(
  config: Config,
  time: TimeSource = systemTime,
  options: { prepareAudit?: boolean } = {},
): Promise<Runtime> {
  const auditKey = resolveSecretKey('audit key', config.auditKey);
  const fieldCrypto = resolveFieldCrypto(config, auditKey);
  const database = createDatabase(config.database);
  try {
    const migrated = await migrateToLatest(database);
    const deps = createDeps({ database, config, time, auditKey, fieldCrypto });
    // `audit verify` looks at the log as it is, before anything is repaired.
    const audit = options.prepareAudit === false ? { restoredTriggers: [], sealedEntries: 0, sealRefused: null } : await prepareAuditLog(deps);
    return { database, deps, migrated, audit, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
