import type { Kysely, Transaction } from 'kysely';
import type { AppUserTable, DB, RoleGrantTable } from '../db/schema';
import { foldForSearch } from '../../shared/text/fold';

type Executor = Kysely<DB> | Transaction<DB>;

export async function findUserById(db: Executor, id: string): Promise<AppUserTable | undefined> {
  return db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Executor, username: string): Promise<AppUserTable | undefined> {
  return db.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function insertUser(db: Executor, row: AppUserTable): Promise<void> {
  await db.insertInto('appUser').values(row).execute();
}

export async function updateUser(db: Executor, id: string, patch: Partial<AppUserTable>): Promise<void> {
  await db.updateTable('appUser').set(patch).where('id', '=', id).execute();
}

export interface GrantRow extends RoleGrantTable {
  unitName: string;
}

export async function listGrants(db: Executor, userIds: string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('roleGrant')
    .innerJoin('orgUnit', 'orgUnit.id', 'roleGrant.unitId')
    .select([
      'roleGrant.id',
      'roleGrant.userId',
      'roleGrant.role',
      'roleGrant.unitId',
      'roleGrant.createdAt',
      'orgUnit.nameVi as unitName',
    ])
    .where('roleGrant.userId', 'in', userIds)
    .orderBy('roleGrant.createdAt')
    .execute();
}

export async function insertGrant(db: Executor, row: RoleGrantTable): Promise<void> {
  await db.insertInto('roleGrant').values(row).execute();
}

export async function deleteGrant(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('roleGrant').where('id', '=', id).execute();
}

export async function findGrant(db: Executor, id: string): Promise<RoleGrantTable | undefined> {
  return db.selectFrom('roleGrant').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Users with at least one grant on one of `unitIds`, or every user when `unitIds` is undefined. */
export async function listUsers(db: Executor, unitIds: string[] | undefined, foldedQuery?: string): Promise<AppUserTable[]> {
  let q = db.selectFrom('appUser').selectAll().orderBy('username');
  if (unitIds) {
    if (unitIds.length === 0) return [];
    q = q.where('id', 'in', db.selectFrom('roleGrant').select('userId').where('unitId', 'in', unitIds));
  }
  const rows = await q.execute();
  return foldedQuery ? rows.filter((r) => foldForSearch(`${r.username} ${r.displayName}`).includes(foldedQuery)) : rows;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('appUser').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
