import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

export async function listHolidaySchedules(db: Executor): Promise<Array<{ year: number; scheduleJson: string }>> {
  return db.selectFrom('holidaySchedule').select(['year', 'scheduleJson']).orderBy('year').execute();
}

export async function findHolidaySchedule(db: Executor, year: number): Promise<string | undefined> {
  const row = await db.selectFrom('holidaySchedule').select('scheduleJson').where('year', '=', year).executeTakeFirst();
  return row?.scheduleJson;
}

export async function upsertHolidaySchedule(db: Executor, year: number, json: string, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('holidaySchedule')
    .values({ year, scheduleJson: json, updatedAt: at, updatedBy: by })
    .onConflict((oc) => oc.column('year').doUpdateSet({ scheduleJson: json, updatedAt: at, updatedBy: by }))
    .execute();
}

export async function deleteHolidaySchedule(db: Executor, year: number): Promise<void> {
  await db.deleteFrom('holidaySchedule').where('year', '=', year).execute();
}

export async function listRuleOverrides(db: Executor): Promise<Array<{ ruleId: string; overrideJson: string }>> {
  return db.selectFrom('deadlineRuleOverride').select(['ruleId', 'overrideJson']).orderBy('ruleId').execute();
}

export async function upsertRuleOverride(db: Executor, ruleId: string, json: string, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('deadlineRuleOverride')
    .values({ ruleId, overrideJson: json, updatedAt: at, updatedBy: by })
    .onConflict((oc) => oc.column('ruleId').doUpdateSet({ overrideJson: json, updatedAt: at, updatedBy: by }))
    .execute();
}

export async function deleteRuleOverride(db: Executor, ruleId: string): Promise<void> {
  await db.deleteFrom('deadlineRuleOverride').where('ruleId', '=', ruleId).execute();
}
