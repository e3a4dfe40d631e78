import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable, DB } from '../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Takes the audit chain's head row for this transaction. On PostgreSQL the UPDATE holds a row lock until commit, so
 * concurrent writers (even in other server processes) append one after another; SQLite serialises writers anyway.
 */
export async function lockAuditHead(db: Executor): Promise<{ lastSeq: number; lastHash: string }> {
  await db.updateTable('auditHead').set((eb) => ({ lastSeq: eb('lastSeq', '+', 0) })).where('id', '=', 1).execute();
  return db.selectFrom('auditHead').select(['lastSeq', 'lastHash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function appendAuditEntry(db: Executor, entry: AuditLogTable): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute();
  await db.updateTable('auditHead').set({ lastSeq: entry.seq, lastHash: entry.hash }).where('id', '=', 1).execute();
}

export interface AuditRowFilter {
  entityType?: string;
  entityId?: string;
  /** A user's id; `null` for entries written by the system. */
  actorId?: string | null;
  action?: string;
  fromInstant?: string;
  toInstant?: string;
  beforeSeq?: number;
  /** Only entries about these units (or with no unit when `includeUnitless`); undefined = no restriction. */
  unitIds?: string[];
  includeUnitless?: boolean;
  limit: number;
}

export async function listAuditEntries(db: Executor, f: AuditRowFilter): Promise<AuditLogTable[]> {
  let q = db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(f.limit);
  if (f.entityType) q = q.where('entityType', '=', f.entityType);
  if (f.entityId) q = q.where('entityId', '=', f.entityId);
  if (f.actorId === null) q = q.where('actorId', 'is', null);
  else if (f.actorId) q = q.where('actorId', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.fromInstant) q = q.where('at', '>=', f.fromInstant);
  if (f.toInstant) q = q.where('at', '<', f.toInstant);
  if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
  if (f.unitIds) {
    const ids = f.unitIds;
    if (ids.length === 0 && !f.includeUnitless) return [];
    q = q.where((eb) =>
      eb.or([...(ids.length ? [eb('unitId', 'in', ids)] : []), ...(f.includeUnitless ? [eb('unitId', 'is', null)] : [])]),
    );
  }
  return q.execute();
}

/** Streams the whole chain in order, a page at a time (for verification). */
export async function* iterateAuditLog(db: Executor, pageSize = 2000): AsyncGenerator<AuditLogTable> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.seq;
  }
}

export async function readAuditHead(db: Executor): Promise<{ lastSeq: number; lastHash: string }> {
  return db.selectFrom('auditHead').select(['lastSeq', 'lastHash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

// The log names the units and users its entries mention. It reads just their names here rather than through the
// org-units and users services, whose reads are scoped per action: the audit service applies the audit scope itself.

export async function findUnitNames(db: Executor, ids: string[]): Promise<Array<{ id: string; nameVi: string; nameEn: string | null }>> {
  if (ids.length === 0) return [];
  return db.selectFrom('orgUnit').select(['id', 'nameVi', 'nameEn']).where('id', 'in', ids).execute();
}

export async function findUserNames(db: Executor, ids: string[]): Promise<Array<{ id: string; displayName: string; username: string }>> {
  if (ids.length === 0) return [];
  return db.selectFrom('appUser').select(['id', 'displayName', 'username']).where('id', 'in', ids).execute();
}
