import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../auth/actor';
import { ORG_GRAPH_VERSION_KEY, type Authorizer } from '../auth/authorize';
import { type AuditRecord, lockAuditChain, recordAudit } from '../audit/audit.service';
import type { TimeSource } from '../time-source';
import type { SecretKey } from '../secrets/key-file';
import type { DB } from './schema';

/**
 * Shared state that several server processes cache. A write that changes one bumps its version row in the same
 * transaction (so other processes reload) and drops this process's copy after the commit.
 */
export const VERSIONED = {
  'org-graph': ORG_GRAPH_VERSION_KEY,
  calendar: 'calendar_version',
} as const;
export type Versioned = keyof typeof VERSIONED;

export interface WriteDeps {
  db: Kysely<DB>;
  time: TimeSource;
  authz: Authorizer;
  /** Keys the audit chain (held outside the database). */
  auditKey: SecretKey;
}

/** One write in progress: its transaction, its actor and the one instant it happens at. */
export interface Write {
  readonly trx: Transaction<DB>;
  readonly actor: Actor;
  /** The instant of the whole write, ISO-8601 UTC: every row and audit entry of it carries the same time. */
  readonly now: string;
  /** Appends an audit entry in this transaction: it commits or rolls back with the write it describes. */
  audit(record: AuditRecord): Promise<void>;
  /** Marks shared cached state as changed (once per write, whatever the number of calls). */
  changed(what: Versioned): void;
}

interface WriteState extends Write {
  dirty: Set<Versioned>;
}

/**
 * The one write path: runs `fn` in one transaction together with its audit entries and version bumps, and
 * invalidates this process's caches after the commit. Called with the `Write` of an enclosing write, it joins it
 * instead of opening a nested transaction, so services compose (a petition intake can create a citizen, a matter and
 * its counters in one commit). A thrown error rolls everything back: a failed request changes nothing.
 */
export async function write<T>(
  deps: WriteDeps,
  actor: Actor,
  fn: (w: Write) => Promise<T>,
  enclosing?: Write,
): Promise<T> {
  if (enclosing) return fn(enclosing);
  let state: WriteState | undefined;
  const result = await deps.db.transaction().execute(async (trx) => {
    // Every write ends with an audit entry, which locks the audit head; taking that lock first makes the
    // transaction a writer from its first statement. On SQLite a transaction that read before its first write fails
    // at once ("database is locked") if another process committed meanwhile, and the busy timeout cannot help;
    // on PostgreSQL one order of locks (audit head, then anything else) leaves no room for deadlocks.
    await lockAuditChain(trx);
    const dirty = new Set<Versioned>();
    state = {
      trx,
      actor,
      now: deps.time.now().toISOString(),
      dirty,
      audit: (record) => recordAudit(trx, deps, actor, record),
      changed: (what) => void dirty.add(what),
    };
    const value = await fn(state);
    for (const what of dirty) await bumpVersion(trx, VERSIONED[what]);
    return value;
  });
  if (state?.dirty.has('org-graph')) deps.authz.invalidate();
  return result;
}

async function bumpVersion(trx: Transaction<DB>, key: string): Promise<void> {
  const value = randomUUID();
  await trx
    .insertInto('appMeta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Reads the version row of cached shared state ('0' before the first write). */
export async function readVersion(db: Kysely<DB> | Transaction<DB>, what: Versioned): Promise<string> {
  const row = await db.selectFrom('appMeta').select('value').where('key', '=', VERSIONED[what]).executeTakeFirst();
  return row?.value ?? '0';
}
