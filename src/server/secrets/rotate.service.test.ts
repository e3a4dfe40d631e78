import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../auth/actor';
import { leakedForms, openScratchDatabase, readDatabaseFiles, SCRATCH_NAME, SCRATCH_SCAN, type ScratchDatabase } from '../test/scratch-protected';
import { testEngines } from '../test/test-db';
import { createFieldCrypto, FieldCryptoError } from './field-crypto';
import { ephemeralKey } from './key-file';
import { protectedColumnContext } from './protected-columns';
import { rotateEncryptedColumns } from './rotate.service';

const NAME = 'Hoàng Thị Ngọc Diễm';
const ROWS = 1_203; // more than two pages of the rotation's keyset pagination
const COLUMNS = [SCRATCH_NAME, SCRATCH_SCAN];
const id = (i: number) => `P-${String(i).padStart(5, '0')}`;

interface Row {
  id: string;
  nameSealed: string | null;
  scanSealed: Buffer | null;
}

describe.each(testEngines())('oversight secrets rotate: re-sealing protected columns on %s', (engine) => {
  const oldKey = ephemeralKey('encryption key');
  const newKey = ephemeralKey('encryption key');
  const before = createFieldCrypto({ current: oldKey });
  const during = createFieldCrypto({ current: newKey, previous: [oldKey] });
  const after = createFieldCrypto({ current: newKey });
  let scratch: ScratchDatabase;

  const rows = async (): Promise<Row[]> =>
    (await sql<Row>`select id, name_sealed, scan_sealed from scratch_protected order by id`.execute(scratch.database.db)).rows;
  const auditEntries = () => scratch.database.db.selectFrom('auditLog').selectAll().where('action', '=', 'secrets.rotate').execute();

  beforeEach(async () => {
    scratch = await openScratchDatabase(engine);
    const values = Array.from({ length: ROWS }, (_, i) => ({
      id: id(i),
      label: `row ${i}`,
      // Every seventh name is missing, every hundredth row has a scan.
      name_sealed: i % 7 === 3 ? null : before.sealText(protectedColumnContext(SCRATCH_NAME, id(i)), `${NAME} ${i}`),
      scan_sealed: i % 100 === 0 ? before.sealBytes(protectedColumnContext(SCRATCH_SCAN, id(i)), Buffer.from(`scan ${i}`)) : null,
    }));
    for (let i = 0; i < values.length; i += 200) {
      await scratch.database.db.insertInto('scratch_protected' as never).values(values.slice(i, i + 200) as never).execute();
    }
  }, 60_000);
  afterEach(async () => scratch.close());

  it('re-seals every value under the new key in one audited transaction; old values stay readable meanwhile', async () => {
    const [first] = await rows();
    expect(during.openText(protectedColumnContext(SCRATCH_NAME, first!.id), first!.nameSealed!).reveal()).toBe(`${NAME} 0`);

    const report = await rotateEncryptedColumns(scratch.deps(during), SYSTEM_ACTOR, COLUMNS);
    const names = ROWS - Math.floor((ROWS - 4) / 7) - 1;
    expect(report).toEqual({
      keyId: newKey.fingerprint,
      retiredKeyIds: [oldKey.fingerprint],
      dryRun: false,
      columns: [
        { column: 'scratchProtected.nameSealed', values: names, resealed: names, byKey: { [oldKey.fingerprint]: names } },
        { column: 'scratchProtected.scanSealed', values: 13, resealed: 13, byKey: { [oldKey.fingerprint]: 13 } },
      ],
    });

    const now = await rows();
    now.forEach((row, i) => {
      if (row.nameSealed) {
        expect(after.keyIdOf(row.nameSealed)).toBe(newKey.fingerprint);
        expect(after.openText(protectedColumnContext(SCRATCH_NAME, row.id), row.nameSealed).reveal()).toBe(`${NAME} ${i}`);
      } else expect(i % 7).toBe(3);
      if (row.scanSealed) expect(after.openBytes(protectedColumnContext(SCRATCH_SCAN, row.id), row.scanSealed).reveal().toString()).toBe(`scan ${i}`);
    });
    expect(() => before.openText(protectedColumnContext(SCRATCH_NAME, now[0]!.id), now[0]!.nameSealed!)).toThrow(FieldCryptoError);

    const [entry, ...more] = await auditEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ entityType: 'encryption-key', entityId: newKey.fingerprint, actorName: 'system' });
    expect(JSON.parse(entry!.afterJson!)).toEqual({
      keyId: newKey.fingerprint,
      retiredKeyIds: [oldKey.fingerprint],
      columns: [`scratchProtected.nameSealed: ${names}/${names}`, 'scratchProtected.scanSealed: 13/13'],
    });
    expect(entry!.afterJson).not.toMatch(/ovf1|Hoàng|scan /);

    // Idempotent: a second run finds nothing left under the old key.
    const again = await rotateEncryptedColumns(scratch.deps(during), SYSTEM_ACTOR, COLUMNS);
    expect(again.columns.map((c) => c.resealed)).toEqual([0, 0]);
    expect(again.columns[0]!.byKey).toEqual({ [newKey.fingerprint]: names });

    if (engine === 'sqlite') {
      scratch.database.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
      for (const [name, bytes] of readDatabaseFiles(scratch)) expect(leakedForms(bytes, NAME), name).toEqual([]);
    }
  }, 60_000);

  it('counts without changing anything on a dry run', async () => {
    const untouched = await rows();
    const report = await rotateEncryptedColumns(scratch.deps(during), SYSTEM_ACTOR, COLUMNS, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.columns[1]).toMatchObject({ values: 13, resealed: 13 });
    expect(await rows()).toEqual(untouched);
    expect(await auditEntries()).toEqual([]);
  }, 60_000);

  it.each([
    ['a value moved to another record', 'unauthentic', async (rs: Row[]) => ({ id: rs[500]!.id, value: rs[0]!.nameSealed })],
    ['a value sealed with a key nobody configured', 'unknown-key', async (rs: Row[]) => ({
      id: rs[900]!.id,
      value: createFieldCrypto({ current: ephemeralKey('encryption key') }).sealText(protectedColumnContext(SCRATCH_NAME, rs[900]!.id), NAME),
    })],
  ] as const)('refuses %s: names the record, changes nothing, records nothing', async (_, reason, corrupt) => {
    const { id: target, value } = await corrupt(await rows());
    await sql`update scratch_protected set name_sealed = ${value} where id = ${target}`.execute(scratch.database.db);
    const untouched = await rows();
    const failure = await rotateEncryptedColumns(scratch.deps(during), SYSTEM_ACTOR, COLUMNS).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FieldCryptoError);
    expect(failure).toMatchObject({ reason, context: `scratch:${target}:denouncerName` });
    expect(String((failure as Error).message)).not.toContain('Hoàng');
    expect(await rows()).toEqual(untouched);
    expect(await auditEntries()).toEqual([]);
  }, 60_000);

  it('treats a binary value that is not an envelope as malformed', async () => {
    await sql`update scratch_protected set scan_sealed = ${Buffer.from('plain scan')} where id = ${id(0)}`.execute(scratch.database.db);
    await expect(rotateEncryptedColumns(scratch.deps(during), SYSTEM_ACTOR, COLUMNS)).rejects.toMatchObject({ reason: 'malformed' });
  }, 60_000);
});
