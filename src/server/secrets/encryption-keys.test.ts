import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openRuntime } from '../runtime';
import { resolveFieldCrypto } from './encryption-keys';
import { fieldContext } from './field-crypto';
import { generateKey, keyFingerprint, resolveSecretKey } from './key-file';

const fresh = () => mkdtempSync(join(tmpdir(), 'oversight-enc-'));
const b64 = (key: Buffer) => key.toString('base64');
const at = fieldContext('petition', 'P-1', 'denouncerName');

describe('the encryption key of protected fields, held outside the database', () => {
  it('is created on first run in DATA_DIR/encryption.key (0600), apart from the audit key, and reused', async () => {
    const dir = fresh();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.encryptionKey).toEqual({ kind: 'file', path: join(dir, 'encryption.key'), createIfMissing: true, variable: 'DATA_DIR' });
    expect(config.encryptionPreviousKeys).toEqual({ kind: 'file', path: join(dir, 'encryption.previous.keys'), optional: true, variable: 'DATA_DIR' });
    const rt = await openRuntime(config);
    const sealed = rt.deps.fieldCrypto.sealText(at, 'Lò Văn Sáng');
    await rt.close();
    expect(statSync(join(dir, 'encryption.key')).mode & 0o777).toBe(0o600);
    const encryption = readFileSync(join(dir, 'encryption.key'), 'utf8');
    expect(encryption).not.toBe(readFileSync(join(dir, 'audit.key'), 'utf8'));
    expect(rt.deps.fieldCrypto.currentKeyId).toBe(keyFingerprint(Buffer.from(encryption.trim(), 'base64')));
    const again = await openRuntime(config);
    expect(again.deps.fieldCrypto.openText(at, sealed).reveal()).toBe('Lò Văn Sáng');
    // The key is never in the database.
    const meta = await again.deps.db.selectFrom('appMeta').select('value').execute();
    expect(meta.map((m) => m.value).join()).not.toContain(encryption.trim());
    await again.close();
  });

  it('takes ENCRYPTION_KEY or ENCRYPTION_KEY_FILE, and previous keys from ENCRYPTION_KEY_PREVIOUS or a file', () => {
    const [current, old1, old2] = [generateKey(), generateKey(), generateKey()];
    const audit = resolveSecretKey('audit key', { kind: 'value', base64: b64(generateKey()), variable: 'AUDIT_KEY' });
    const fromEnv = resolveFieldCrypto(loadConfig({ ENCRYPTION_KEY: b64(current), ENCRYPTION_KEY_PREVIOUS: ` ${b64(old1)}, ${b64(old2)} ` }), audit);
    expect(fromEnv.keyIds).toEqual([current, old1, old2].map(keyFingerprint));
    const dir = fresh();
    writeFileSync(join(dir, 'k'), `${b64(current)}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'old'), `# retired in 2026\n${b64(old1)}\n\n${b64(old2)}\n`, { mode: 0o600 });
    const fromFiles = resolveFieldCrypto(loadConfig({ ENCRYPTION_KEY_FILE: join(dir, 'k'), ENCRYPTION_KEY_PREVIOUS_FILE: join(dir, 'old') }), audit);
    expect(fromFiles.keyIds).toEqual(fromEnv.keyIds);
    chmodSync(join(dir, 'old'), 0o644);
    expect(() => resolveFieldCrypto(loadConfig({ ENCRYPTION_KEY_FILE: join(dir, 'k'), ENCRYPTION_KEY_PREVIOUS_FILE: join(dir, 'old') }), audit)).toThrow(/chmod 600/);
    expect(() => loadConfig({ ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/ENCRYPTION_KEY: must be 32 random bytes/);
    expect(() => loadConfig({ ENCRYPTION_KEY_PREVIOUS: `${b64(old1)},nope` })).toThrow(/ENCRYPTION_KEY_PREVIOUS: a comma-separated list/);
    writeFileSync(join(dir, 'bad'), `${b64(old1)}\nnot a key\n`, { mode: 0o600 });
    expect(() => resolveFieldCrypto(loadConfig({ ENCRYPTION_KEY: b64(current), ENCRYPTION_KEY_PREVIOUS_FILE: join(dir, 'bad') }), audit)).toThrow(/bad, line 2/);
  });

  it('refuses the audit key as an encryption key, current or previous', async () => {
    const shared = b64(generateKey());
    await expect(openRuntime(loadConfig({ DATA_DIR: fresh(), AUDIT_KEY: shared, ENCRYPTION_KEY: shared }))).rejects.toThrow(
      /The encryption key \(ENCRYPTION_KEY\) is the audit key \(AUDIT_KEY\): use a different key/,
    );
    await expect(
      openRuntime(loadConfig({ DATA_DIR: fresh(), AUDIT_KEY: shared, ENCRYPTION_KEY: b64(generateKey()), ENCRYPTION_KEY_PREVIOUS: shared })),
    ).rejects.toThrow(/previous encryption key .* is the audit key/);
  });

  it('refuses to start on PostgreSQL without a configured encryption key, saying what to do', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATA_DIR: fresh(), AUDIT_KEY: b64(generateKey()) });
    expect(config.encryptionPreviousKeys).toEqual({ kind: 'none' });
    await expect(openRuntime(config)).rejects.toThrow(/No encryption key: with PostgreSQL \(DATABASE_URL\) set ENCRYPTION_KEY .*not the audit key/);
  });
});
