import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../../shared/audit/canonical-json';
import type { AuditLogTable } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';

export const GENESIS_HASH = '0'.repeat(64);

type HashedFields = Omit<AuditLogTable, 'prevHash' | 'hash' | 'keyId'>;

/**
 * The link of one entry: HMAC-SHA256 under the audit key of the previous hash and the entry's canonical JSON, so
 * nobody without the key (held outside the database) can recompute the chain after editing it. Without a key: the
 * plain SHA-256 of entries written before the chain was keyed.
 */
export function hashAuditEntry(prevHash: string, e: HashedFields, key: SecretKey | null): string {
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
  const mac = key ? createHmac('sha256', key.bytes) : createHash('sha256');
  return mac.update(prevHash).update('\n').update(payload).digest('hex');
}
