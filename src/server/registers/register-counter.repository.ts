import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

export interface RegisterKey {
  unitId: string;
  kind: string;
  year: number;
}

/**
 * Hands out the next number of one register: `insert … on conflict do update … returning` (SQLite ≥ 3.35,
 * PostgreSQL ≥ 9.5), one statement, so two intakes never read the same last number. On PostgreSQL the row stays
 * locked until the caller's transaction ends: a concurrent intake of the same register waits, then reads the
 * committed value; a rolled-back intake gives its number back. SQLite has one writer at a time anyway.
 */
export async function incrementRegisterCounter(db: Executor, key: RegisterKey, now: string): Promise<number> {
  const row = await db
    .insertInto('registerCounter')
    .values({ unitId: key.unitId, registerKind: key.kind, year: key.year, lastNumber: 1, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['unitId', 'registerKind', 'year']).doUpdateSet((eb) => ({
        lastNumber: eb('registerCounter.lastNumber', '+', 1),
        updatedAt: now,
      })),
    )
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  return Number(row.lastNumber);
}

/** Raises a register's last number to at least `atLeast` (never lowers it). */
export async function raiseRegisterCounter(db: Executor, key: RegisterKey, atLeast: number, now: string): Promise<number> {
  const row = await db
    .insertInto('registerCounter')
    .values({ unitId: key.unitId, registerKind: key.kind, year: key.year, lastNumber: atLeast, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['unitId', 'registerKind', 'year']).doUpdateSet((eb) => ({
        lastNumber: eb
          .case()
          .when('registerCounter.lastNumber', '<', atLeast)
          .then(atLeast)
          .else(eb.ref('registerCounter.lastNumber'))
          .end(),
        updatedAt: now,
      })),
    )
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  return Number(row.lastNumber);
}

/** The last number handed out in a register (0 before the first). */
export async function readRegisterCounter(db: Executor, key: RegisterKey): Promise<number> {
  const row = await db
    .selectFrom('registerCounter')
    .select('lastNumber')
    .where('unitId', '=', key.unitId)
    .where('registerKind', '=', key.kind)
    .where('year', '=', key.year)
    .executeTakeFirst();
  return row ? Number(row.lastNumber) : 0;
}
