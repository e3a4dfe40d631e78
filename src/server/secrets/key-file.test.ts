import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openRuntime } from '../runtime';
import { generateKey, keyFingerprint, resolveSecretKey } from './key-file';

const fresh = () => mkdtempSync(join(tmpdir(), 'oversight-key-'));

describe('secret keys held outside the database', () => {
  it('creates the embedded default key file once, with mode 0600, and reuses it', () => {
    const dir = fresh();
    const config = loadConfig({ DATA_DIR: join(dir, 'data') });
    expect(config.auditKey).toEqual({ kind: 'file', path: join(dir, 'data', 'audit.key'), createIfMissing: true, variable: 'DATA_DIR' });
    const first = resolveSecretKey('audit key', config.auditKey);
    expect(statSync(join(dir, 'data', 'audit.key')).mode & 0o777).toBe(0o600);
    expect(first.bytes).toHaveLength(32);
    const again = resolveSecretKey('audit key', config.auditKey);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(again.fingerprint).toBe(keyFingerprint(first.bytes));
    expect(readFileSync(join(dir, 'data', 'audit.key'), 'utf8')).not.toContain(first.fingerprint);
  });

  it('takes AUDIT_KEY (base64, 32 bytes) or AUDIT_KEY_FILE from the configuration', () => {
    const key = generateKey();
    const fromEnv = resolveSecretKey('audit key', loadConfig({ AUDIT_KEY: key.toString('base64') }).auditKey);
    expect(fromEnv.bytes.equals(key)).toBe(true);
    expect(fromEnv.source).toBe('AUDIT_KEY');
    const file = join(fresh(), 'k');
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
    expect(resolveSecretKey('audit key', loadConfig({ AUDIT_KEY_FILE: file }).auditKey).fingerprint).toBe(fromEnv.fingerprint);
  });

  it('refuses a malformed key, a missing configured file and a key file others can read', () => {
    expect(() => loadConfig({ AUDIT_KEY: 'c2hvcnQ=' })).toThrow(/AUDIT_KEY: must be 32 random bytes in base64/);
    expect(() => resolveSecretKey('audit key', loadConfig({ AUDIT_KEY_FILE: '/nonexistent/k' }).auditKey)).toThrow(/does not exist/);
    const file = join(fresh(), 'k');
    writeFileSync(file, generateKey().toString('base64'));
    chmodSync(file, 0o644);
    expect(() => resolveSecretKey('audit key', { kind: 'file', path: file, createIfMissing: false, variable: 'AUDIT_KEY_FILE' })).toThrow(/chmod 600/);
    chmodSync(file, 0o600);
    writeFileSync(file, 'not a key');
    expect(() => resolveSecretKey('audit key', { kind: 'file', path: file, createIfMissing: false, variable: 'AUDIT_KEY_FILE' })).toThrow(/base64/);
  });

  it('refuses to start on PostgreSQL without a configured audit key, saying what to do', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATA_DIR: fresh() });
    await expect(openRuntime(config)).rejects.toThrow(/No audit key: with PostgreSQL \(DATABASE_URL\) set AUDIT_KEY/);
  });
});
