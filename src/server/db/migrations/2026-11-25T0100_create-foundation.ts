import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Migrations import nothing from src/: they are frozen history, written against the tables as they were.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org_unit')
    .addColumn('id', 'varchar(80)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(40)')
    .addColumn('name_vi', 'varchar(300)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(300)')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('level', 'varchar(20)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(80)', (c) => c.references('org_unit.id'))
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('note', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_unit_parent_idx').on('org_unit').column('parent_id').execute();
  await db.schema.createIndex('org_unit_code_idx').on('org_unit').column('code').execute();

  await db.schema
    .createTable('succession_event')
    .addColumn('id', 'varchar(80)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('effective_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('document_number', 'varchar(80)')
    .addColumn('document_date', 'varchar(10)')
    .addColumn('document_title', 'varchar(500)')
    .addColumn('note', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('succession_link')
    .addColumn('event_id', 'varchar(80)', (c) => c.notNull().references('succession_event.id').onDelete('cascade'))
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('role', 'varchar(12)', (c) => c.notNull())
    .addPrimaryKeyConstraint('succession_link_pk', ['event_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('succession_link_unit_idx').on('succession_link').column('unit_id').execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('username', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('role_grant')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'varchar(30)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('role_grant_unique', ['user_id', 'role', 'unit_id'])
    .execute();

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('user_agent', 'varchar(300)')
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)')
    .addColumn('last_used_at', 'varchar(30)')
    .addColumn('revoked_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(40)')
    .addColumn('actor_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('action', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(80)')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, last_seq, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // The audit log is append-only: the database itself refuses updates and deletes.
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  } else {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_meta',
    'audit_head',
    'audit_log',
    'api_token',
    'user_session',
    'role_grant',
    'app_user',
    'succession_link',
    'succession_event',
    'org_unit',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
