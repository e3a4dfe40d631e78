import type { Kysely } from 'kysely';

// Sign-in failures per (username as typed, source address), replacing the per-account app_user.failed_logins and
// app_user.locked_until (kept, no longer used; a later migration drops them).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_failure')
    .addColumn('username', 'varchar(100)', (c) => c.notNull())
    .addColumn('source', 'varchar(64)', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('locked_until', 'varchar(30)')
    .addPrimaryKeyConstraint('login_failure_pk', ['username', 'source'])
    .execute();
  await db.schema.createIndex('login_failure_last_failed_idx').on('login_failure').column('last_failed_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_failure').ifExists().execute();
}
