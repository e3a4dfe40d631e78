import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../auth/actor';
import { write } from '../db/write';
import {
  freshFieldCrypto,
  leakedForms,
  openScratchDatabase,
  readDatabaseFiles,
  SCRATCH_NAME,
  SCRATCH_SCAN,
  type ScratchDatabase,
} from '../test/scratch-protected';
import { testEngines } from '../test/test-db';
import type { FieldCrypto } from './field-crypto';
import { protectedColumnContext } from './protected-columns';
import { protect } from './protected';

/** A denouncer's name as it may be typed: precomposed (NFC) or decomposed (NFD), with đ, ơ, ư and tone marks. */
const SECRET = 'Đặng Thị Phương Thảo';
const SECRET_ADDRESS = 'xóm Đồng Mưng, xã Cẩm Thạch';
/** Stored in plain text beside it: proves the scan reads the bytes the engine wrote. */
const CONTROL = 'Đối chứng: Lê Hữu Nghĩa';

async function writeRows(scratch: ScratchDatabase, crypto: FieldCrypto): Promise<void> {
  const rows = [
    { id: 'P-1', name: SECRET.normalize('NFC') },
    { id: 'P-2', name: SECRET.normalize('NFD') },
    { id: 'P-3', name: `${SECRET}, ${SECRET_ADDRESS}` },
  ];
  await write(scratch.deps(crypto), SYSTEM_ACTOR, async (w) => {
    for (const row of rows) {
      await w.trx
        .insertInto('scratchProtected' as never)
        .values({
          id: row.id,
          label: CONTROL,
          nameSealed: crypto.sealText(protectedColumnContext(SCRATCH_NAME, row.id), row.name),
          scanSealed: crypto.sealBytes(protectedColumnContext(SCRATCH_SCAN, row.id), Buffer.from(`Đơn tố cáo — người viết: ${row.name}`)),
        } as never)
        .execute();
      // A careless audit record of the same write: the identity must not reach the log either.
      await w.audit({
        action: 'org-unit.update',
        entityType: 'org-unit',
        entityId: row.id,
        unitId: null,
        after: { label: CONTROL, denouncerName: row.name, denouncerAddress: SECRET_ADDRESS, signer: protect(row.name) },
      });
    }
  });
}

async function readNames(scratch: ScratchDatabase, crypto: FieldCrypto): Promise<string[]> {
  const rows = await sql<{ id: string; nameSealed: string; scanSealed: Buffer }>`select id, name_sealed, scan_sealed from scratch_protected order by id`.execute(
    scratch.database.db,
  );
  return rows.rows.flatMap((r) => [
    crypto.openText(protectedColumnContext(SCRATCH_NAME, r.id), r.nameSealed).reveal(),
    crypto.openBytes(protectedColumnContext(SCRATCH_SCAN, r.id), r.scanSealed).reveal().toString('utf8'),
  ]);
}

describe.each(testEngines())('protected values at rest on %s', (engine) => {
  let scratch: ScratchDatabase;
  let crypto: FieldCrypto;
  beforeEach(async () => {
    scratch = await openScratchDatabase(engine);
    crypto = freshFieldCrypto();
    await writeRows(scratch, crypto);
  });
  afterEach(async () => scratch.close());

  it('reads back every value it sealed', async () => {
    const values = await readNames(scratch, crypto);
    expect(values[0]).toBe(SECRET.normalize('NFC'));
    expect(values[2]).toBe(SECRET.normalize('NFD'));
    expect(values[5]).toBe(`Đơn tố cáo — người viết: ${SECRET}, ${SECRET_ADDRESS}`);
  });

  it.runIf(engine === 'sqlite')('never writes the plaintext to the SQLite file or its WAL, in NFC, NFD or folded form', async () => {
    expect(scratch.database.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
    const scan = (stage: string, expectWal: boolean) => {
      const files = readDatabaseFiles(scratch);
      const wal = files.get('oversight.sqlite-wal');
      if (expectWal) {
        // The rows are still in the WAL, not yet checkpointed: the control text and the ciphertext are there.
        expect(wal && wal.length > 0, `${stage}: a non-empty WAL`).toBe(true);
        expect(wal!.includes(Buffer.from(CONTROL, 'utf8')), `${stage}: control text in the WAL`).toBe(true);
        expect(wal!.includes(Buffer.from(`ovf1.${crypto.currentKeyId}.s.`)), `${stage}: ciphertext in the WAL`).toBe(true);
      }
      const all = Buffer.concat([...files.values()]);
      expect(all.includes(Buffer.from(CONTROL, 'utf8')), `${stage}: control text in the files`).toBe(true);
      for (const [name, bytes] of files) {
        for (const secret of [SECRET, SECRET_ADDRESS]) expect(leakedForms(bytes, secret), `${stage}: ${name}`).toEqual([]);
      }
    };
    scan('before checkpoint', true);
    scratch.database.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    expect(readDatabaseFiles(scratch).get('oversight.sqlite')!.includes(Buffer.from(CONTROL, 'utf8'))).toBe(true);
    scan('after checkpoint', false);
    await writeRows(scratch, crypto).catch(() => undefined); // same ids: refused, rolled back; leaves WAL frames
    scan('after a rolled-back write', false);
  });

  it.runIf(engine === 'postgres')('stores on PostgreSQL only bytes that differ from the plaintext and hold none of it', async () => {
    const rows = await sql<{ id: string; nameBytes: Buffer; scanSealed: Buffer; labelBytes: Buffer }>`
      select id, convert_to(name_sealed, 'UTF8') as name_bytes, scan_sealed, convert_to(label, 'UTF8') as label_bytes
      from scratch_protected order by id`.execute(scratch.database.db);
    expect(rows.rows).toHaveLength(3);
    for (const row of rows.rows) {
      expect(row.labelBytes.includes(Buffer.from(CONTROL, 'utf8'))).toBe(true);
      for (const stored of [row.nameBytes, row.scanSealed]) {
        expect(stored.equals(Buffer.from(SECRET, 'utf8'))).toBe(false);
        for (const secret of [SECRET, SECRET_ADDRESS]) expect(leakedForms(stored, secret)).toEqual([]);
      }
    }
    const audit = await sql<{ text: string }>`select string_agg(coalesce(after_json, ''), ' ') as text from audit_log`.execute(scratch.database.db);
    expect(audit.rows[0]!.text).toContain('Lê Hữu Nghĩa');
    for (const secret of [SECRET, SECRET_ADDRESS]) expect(leakedForms(Buffer.from(audit.rows[0]!.text, 'utf8'), secret)).toEqual([]);
  });
});
