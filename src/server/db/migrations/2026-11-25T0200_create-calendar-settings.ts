import type { Kysely } from 'kysely';

/** Administrators' holiday schedules (per year) and deadline-rule overrides: data, audit-logged on change. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('holiday_schedule')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('schedule_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(40)')
    .execute();
  await db.schema
    .createTable('deadline_rule_override')
    .addColumn('rule_id', 'varchar(60)', (c) => c.primaryKey())
    .addColumn('override_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(40)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deadline_rule_override').ifExists().execute();
  await db.schema.dropTable('holiday_schedule').ifExists().execute();
}
