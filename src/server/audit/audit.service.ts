import type { Transaction } from 'kysely';
import { canonicalJson } from '../../shared/audit/canonical-json';
import type { AuditEntry } from '../../shared/audit/audit.schemas';
import type { Actor } from '../auth/actor';
import type { TimeSource } from '../time-source';
import type { AuditLogTable, DB } from '../db/schema';
import { isSealed } from '../secrets/field-crypto';
import type { SecretKey } from '../secrets/key-file';
import { isProtected, PROTECTED_PLACEHOLDER } from '../secrets/protected';
import { hashAuditEntry } from './audit-hash';
import { appendAuditEntry, lockAuditHead } from './audit.repository';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Keys that never enter the audit log, whatever entity they sit on: credentials, and a denouncer's identity (name,
 * address, identity document, contact, handwriting; Law on Denunciations 2018 Art. 47, rules.md E5). The log is
 * append-only, so what enters it can never be taken out.
 */
const SECRET_KEYS = new Set([
  'password',
  'currentPassword',
  'passwordHash',
  'token',
  'tokenHash',
  'denouncer',
  'denouncers',
  'denouncerName',
  'denouncerAddress',
  'denouncerIdentityDocument',
  'denouncerIdNumber',
  'denouncerPhone',
  'denouncerEmail',
  'denouncerContact',
  'denouncerHandwriting',
]);
/** Any other key naming the denouncer (`denouncerBirthYear`, `denouncer_name`…) is dropped as well. */
const SECRET_KEY_PREFIX = /^denouncer/i;

const isSecretKey = (key: string) => SECRET_KEYS.has(key) || SECRET_KEY_PREFIX.test(key);

/** Drops secret keys; protected values and sealed envelopes (ciphertext is kept out of an undeletable log) read `[protected]`. */
function redact(value: unknown): unknown {
  if (isProtected(value) || isSealed(value)) return PROTECTED_PLACEHOLDER;
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !isSecretKey(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

/**
 * Appends one entry to the hash-chained audit log inside the caller's transaction, so the entry commits or rolls
 * back with the write it describes; its hash is keyed with the audit key (see audit-chain.ts).
 */
export async function recordAudit(
  trx: Transaction<DB>,
  deps: { time: TimeSource; auditKey: SecretKey },
  actor: Actor,
  rec: AuditRecord,
): Promise<void> {
  const head = await lockAuditHead(trx);
  const entry = {
    seq: head.lastSeq + 1,
    at: deps.time.now().toISOString(),
    actorId: actor.userId,
    actorName: actor.kind === 'system' ? 'system' : actor.username,
    action: rec.action,
    entityType: rec.entityType,
    entityId: rec.entityId,
    unitId: rec.unitId,
    beforeJson: rec.before === undefined || rec.before === null ? null : canonicalJson(redact(rec.before)),
    afterJson: rec.after === undefined || rec.after === null ? null : canonicalJson(redact(rec.after)),
  };
  const hash = hashAuditEntry(head.lastHash, entry, deps.auditKey);
  await appendAuditEntry(trx, { ...entry, prevHash: head.lastHash, hash, keyId: deps.auditKey.fingerprint });
}

/** Takes the audit chain's head for this transaction (a row lock on PostgreSQL, the write lock on SQLite). */
export async function lockAuditChain(trx: Transaction<DB>): Promise<void> {
  await lockAuditHead(trx);
}

export function toAuditEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    unitId: row.unitId,
    before: row.beforeJson ? JSON.parse(row.beforeJson) : null,
    after: row.afterJson ? JSON.parse(row.afterJson) : null,
    hash: row.hash,
  };
}
