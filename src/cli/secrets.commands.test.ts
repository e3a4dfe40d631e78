import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';
import { openRuntime } from '../server/runtime';
import { createFieldCrypto } from '../server/secrets/field-crypto';
import { keyFingerprint, resolveSecretKey } from '../server/secrets/key-file';
import { protectedColumnContext } from '../server/secrets/protected-columns';
import { SCRATCH_NAME } from '../server/test/scratch-protected';
import type { Io } from './cli-context';
import { runCli } from './run';
import { secretsRotateCommand } from './secrets.commands';

const NAME = 'Bùi Thị Xuân Hương';

function capture(): Io & { out: (l: string) => void; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), readStdin: async () => '' };
}

describe('oversight secrets rotate (SQLite, key files in DATA_DIR)', () => {
  it('replaces the key file, keeps the old key for reading, re-seals every registered column and audits it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oversight-rotate-'));
    const config = loadConfig({ DATA_DIR: dir });
    const rt = await openRuntime(config);
    const oldKeyId = rt.deps.fieldCrypto.currentKeyId;
    await sql.raw('create table scratch_protected (id text primary key, label text not null, name_sealed text, scan_sealed blob)').execute(rt.deps.db);
    for (const id of ['P-1', 'P-2']) {
      const nameSealed = rt.deps.fieldCrypto.sealText(protectedColumnContext(SCRATCH_NAME, id), `${NAME} ${id}`);
      await sql`insert into scratch_protected (id, label, name_sealed) values (${id}, 'x', ${nameSealed})`.execute(rt.deps.db);
    }
    await rt.close();
    const oldKeyFile = readFileSync(join(dir, 'encryption.key'), 'utf8').trim();

    const io = capture();
    expect(await secretsRotateCommand(config, io, { newKey: true, dryRun: false }, [SCRATCH_NAME])).toBe(0);
    const newKey = resolveSecretKey('encryption key', { kind: 'file', path: join(dir, 'encryption.key'), createIfMissing: false, variable: 'DATA_DIR' });
    expect(newKey.fingerprint).not.toBe(oldKeyId);
    expect(statSync(join(dir, 'encryption.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'encryption.previous.keys')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'encryption.previous.keys'), 'utf8')).toContain(oldKeyFile);
    expect(io.lines.join('\n')).toContain(`New encryption key ${newKey.fingerprint}`);
    expect(io.lines.join('\n')).toContain(`scratchProtected.nameSealed: 2 values (2 under ${oldKeyId}); re-encrypted 2.`);
    expect(io.lines.join('\n')).toContain(`All 2 protected values are now sealed with encryption key ${newKey.fingerprint}.`);
    expect(io.lines.join('\n')).not.toContain(NAME);

    // The new key alone now reads everything; the audit chain verifies and records the rotation.
    const onlyNew = createFieldCrypto({ current: newKey });
    const after = await openRuntime(config);
    const rows = await sql<{ id: string; nameSealed: string }>`select id, name_sealed from scratch_protected order by id`.execute(after.deps.db);
    expect(rows.rows.map((r) => onlyNew.openText(protectedColumnContext(SCRATCH_NAME, r.id), r.nameSealed).reveal())).toEqual([`${NAME} P-1`, `${NAME} P-2`]);
    const entry = await after.deps.db.selectFrom('auditLog').selectAll().where('action', '=', 'secrets.rotate').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.afterJson!)).toEqual({ keyId: newKey.fingerprint, retiredKeyIds: [oldKeyId], columns: ['scratchProtected.nameSealed: 2/2'] });
    expect(keyFingerprint(Buffer.from(oldKeyFile, 'base64'))).toBe(oldKeyId);
    await after.close();
    const verify = capture();
    expect(await runCli(['audit', 'verify'], verify, { DATA_DIR: dir })).toBe(0);
  }, 60_000);

  it('runs from the command line, lists itself, and refuses --new-key for a key given in the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oversight-rotate-'));
    const help = capture();
    await runCli(['--help'], help, { DATA_DIR: dir });
    expect(help.lines.join('\n')).toContain('secrets rotate [--new-key] [--dry-run]');
    const dry = capture();
    expect(await runCli(['secrets', 'rotate', '--dry-run'], dry, { DATA_DIR: dir })).toBe(0);
    expect(dry.lines.join('\n')).toMatch(/petitionSigner\.fullNameSealed: 0 values[\s\S]*Dry run: nothing was changed/);
    const env = capture();
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(await runCli(['secrets', 'rotate', '--new-key'], env, { DATA_DIR: dir, ENCRYPTION_KEY: key })).toBe(2);
    expect(env.errors.join('\n')).toContain('set ENCRYPTION_KEY to a new key');
    expect(await runCli(['secrets', 'rotate', '--new-key', '--dry-run'], capture(), { DATA_DIR: dir })).toBe(2);
  }, 60_000);
});
