import type { Kysely, Transaction } from 'kysely';
import type { OrgUnitTable, DB, SuccessionEventTable } from '../db/schema';
import { escapeLike } from '../../shared/text/fold';

type Executor = Kysely<DB> | Transaction<DB>;

export async function findUnitById(db: Executor, id: string): Promise<OrgUnitTable | undefined> {
  return db.selectFrom('orgUnit').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitsByIds(db: Executor, ids: string[]): Promise<OrgUnitTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('orgUnit').selectAll().where('id', 'in', ids).execute();
}

export async function findUnitsByCode(db: Executor, code: string): Promise<OrgUnitTable[]> {
  return db.selectFrom('orgUnit').selectAll().where('code', '=', code).orderBy('validFrom', 'desc').execute();
}

export interface UnitFilter {
  asOf?: string;
  /** Already folded with `foldForSearch`. */
  foldedQuery?: string;
  parentId?: string;
  kind?: string;
  unitIds?: string[];
}

export async function listUnits(db: Executor, f: UnitFilter): Promise<OrgUnitTable[]> {
  let q = db.selectFrom('orgUnit').selectAll().orderBy('level').orderBy('nameVi').orderBy('id');
  if (f.asOf) {
    const d = f.asOf;
    q = q
      .where((eb) => eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', d)]))
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', d)]));
  }
  if (f.foldedQuery) q = q.where('searchText', 'like', `%${escapeLike(f.foldedQuery)}%`);
  if (f.parentId) q = q.where('parentId', '=', f.parentId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.unitIds) {
    if (f.unitIds.length === 0) return [];
    q = q.where('id', 'in', f.unitIds);
  }
  return q.execute();
}

export async function insertUnit(db: Executor, row: OrgUnitTable): Promise<void> {
  await db.insertInto('orgUnit').values(row).execute();
}

export async function updateUnit(db: Executor, id: string, patch: Partial<OrgUnitTable>): Promise<void> {
  await db.updateTable('orgUnit').set(patch).where('id', '=', id).execute();
}

export async function insertSuccessionEvent(
  db: Executor,
  event: SuccessionEventTable,
  predecessorIds: string[],
  successorIds: string[],
): Promise<void> {
  await db.insertInto('successionEvent').values(event).execute();
  const links = [
    ...predecessorIds.map((unitId) => ({ eventId: event.id, unitId, role: 'predecessor' })),
    ...successorIds.map((unitId) => ({ eventId: event.id, unitId, role: 'successor' })),
  ];
  if (links.length) await db.insertInto('successionLink').values(links).execute();
}

export interface EventWithLinks extends SuccessionEventTable {
  predecessorIds: string[];
  successorIds: string[];
}

export async function listEventsForUnits(db: Executor, unitIds: string[]): Promise<EventWithLinks[]> {
  if (unitIds.length === 0) return [];
  const eventIds = db.selectFrom('successionLink').select('eventId').where('unitId', 'in', unitIds);
  const [events, links] = await Promise.all([
    db.selectFrom('successionEvent').selectAll().where('id', 'in', eventIds).orderBy('effectiveDate').execute(),
    db.selectFrom('successionLink').selectAll().where('eventId', 'in', eventIds).execute(),
  ]);
  return events.map((e) => ({
    ...e,
    predecessorIds: links.filter((l) => l.eventId === e.id && l.role === 'predecessor').map((l) => l.unitId),
    successorIds: links.filter((l) => l.eventId === e.id && l.role === 'successor').map((l) => l.unitId),
  }));
}

export async function findEventById(db: Executor, id: string): Promise<SuccessionEventTable | undefined> {
  return db.selectFrom('successionEvent').selectAll().where('id', '=', id).executeTakeFirst();
}
