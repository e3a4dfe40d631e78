import type { Kysely, Transaction } from 'kysely';
import type { AttachmentTable, DB } from '../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Stores bytes under their SHA-256 unless they are there already (content-addressed: two uploads of one file keep
 * one copy). On PostgreSQL a concurrent insert of the same bytes waits for the first and then does nothing.
 */
export async function insertBlobIfAbsent(db: Executor, blob: { sha256: string; content: Buffer; createdAt: string }): Promise<void> {
  await db
    .insertInto('attachmentBlob')
    .values({ sha256: blob.sha256, size: blob.content.length, content: blob.content, createdAt: blob.createdAt })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function insertAttachment(db: Executor, row: AttachmentTable): Promise<void> {
  await db.insertInto('attachment').values(row).execute();
}

export async function findAttachment(db: Executor, id: string): Promise<AttachmentTable | undefined> {
  return db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBlobContent(db: Executor, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('attachmentBlob').select('content').where('sha256', '=', sha256).executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

export async function listAttachmentsOf(db: Executor, ownerType: string, ownerIds: readonly string[]): Promise<AttachmentTable[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('attachment')
    .selectAll()
    .where('ownerType', '=', ownerType)
    .where('ownerId', 'in', ownerIds)
    .orderBy('uploadedAt')
    .orderBy('id')
    .execute();
}
