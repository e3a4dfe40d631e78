import type { Kysely } from 'kysely';

// One row per register: (receiving unit, register kind, year). `last_number` is the last number handed out; the
// next intake increments it inside its own transaction (see server/registers/register-counter.repository.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_counter')
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('register_kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_counter_pk', ['unit_id', 'register_kind', 'year'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('register_counter').ifExists().execute();
}
