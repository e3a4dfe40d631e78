import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditVerify } from '../../shared/audit/audit.schemas';
import { SYSTEM_ACTOR } from '../auth/actor';
import type { TimeSource } from '../time-source';
import type { Engine } from '../db/database';
import type { DB } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';
import { iterateAuditLog, lockAuditHead, readAuditHead } from './audit.repository';
import { checkAuditTriggers, restoreAuditTriggers } from './audit-triggers';
import { recordAudit } from './audit.service';

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

type Links = { ok: true; checked: number; unkeyed: number } | { ok: false; checked: number; unkeyed: number; firstBrokenSeq: number; reason: string };

/**
 * Walks the chain from the first entry and reports the first link that does not hold: a sequence gap, a `prevHash`
 * that is not the previous entry's hash, a hash that does not match the content, an entry signed with another key.
 * Unkeyed (SHA-256) entries may only precede the keyed ones, and a non-empty chain must end with a keyed entry: the
 * last keyed hash covers every earlier link, so rewriting any of them (or downgrading keyed entries) shows.
 */
async function verifyLinks(db: Kysely<DB>, key: SecretKey, opts: { allowUnkeyedEnd: boolean }): Promise<Links> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let unkeyed = 0;
  for await (const row of iterateAuditLog(db)) {
    const broken = (reason: string): Links => ({ ok: false, checked, unkeyed, firstBrokenSeq: row.seq, reason });
    if (row.seq !== expectedSeq) return broken(`expected entry ${expectedSeq}, found ${row.seq}`);
    if (row.prevHash !== prevHash) return broken('prev_hash does not match the previous entry');
    if (row.keyId === null) {
      if (checked > unkeyed) return broken('entry has no key although earlier entries are keyed: it was rewritten');
      if (!sameHex(hashAuditEntry(prevHash, row, null), row.hash)) return broken('content does not match its hash');
      unkeyed += 1;
    } else {
      if (row.keyId !== key.fingerprint) {
        return broken(`entry was signed with another key (fingerprint ${row.keyId}); the configured audit key is ${key.fingerprint}`);
      }
      if (!sameHex(hashAuditEntry(prevHash, row, key), row.hash)) return broken('content does not match its keyed hash (HMAC)');
    }
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  const head = await readAuditHead(db);
  if (head.lastSeq !== checked || head.lastHash !== prevHash) {
    return { ok: false, checked, unkeyed, firstBrokenSeq: checked + 1, reason: 'entries are missing from the end of the log' };
  }
  if (checked > 0 && unkeyed === checked && !opts.allowUnkeyedEnd) {
    return {
      ok: false,
      checked,
      unkeyed,
      firstBrokenSeq: checked,
      reason:
        'no entry is keyed: the chain was rewritten without the audit key, or the server has not started since the ' +
        'upgrade that keys it (run `oversight migrate`)',
    };
  }
  return { ok: true, checked, unkeyed };
}

export interface AuditChainDeps {
  db: Kysely<DB>;
  engine: Engine;
  time: TimeSource;
  auditKey: SecretKey;
}

/** `audit verify`: the chain under the configured key, and the triggers that keep the log append-only. */
export async function verifyAuditChain(deps: Omit<AuditChainDeps, 'clock'>): Promise<AuditVerify> {
  const links = await verifyLinks(deps.db, deps.auditKey, { allowUnkeyedEnd: false });
  const triggerProblems = await checkAuditTriggers(deps.db, deps.engine);
  const common = { checked: links.checked, unkeyedEntries: links.unkeyed, keyFingerprint: deps.auditKey.fingerprint, triggerProblems };
  if (!links.ok) return { ok: false, ...common, firstBrokenSeq: links.firstBrokenSeq, reason: links.reason };
  if (triggerProblems.length) {
    return { ok: false, ...common, firstBrokenSeq: null, reason: `the append-only protection is not in place: ${triggerProblems.join('; ')}` };
  }
  return { ok: true, ...common, firstBrokenSeq: null, reason: null };
}

export interface AuditPreparation {
  /** What was wrong with the protecting triggers before they were re-created. */
  restoredTriggers: string[];
  /** Unkeyed entries sealed by a keyed `audit.chain-keyed` entry (0: nothing to seal). */
  sealedEntries: number;
  /** Why unkeyed entries were left unsealed: their chain does not verify, so it must not be vouched for. */
  sealRefused: string | null;
}

/**
 * Run at start-up and by `oversight migrate`, after the migrations: puts the protecting triggers back (recording
 * that in the log) and, for a database whose chain was written before it was keyed, appends once a keyed entry
 * that covers the old entries, but only after verifying them intact. Old entries are not re-signed: their hashes
 * stay what exports and printouts may already quote, and the keyed entry after them commits to all of them.
 */
export async function prepareAuditLog(deps: AuditChainDeps): Promise<AuditPreparation> {
  // Seal first: any keyed entry (the trigger restoration's included) would otherwise cover unverified old entries.
  const seal = await sealUnkeyedChain(deps);
  const restoredTriggers = await restoreAuditTriggers(deps.db, deps.engine);
  if (restoredTriggers.length) {
    await deps.db.transaction().execute((trx) =>
      recordAudit(trx, deps, SYSTEM_ACTOR, {
        action: 'audit.triggers-restored',
        entityType: 'audit_log',
        entityId: 'triggers',
        unitId: null,
        after: { problems: restoredTriggers },
      }),
    );
  }
  return { restoredTriggers, ...seal };
}

async function sealUnkeyedChain(deps: AuditChainDeps): Promise<Pick<AuditPreparation, 'sealedEntries' | 'sealRefused'>> {
  const head = await readAuditHead(deps.db);
  const last = await deps.db.selectFrom('auditLog').select('keyId').where('seq', '=', head.lastSeq).executeTakeFirst();
  if (!last || last.keyId !== null) return { sealedEntries: 0, sealRefused: null };
  const links = await verifyLinks(deps.db, deps.auditKey, { allowUnkeyedEnd: true });
  if (!links.ok) return { sealedEntries: 0, sealRefused: `entry ${links.firstBrokenSeq}: ${links.reason}` };
  const sealedEntries = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockAuditHead(trx);
    const still = await trx.selectFrom('auditLog').select('keyId').where('seq', '=', locked.lastSeq).executeTakeFirst();
    if (still?.keyId !== null) return 0; // another process sealed it meanwhile
    await recordAudit(trx, deps, SYSTEM_ACTOR, {
      action: 'audit.chain-keyed',
      entityType: 'audit_log',
      entityId: String(locked.lastSeq),
      unitId: null,
      after: { sealedSeq: locked.lastSeq, sealedHash: locked.lastHash, algorithm: 'HMAC-SHA256', keyFingerprint: deps.auditKey.fingerprint },
    });
    return locked.lastSeq;
  });
  return { sealedEntries, sealRefused: null };
}
