import type { Kysely, Transaction } from 'kysely';
import type { CitizenTable, DB } from '../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export async function findCitizenByIdentity(db: Db, kind: string, number: string): Promise<CitizenTable | undefined> {
  return db.selectFrom('citizen').selectAll().where('identityKind', '=', kind).where('identityNumber', '=', number).executeTakeFirst();
}

/** A citizen without a document, matched by folded name and phone digits among those received in `unitIds`. */
export async function findCitizenByNameAndPhone(
  db: Db,
  nameFolded: string,
  phoneDigits: string,
  unitIds: readonly string[] | undefined,
): Promise<CitizenTable | undefined> {
  let q = db.selectFrom('citizen').selectAll().where('phoneDigits', '=', phoneDigits).where('nameFolded', '=', nameFolded);
  if (unitIds) q = q.where('id', 'in', receivedIn(db, unitIds));
  return q.orderBy('createdAt').executeTakeFirst();
}

/** The citizen, if it was received in one of `unitIds` (`undefined`: anywhere). */
export async function findVisibleCitizen(db: Db, id: string, unitIds: readonly string[] | undefined): Promise<CitizenTable | undefined> {
  let q = db.selectFrom('citizen').selectAll().where('id', '=', id);
  if (unitIds) q = q.where('id', 'in', receivedIn(db, unitIds));
  return q.executeTakeFirst();
}

export async function insertCitizen(trx: Transaction<DB>, row: CitizenTable): Promise<void> {
  await trx.insertInto('citizen').values(row).execute();
}

export async function getCitizens(db: Db, ids: readonly string[]): Promise<CitizenTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('citizen').selectAll().where('id', 'in', ids).execute();
}

/** Ids of the citizens received at a turn of one of `unitIds`. */
function receivedIn(db: Db, unitIds: readonly string[]) {
  const units = unitIds.length ? [...unitIds] : ['\u2205'];
  return db
    .selectFrom('receptionTurnCitizen as tc')
    .innerJoin('receptionTurn as t', 't.id', 'tc.turnId')
    .select('tc.citizenId')
    .where('t.unitId', 'in', units);
}
