import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  ATTACHMENT_TYPES,
  type AttachmentType,
  MEDIA_TYPE_OF,
  sniffAttachmentType,
} from '../../shared/attachments/attachment-types';
import { type Attachment, AttachmentFileNameSchema } from '../../shared/attachments/attachments.schemas';
import { AppError } from '../../shared/errors';
import type { AttachmentTable, DB } from '../db/schema';
import type { Write } from '../db/write';
import type { BlobCipher } from './blob-cipher';
import { findAttachment, findBlobContent, insertAttachment, insertBlobIfAbsent, listAttachmentsOf } from './attachments.repository';

type Executor = Kysely<DB> | Transaction<DB>;

export interface AttachmentDeps {
  /** From `config.attachments`: the one place the limits are set. */
  limits: { maxBytes: number; allowedTypes: readonly AttachmentType[] };
  /** Seals protected attachments; without one they are refused (ATTACHMENT_PROTECTION_UNAVAILABLE). */
  cipher?: BlobCipher | null;
}

export interface NewAttachment {
  ownerType: string;
  ownerId: string;
  fileName: string;
  content: Uint8Array;
  /** Encrypt at rest and show only to those allowed to see protected identities. */
  protected: boolean;
  /** The owner's unit, for the audit entry. */
  unitId: string | null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const typeOf = (mediaType: string): AttachmentType => ATTACHMENT_TYPES.find((t) => MEDIA_TYPE_OF[t] === mediaType) ?? 'txt';
const contentContext = (id: string) => `attachment:${id}:content`;
const nameContext = (id: string) => `attachment:${id}:file-name`;

/** Refuses, before anything is written, a file that is empty, too large or of a kind not accepted. */
export function checkAttachmentContent(deps: AttachmentDeps, content: Uint8Array): AttachmentType {
  if (content.length === 0) throw new AppError('ATTACHMENT_EMPTY');
  if (content.length > deps.limits.maxBytes) {
    throw new AppError('ATTACHMENT_TOO_LARGE', { maxMb: Number((deps.limits.maxBytes / 1024 / 1024).toFixed(2)), size: content.length });
  }
  const type = sniffAttachmentType(content);
  if (!type || !deps.limits.allowedTypes.includes(type)) {
    throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', { allowed: deps.limits.allowedTypes.map((t) => t.toUpperCase()).join(', ') });
  }
  return type;
}

function requireCipher(deps: AttachmentDeps, keyId?: string | null): BlobCipher {
  if (!deps.cipher || (keyId && deps.cipher.keyId !== keyId)) throw new AppError('ATTACHMENT_PROTECTION_UNAVAILABLE');
  return deps.cipher;
}

/**
 * Stores a file and links it to its owner, inside the caller's write (an intake stores its petition and the letter's
 * scan in one commit; a failed intake leaves no file behind). The kind is sniffed from the bytes; the size and kind
 * limits are checked first. A protected file, and its name, are sealed with the cipher before they reach the
 * database. Audited without the name or hash of a protected file.
 */
export async function storeAttachment(w: Write, deps: AttachmentDeps, input: NewAttachment): Promise<Attachment> {
  const parsedName = AttachmentFileNameSchema.safeParse(input.fileName);
  if (!parsedName.success) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'fileName', message: '' }]);
  const fileName = parsedName.data;
  const type = checkAttachmentContent(deps, input.content);
  const id = randomUUID();
  const plain = Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength);
  let stored = plain;
  let storedName = fileName;
  let keyId: string | null = null;
  if (input.protected) {
    const cipher = requireCipher(deps);
    stored = Buffer.from(await cipher.seal(plain, contentContext(id)));
    storedName = Buffer.from(await cipher.seal(Buffer.from(fileName, 'utf8'), nameContext(id))).toString('base64');
    keyId = cipher.keyId;
  }
  const row: AttachmentTable = {
    id,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    fileName: storedName,
    mediaType: MEDIA_TYPE_OF[type],
    size: plain.length,
    blobSha256: sha256(stored),
    isProtected: input.protected ? 1 : 0,
    keyId,
    uploadedBy: w.actor.userId,
    uploadedAt: w.now,
  };
  await insertBlobIfAbsent(w.trx, { sha256: row.blobSha256, content: stored, createdAt: w.now });
  await insertAttachment(w.trx, row);
  const attachment = describe(row, input.protected ? null : fileName);
  await w.audit({
    action: 'attachment.create',
    entityType: 'attachment',
    entityId: id,
    unitId: input.unitId,
    after: redactForAudit(attachment),
  });
  return { ...attachment, fileName };
}

/** Who owns an attachment (to ask the owner's policy before anything is read); null if there is none. */
export async function findAttachmentOwner(
  db: Executor,
  id: string,
): Promise<{ ownerType: string; ownerId: string; protected: boolean } | null> {
  const row = await findAttachment(db, id);
  return row ? { ownerType: row.ownerType, ownerId: row.ownerId, protected: row.isProtected === 1 } : null;
}

/**
 * Reads a file back, checking that the stored bytes still hash to their recorded SHA-256 and, for a protected file,
 * that they decrypt and authenticate; refuses with ATTACHMENT_CORRUPT otherwise, so a damaged or altered file is
 * never handed out as if it were the original. Authorisation is the caller's (the owner's policy).
 */
export async function readAttachment(db: Executor, deps: AttachmentDeps, id: string): Promise<{ attachment: Attachment; content: Buffer }> {
  const row = await findAttachment(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const stored = await findBlobContent(db, row.blobSha256);
  if (!stored || sha256(stored) !== row.blobSha256) throw new AppError('ATTACHMENT_CORRUPT', { id });
  if (row.isProtected !== 1) {
    if (stored.length !== row.size) throw new AppError('ATTACHMENT_CORRUPT', { id });
    return { attachment: describe(row, row.fileName), content: stored };
  }
  const cipher = requireCipher(deps, row.keyId);
  let content: Buffer;
  let fileName: string;
  try {
    content = Buffer.from(await cipher.open(stored, contentContext(id)));
    fileName = Buffer.from(await cipher.open(Buffer.from(row.fileName, 'base64'), nameContext(id))).toString('utf8');
  } catch {
    throw new AppError('ATTACHMENT_CORRUPT', { id });
  }
  if (content.length !== row.size) throw new AppError('ATTACHMENT_CORRUPT', { id });
  return { attachment: describe(row, fileName), content };
}

/**
 * The attachments of some owners (of one type), oldest first. A protected attachment's name is shown only with
 * `reveal` (the owner's policy decides who may see protected identities); otherwise it is null.
 */
export async function listAttachments(
  db: Executor,
  deps: AttachmentDeps,
  ownerType: string,
  ownerIds: readonly string[],
  options: { reveal: boolean },
): Promise<Attachment[]> {
  const rows = await listAttachmentsOf(db, ownerType, ownerIds);
  const result: Attachment[] = [];
  for (const row of rows) {
    if (row.isProtected !== 1) {
      result.push(describe(row, row.fileName));
      continue;
    }
    let name: string | null = null;
    if (options.reveal) {
      const cipher = requireCipher(deps, row.keyId);
      try {
        name = Buffer.from(await cipher.open(Buffer.from(row.fileName, 'base64'), nameContext(row.id))).toString('utf8');
      } catch {
        throw new AppError('ATTACHMENT_CORRUPT', { id: row.id });
      }
    }
    result.push(describe(row, name));
  }
  return result;
}

function describe(row: AttachmentTable, fileName: string | null): Attachment {
  const isProtected = row.isProtected === 1;
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    fileName,
    type: typeOf(row.mediaType),
    mediaType: row.mediaType,
    size: row.size,
    sha256: isProtected ? null : row.blobSha256,
    protected: isProtected,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
  };
}

/** What the audit log keeps of an attachment: never the name or hash of a protected one. */
export function redactForAudit(a: Attachment): Record<string, unknown> {
  const { ownerType, ownerId, fileName, mediaType, size, sha256: hash } = a;
  return a.protected
    ? { ownerType, ownerId, mediaType, size, protected: true }
    : { ownerType, ownerId, fileName, mediaType, size, sha256: hash, protected: false };
}
