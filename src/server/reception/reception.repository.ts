import type { Kysely, Transaction } from 'kysely';
import type { DB, ReceptionMatterTable, ReceptionSessionTable, ReceptionTurnCitizenTable, ReceptionTurnTable } from '../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface ListFilter {
  /** `undefined`: every unit; otherwise only these (an empty list matches nothing). */
  unitIds: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  sessionId?: string | undefined;
  limit: number;
  offset: number;
}

const NONE = ['\u2205'];
const unitsOrNone = (ids: readonly string[]) => (ids.length ? [...ids] : NONE);

export async function insertSession(trx: Transaction<DB>, row: ReceptionSessionTable): Promise<void> {
  await trx.insertInto('receptionSession').values(row).execute();
}

export async function findSession(db: Db, id: string): Promise<ReceptionSessionTable | undefined> {
  return db.selectFrom('receptionSession').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSessions(db: Db, f: ListFilter): Promise<ReceptionSessionTable[]> {
  let q = db.selectFrom('receptionSession').selectAll();
  if (f.unitIds) q = q.where('unitId', 'in', unitsOrNone(f.unitIds));
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q.orderBy('date', 'desc').orderBy('createdAt', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
}

export async function countTurnsBySession(db: Db, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('receptionTurn')
    .select(['sessionId', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('sessionId', 'in', [...sessionIds])
    .groupBy('sessionId')
    .execute();
  return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
}

/** A head's periodic and unscheduled sessions between two dates, wherever held (rules F4). */
export async function listHeadSessions(db: Db, unitIds: readonly string[] | undefined, from: string, to: string) {
  let q = db
    .selectFrom('receptionSession as s')
    .innerJoin('appUser as u', 'u.id', 's.headUserId')
    .select(['s.headUserId', 'u.displayName', 's.date', 's.kind', 's.presidedBy'])
    .where('s.kind', '<>', 'regular')
    .where('s.date', '>=', from)
    .where('s.date', '<=', to);
  if (unitIds) q = q.where('s.unitId', 'in', unitsOrNone(unitIds));
  return q.orderBy('s.date').execute();
}

export async function insertTurn(
  trx: Transaction<DB>,
  turn: ReceptionTurnTable,
  citizens: ReceptionTurnCitizenTable[],
  matters: ReceptionMatterTable[],
): Promise<void> {
  await trx.insertInto('receptionTurn').values(turn).execute();
  await trx.insertInto('receptionTurnCitizen').values(citizens).execute();
  await trx.insertInto('receptionMatter').values(matters).execute();
}

export async function findTurn(db: Db, id: string): Promise<ReceptionTurnTable | undefined> {
  return db.selectFrom('receptionTurn').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTurns(db: Db, f: ListFilter): Promise<ReceptionTurnTable[]> {
  let q = db.selectFrom('receptionTurn as t').selectAll('t');
  if (f.unitIds) q = q.where('t.unitId', 'in', unitsOrNone(f.unitIds));
  if (f.from) q = q.where('t.date', '>=', f.from);
  if (f.to) q = q.where('t.date', '<=', f.to);
  if (f.sessionId) q = q.where('t.sessionId', '=', f.sessionId);
  if (f.kind) q = q.innerJoin('receptionSession as s', 's.id', 't.sessionId').where('s.kind', '=', f.kind);
  return q.orderBy('t.date', 'desc').orderBy('t.registerYear', 'desc').orderBy('t.registerSequence', 'desc').limit(f.limit).offset(f.offset).execute();
}

/** The citizens (with their names) and the matters of some turns. */
export async function loadTurnDetails(db: Db, turnIds: readonly string[]) {
  if (turnIds.length === 0) return { citizens: [], matters: [] };
  const ids = [...turnIds];
  const [citizens, matters] = await Promise.all([
    db
      .selectFrom('receptionTurnCitizen as tc')
      .innerJoin('citizen as c', 'c.id', 'tc.citizenId')
      .select(['tc.turnId', 'tc.citizenId', 'tc.position', 'tc.isRepresentative', 'c.fullName'])
      .where('tc.turnId', 'in', ids)
      .orderBy('tc.position')
      .execute(),
    db.selectFrom('receptionMatter').selectAll().where('turnId', 'in', ids).orderBy('position').execute(),
  ]);
  return { citizens, matters };
}

/** An earlier reception matter in one of `unitIds` (for a repeat's link). */
export async function findVisibleMatter(db: Db, id: string, unitIds: readonly string[] | undefined): Promise<boolean> {
  let q = db.selectFrom('receptionMatter as m').innerJoin('receptionTurn as t', 't.id', 'm.turnId').select('m.id').where('m.id', '=', id);
  if (unitIds) q = q.where('t.unitId', 'in', unitsOrNone(unitIds));
  return (await q.executeTakeFirst()) !== undefined;
}

/** A user's display name, if the user exists (a head named by a session). */
export async function findUserName(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('appUser').select('displayName').where('id', '=', id).executeTakeFirst())?.displayName;
}
