import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../shared/attachments/attachment-samples.test-support';
import { ATTACHMENT_TYPES } from '../../shared/attachments/attachment-types';
import { AppError } from '../../shared/errors';
import { SYSTEM_ACTOR } from '../auth/actor';
import { createAuthorizer } from '../auth/authorize';
import { fixedTime } from '../time-source';
import { createDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { write, type WriteDeps } from '../db/write';
import { ephemeralKey } from '../secrets/key-file';
import { createTestDatabase, testEngines } from '../test/test-db';
import { testAesGcmCipher } from './aes-gcm.test-support';
import { type AttachmentDeps, listAttachments, type NewAttachment, readAttachment, storeAttachment } from './attachments.service';

const LIMITS = { maxBytes: 64 * 1024, allowedTypes: ATTACHMENT_TYPES };
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MARKER = 'Nguyễn Văn Tố Cáo, số CCCD 038099001234';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(testEngines())('attachments on %s', (engine) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function setup(deps: Partial<AttachmentDeps> = {}) {
    const database = await createTestDatabase(engine);
    close = () => database.close();
    const writeDeps: WriteDeps = { db: database.db, time: fixedTime('2026-03-10T02:00:00.000Z'), authz: createAuthorizer(database.db), auditKey: ephemeralKey('audit key') };
    const att: AttachmentDeps = { limits: LIMITS, ...deps };
    const store = (input: Partial<NewAttachment> & { content: Uint8Array }) =>
      write(writeDeps, SYSTEM_ACTOR, (w) =>
        storeAttachment(w, att, { ownerType: 'petition', ownerId: 'P-1', fileName: 'don.pdf', protected: false, unitId: null, ...input }),
      );
    const counts = async () => ({
      blobs: (await database.db.selectFrom('attachmentBlob').select('sha256').execute()).length,
      attachments: (await database.db.selectFrom('attachment').select('id').execute()).length,
      audit: (await database.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow()).lastSeq,
    });
    return { db: database.db, writeDeps, att, store, counts };
  }

  it('stores every accepted kind, sniffed from the bytes, and reads each back unchanged', async () => {
    const { db, att, store } = await setup();
    for (const [type, content] of Object.entries(SAMPLE_FILES)) {
      // The name says PDF whatever the content: the kind comes from the bytes.
      const stored = await store({ content, fileName: `tệp ${type}.pdf` });
      expect(stored).toMatchObject({ type, size: content.length, sha256: sha256(content), fileName: `tệp ${type}.pdf`, protected: false });
      const read = await readAttachment(db, att, stored.id);
      expect(Buffer.compare(read.content, Buffer.from(content))).toBe(0);
      expect(read.attachment).toEqual(stored);
    }
  });

  it('keeps one copy of a file attached twice', async () => {
    const { store, counts } = await setup();
    const a = await store({ content: SAMPLE_FILES.pdf, ownerId: 'P-1' });
    const b = await store({ content: SAMPLE_FILES.pdf, ownerId: 'P-2', fileName: 'bản sao.pdf' });
    expect(a.id).not.toBe(b.id);
    expect(await counts()).toMatchObject({ blobs: 1, attachments: 2 });
  });

  it.each([
    ['too large', { content: new Uint8Array(64 * 1024 + 1).fill(0x41) }, 'ATTACHMENT_TOO_LARGE', { maxMb: 0.06, size: 65537 }],
    ['an executable', { content: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) }, 'ATTACHMENT_TYPE_NOT_ALLOWED', { allowed: 'PDF, JPEG, PNG, DOCX, XLSX, ODT, TXT' }],
    ['empty', { content: new Uint8Array() }, 'ATTACHMENT_EMPTY', {}],
    ['named with a folder', { content: SAMPLE_FILES.pdf, fileName: '../../etc/passwd' }, 'VALIDATION_FAILED', {}],
    ['named with a control character', { content: SAMPLE_FILES.pdf, fileName: 'a\u0000.pdf' }, 'VALIDATION_FAILED', {}],
  ])('refuses a file that is %s and writes nothing', async (_, input, code, params) => {
    const { store, counts } = await setup();
    const before = await counts();
    const error = await rejection(store(input));
    expect(error.code).toBe(code);
    expect(error.params).toEqual(params);
    expect(await counts()).toEqual(before);
  });

  it('accepts only the kinds the configuration allows', async () => {
    const { store } = await setup({ limits: { maxBytes: LIMITS.maxBytes, allowedTypes: ['pdf', 'jpeg'] } });
    expect((await store({ content: SAMPLE_FILES.jpeg })).type).toBe('jpeg');
    const error = await rejection(store({ content: SAMPLE_FILES.docx }));
    expect(error).toMatchObject({ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', params: { allowed: 'PDF, JPEG' } });
  });

  it('leaves nothing behind when the caller’s write fails', async () => {
    const { writeDeps, att, counts } = await setup();
    const before = await counts();
    await expect(
      write(writeDeps, SYSTEM_ACTOR, async (w) => {
        await storeAttachment(w, att, { ownerType: 'petition', ownerId: 'P-1', fileName: 'a.pdf', content: SAMPLE_FILES.pdf, protected: false, unitId: null });
        throw new Error('the intake failed');
      }),
    ).rejects.toThrow('the intake failed');
    expect(await counts()).toEqual(before);
  });

  it('refuses to hand out a file whose stored bytes no longer match their checksum', async () => {
    const { db, att, store } = await setup();
    const stored = await store({ content: SAMPLE_FILES.png });
    await db.updateTable('attachmentBlob').set({ content: Buffer.from('%PDF-1.7 something else') }).execute();
    expect(await rejection(readAttachment(db, att, stored.id))).toMatchObject({ code: 'ATTACHMENT_CORRUPT', params: { id: stored.id } });
  });

  it('answers NOT_FOUND for an unknown attachment', async () => {
    const { db, att } = await setup();
    expect((await rejection(readAttachment(db, att, '00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
  });

  describe('protected attachments', () => {
    const scan = new TextEncoder().encode(`${MARKER}\nTôi xin tố cáo…\n`);

    it('are stored encrypted (content and name), never shared, and read back with the key', async () => {
      const cipher = testAesGcmCipher();
      const { db, att, store, counts } = await setup({ cipher });
      const a = await store({ content: scan, fileName: `${MARKER}.txt`, protected: true });
      await store({ content: scan, fileName: 'bản 2.txt', protected: true });
      expect(a).toMatchObject({ protected: true, sha256: null, fileName: `${MARKER}.txt`, type: 'txt', size: scan.length });
      expect((await counts()).blobs).toBe(2);
      const blobs = await db.selectFrom('attachmentBlob').select('content').execute();
      for (const blob of blobs) expect(Buffer.from(blob.content).includes(Buffer.from('Tố Cáo'))).toBe(false);
      const rows = await db.selectFrom('attachment').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('Tố Cáo');
      expect(rows.every((r) => r.keyId === cipher.keyId && r.blobSha256 !== sha256(scan))).toBe(true);
      const audit = await db.selectFrom('auditLog').select(['action', 'afterJson']).execute();
      expect(audit.map((e) => e.action)).toEqual(['attachment.create', 'attachment.create']);
      expect(JSON.stringify(audit)).not.toContain('Tố Cáo');
      expect(JSON.stringify(audit)).not.toContain(sha256(scan));
      const read = await readAttachment(db, att, a.id);
      expect(read.content.toString('utf8')).toBe(new TextDecoder().decode(scan));
      expect(read.attachment.fileName).toBe(`${MARKER}.txt`);
      const listed = await listAttachments(db, att, 'petition', ['P-1'], { reveal: false });
      expect(listed.map((x) => x.fileName)).toEqual([null, null]);
      const revealed = await listAttachments(db, att, 'petition', ['P-1'], { reveal: true });
      expect(revealed.map((x) => x.fileName).sort()).toEqual(['bản 2.txt', `${MARKER}.txt`].sort());
    });

    it('are refused without the key they were stored with', async () => {
      const { db, store } = await setup({ cipher: testAesGcmCipher() });
      const stored = await store({ content: scan, protected: true, fileName: 'a.txt' });
      expect((await rejection(readAttachment(db, { limits: LIMITS }, stored.id))).code).toBe('ATTACHMENT_PROTECTION_UNAVAILABLE');
      expect((await rejection(readAttachment(db, { limits: LIMITS, cipher: testAesGcmCipher() }, stored.id))).code).toBe('ATTACHMENT_PROTECTION_UNAVAILABLE');
    });

    it('cannot be stored without a cipher, and nothing is written', async () => {
      const { store, counts } = await setup();
      const before = await counts();
      expect((await rejection(store({ content: scan, protected: true })))).toMatchObject({ code: 'ATTACHMENT_PROTECTION_UNAVAILABLE' });
      expect(await counts()).toEqual(before);
    });

    it('are refused when altered, even with a recomputed checksum, or moved to another attachment', async () => {
      const { db, att, store } = await setup({ cipher: testAesGcmCipher() });
      const a = await store({ content: scan, protected: true, fileName: 'a.txt' });
      const b = await store({ content: SAMPLE_FILES.pdf, protected: true, fileName: 'b.pdf' });
      const rowA = await db.selectFrom('attachment').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
      const rowB = await db.selectFrom('attachment').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
      // Point b at a's sealed bytes (a valid blob, a valid checksum): sealed for another attachment, it does not open.
      await db.updateTable('attachment').set({ blobSha256: rowA.blobSha256, size: rowA.size }).where('id', '=', b.id).execute();
      expect((await rejection(readAttachment(db, att, b.id))).code).toBe('ATTACHMENT_CORRUPT');
      await db.updateTable('attachment').set({ blobSha256: rowB.blobSha256, size: rowB.size }).where('id', '=', b.id).execute();
      // Flip one byte of a's ciphertext and store it under its new hash, as someone rewriting the database would.
      const blob = await db.selectFrom('attachmentBlob').select('content').where('sha256', '=', rowA.blobSha256).executeTakeFirstOrThrow();
      const altered = Buffer.from(blob.content);
      altered[altered.length - 1]! ^= 1;
      await db.insertInto('attachmentBlob').values({ sha256: sha256(altered), size: altered.length, content: altered, createdAt: 'x' }).execute();
      await db.updateTable('attachment').set({ blobSha256: sha256(altered) }).where('id', '=', a.id).execute();
      expect((await rejection(readAttachment(db, att, a.id))).code).toBe('ATTACHMENT_CORRUPT');
      expect((await readAttachment(db, att, b.id)).content.equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);
    });
  });
});

describe('a protected attachment in an SQLite file', () => {
  it('leaves no plaintext of the file or its name in the database file or its WAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oversight-attachments-'));
    const database = createDatabase({ engine: 'sqlite', file: join(dir, 'oversight.sqlite') });
    try {
      await migrateToLatest(database);
      const deps: WriteDeps = { db: database.db, time: fixedTime('2026-03-10T02:00:00.000Z'), authz: createAuthorizer(database.db), auditKey: ephemeralKey('audit key') };
      const att: AttachmentDeps = { limits: LIMITS, cipher: testAesGcmCipher() };
      const content = new TextEncoder().encode(`${MARKER}\n`.repeat(20));
      await write(deps, SYSTEM_ACTOR, (w) =>
        storeAttachment(w, att, { ownerType: 'petition', ownerId: 'P-9', fileName: `${MARKER}.txt`, content, protected: true, unitId: null }),
      );
      const files = readdirSync(dir);
      expect(files).toContain('oversight.sqlite-wal');
      for (const file of files) {
        const bytes = readFileSync(join(dir, file));
        expect(bytes.includes(Buffer.from('038099001234'))).toBe(false);
        expect(bytes.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
      }
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
