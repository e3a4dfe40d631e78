import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { foldForSearch } from '../../shared/text/fold';
import { createAuthorizer } from '../auth/authorize';
import { fixedTime } from '../time-source';
import { createDatabase, type Database, type Engine } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { createFieldCrypto, type FieldCrypto } from '../secrets/field-crypto';
import { ephemeralKey } from '../secrets/key-file';
import { defineProtectedColumn } from '../secrets/protected-columns';
import type { RotationDeps } from '../secrets/rotate.service';
import { createTestDatabase } from './test-db';

/**
 * A database for the confidentiality tests: on SQLite a real file on disk in WAL mode (not `:memory:`), so its bytes
 * and its `-wal` file can be scanned; on PostgreSQL a schema of TEST_DATABASE_URL. It holds a scratch table made by
 * the test, not by a migration: `scratch_protected (id, label, name_sealed, scan_sealed)`.
 */
export interface ScratchDatabase {
  database: Database;
  /** SQLite only: the folder holding the database file and its `-wal` and `-shm` files. */
  dir?: string;
  file?: string;
  deps(fieldCrypto: FieldCrypto): RotationDeps;
  close(): Promise<void>;
}

export const SCRATCH_NAME = defineProtectedColumn({
  table: 'scratchProtected', idColumn: 'id', column: 'nameSealed', storage: 'text', entity: 'scratch', field: 'denouncerName',
});
export const SCRATCH_SCAN = defineProtectedColumn({
  table: 'scratchProtected', idColumn: 'id', column: 'scanSealed', storage: 'bytes', entity: 'scratch', field: 'handwriting',
});

export async function openScratchDatabase(engine: Engine): Promise<ScratchDatabase> {
  let database: Database;
  let dir: string | undefined;
  let file: string | undefined;
  if (engine === 'sqlite') {
    dir = mkdtempSync(join(tmpdir(), 'oversight-protected-'));
    file = join(dir, 'oversight.sqlite');
    database = createDatabase({ engine: 'sqlite', file });
    await migrateToLatest(database);
  } else {
    database = await createTestDatabase('postgres');
  }
  const binary = engine === 'sqlite' ? 'blob' : 'bytea';
  await sql
    .raw(`create table scratch_protected (id text primary key, label text not null, name_sealed text, scan_sealed ${binary})`)
    .execute(database.db);
  const time = fixedTime('2026-11-25T03:00:00.000Z');
  const auditKey = ephemeralKey('audit key');
  const authz = createAuthorizer(database.db);
  return {
    database,
    dir,
    file,
    deps: (fieldCrypto) => ({ db: database.db, time, authz, auditKey, fieldCrypto }),
    async close() {
      await database.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A keyring with one fresh key. */
export const freshFieldCrypto = (): FieldCrypto => createFieldCrypto({ current: ephemeralKey('encryption key') });

/** The raw bytes of every file of the SQLite database (main file, `-wal`, `-shm`), by name. */
export function readDatabaseFiles(scratch: ScratchDatabase): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(scratch.dir!)) files.set(name, readFileSync(join(scratch.dir!, name)));
  return files;
}

/**
 * The byte patterns a leaked plaintext would show: UTF-8 in NFC and NFD, the folded search form (what a search index
 * would hold), and UTF-16 (little and big endian) for good measure.
 */
export function plaintextPatterns(text: string): Array<{ form: string; bytes: Buffer }> {
  const folded = foldForSearch(text);
  return [
    { form: 'UTF-8 NFC', bytes: Buffer.from(text.normalize('NFC'), 'utf8') },
    { form: 'UTF-8 NFD', bytes: Buffer.from(text.normalize('NFD'), 'utf8') },
    { form: 'folded', bytes: Buffer.from(folded, 'utf8') },
    { form: 'UTF-16LE', bytes: Buffer.from(text.normalize('NFC'), 'utf16le') },
    { form: 'UTF-16BE', bytes: Buffer.from(text.normalize('NFC'), 'utf16le').swap16() },
  ];
}

/** The forms of `text` found in `bytes` (none, for a protected value). */
export function leakedForms(bytes: Buffer, text: string): string[] {
  return plaintextPatterns(text).filter((p) => bytes.includes(p.bytes)).map((p) => p.form);
}
