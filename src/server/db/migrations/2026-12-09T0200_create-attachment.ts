import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Attachments live in the database, so every server process sees the same files and a backup holds them.
// attachment_blob: the stored bytes, keyed by their SHA-256 (content-addressed: the same file stored twice is kept
// once; a protected file is stored encrypted with a fresh nonce, so it never shares a blob).
// attachment: what links a blob to its owner (a petition, a matter action…), with the file's metadata.
export async function up(db: Kysely<unknown>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof SqliteAdapter ? sql`blob` : sql`bytea`;
  await db.schema
    .createTable('attachment_blob')
    .addColumn('sha256', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('attachment')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('owner_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('owner_id', 'varchar(80)', (c) => c.notNull())
    // The file's name; for a protected attachment its AES-GCM ciphertext in base64 (a name can identify a person).
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('blob_sha256', 'varchar(64)', (c) => c.notNull().references('attachment_blob.sha256'))
    .addColumn('is_protected', 'integer', (c) => c.notNull())
    // Fingerprint of the key a protected attachment is encrypted with (null when not protected).
    .addColumn('key_id', 'varchar(64)')
    .addColumn('uploaded_by', 'varchar(40)', (c) => c.references('app_user.id'))
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachment_owner_idx').on('attachment').columns(['owner_type', 'owner_id']).execute();
  await db.schema.createIndex('attachment_blob_idx').on('attachment').column('blob_sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachment').ifExists().execute();
  await db.schema.dropTable('attachment_blob').ifExists().execute();
}
