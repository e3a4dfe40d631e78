import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { canonicalJson } from '../../shared/audit/canonical-json';
import type { AuditEntry, AuditVerify } from '../../shared/audit/audit.schemas';
import type { Actor } from '../auth/actor';
import type { Clock } from '../clock';
import type { AuditLogTable, DB } from '../db/schema';
import { appendAuditEntry, iterateAuditLog, lockAuditHead, readAuditHead } from './audit.repository';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Keys that never enter the audit log, whatever entity they sit on. */
const SECRET_KEYS = new Set(['password', 'currentPassword', 'passwordHash', 'token', 'tokenHash']);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

export function hashAuditEntry(prevHash: string, e: Omit<AuditLogTable, 'prevHash' | 'hash'>): string {
  const payload = canonicalJson({
    seq: e.seq,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    unitId: e.unitId,
    beforeJson: e.beforeJson,
    afterJson: e.afterJson,
  });
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/**
 * Appends one entry to the hash-chained audit log inside the caller's transaction, so the entry commits or rolls
 * back with the write it describes.
 */
export async function recordAudit(trx: Transaction<DB>, clock: Clock, actor: Actor, rec: AuditRecord): Promise<void> {
  const head = await lockAuditHead(trx);
  const entry = {
    seq: head.lastSeq + 1,
    at: clock.now().toISOString(),
    actorId: actor.userId,
    actorName: actor.kind === 'system' ? 'system' : actor.username,
    action: rec.action,
    entityType: rec.entityType,
    entityId: rec.entityId,
    unitId: rec.unitId,
    beforeJson: rec.before === undefined || rec.before === null ? null : canonicalJson(redact(rec.before)),
    afterJson: rec.after === undefined || rec.after === null ? null : canonicalJson(redact(rec.after)),
  };
  await appendAuditEntry(trx, { ...entry, prevHash: head.lastHash, hash: hashAuditEntry(head.lastHash, entry) });
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

/**
 * Walks the chain from the first entry and reports the first link that does not hold: a sequence gap, a
 * `prevHash` that is not the previous entry's hash, or a hash that does not match the entry's content.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditVerify> {
  let prevHash = '0'.repeat(64);
  let expectedSeq = 1;
  let checked = 0;
  for await (const row of iterateAuditLog(db)) {
    const broken = (reason: string): AuditVerify => ({ ok: false, checked, firstBrokenSeq: row.seq, reason });
    if (row.seq !== expectedSeq) return broken(`expected entry ${expectedSeq}, found ${row.seq}`);
    if (row.prevHash !== prevHash) return broken('prev_hash does not match the previous entry');
    if (hashAuditEntry(prevHash, row) !== row.hash) return broken('content does not match its hash');
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  const head = await readAuditHead(db);
  if (head.lastSeq !== checked || head.lastHash !== prevHash) {
    return { ok: false, checked, firstBrokenSeq: checked + 1, reason: 'entries are missing from the end of the log' };
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
