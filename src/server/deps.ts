import type { Kysely } from 'kysely';
import type { AttachmentOwners } from './attachments/attachment-owners';
import type { BlobCipher } from './attachments/blob-cipher';
import { type Authorizer, createAuthorizer } from './auth/authorize';
import { type TimeSource, systemTime } from './time-source';
import type { Config } from './config';
import type { Database, Engine } from './db/database';
import type { DB } from './db/schema';
import { resolveFieldCrypto } from './secrets/encryption-keys';
import type { FieldCrypto } from './secrets/field-crypto';
import { resolveSecretKey, type SecretKey } from './secrets/key-file';

/** Everything a service or route needs, built once by `createDeps` and handed to each feature explicitly. */
export interface AppDeps {
  db: Kysely<DB>;
  engine: Engine;
  config: Config;
  time: TimeSource;
  authz: Authorizer;
  /** HMAC key of the audit chain, held outside the database (see server/secrets/key-file.ts). */
  auditKey: SecretKey;
  /** Seals and opens protected fields (a denouncer's identity) under the encryption key, held outside the database. */
  fieldCrypto: FieldCrypto;
  /** scrypt cost exponent for new password hashes (tests lower it). */
  passwordLogN?: number;
  /** The records that carry attachments, each with the policy deciding who may attach and read (see attachments/). */
  attachmentOwners?: AttachmentOwners;
  /** Seals protected attachments (from the field-encryption key); without it protected files are refused. */
  attachmentCipher?: BlobCipher | null;
}

export interface DepsOptions {
  database: Database;
  config: Config;
  time?: TimeSource;
  /** The audit key; by default resolved from the configuration (which may create the key file on first run). */
  auditKey?: SecretKey;
  /** The field encryption; by default resolved from the configuration (a different key from the audit key). */
  fieldCrypto?: FieldCrypto;
  passwordLogN?: number;
}

/**
 * The one place that wires the services' dependencies, for the server, the CLI, the tests, the end-to-end journeys
 * and the benchmarks alike.
 */
export function createDeps(options: DepsOptions): AppDeps {
  const { database, config } = options;
  const auditKey = options.auditKey ?? resolveSecretKey('audit key', config.auditKey);
  return {
    db: database.db,
    engine: database.engine,
    config,
    time: options.time ?? systemTime,
    authz: createAuthorizer(database.db),
    auditKey,
    fieldCrypto: options.fieldCrypto ?? resolveFieldCrypto(config, auditKey),
    ...(options.passwordLogN !== undefined ? { passwordLogN: options.passwordLogN } : {}),
  };
}
