import type { Kysely } from 'kysely';

/**
 * The audit chain becomes keyed (HMAC-SHA256 with a key held outside the database). Each entry names the key that
 * signed it by its fingerprint; entries written before have none (plain SHA-256 links) and are sealed, once, by a
 * keyed entry that the server appends at start-up after verifying them (see server/audit/audit-chain.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('key_id', 'varchar(16)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('key_id').execute();
}
