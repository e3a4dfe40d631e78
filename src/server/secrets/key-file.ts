import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A 256-bit secret held outside the database: the audit chain's HMAC key, and the AES-256-GCM key of protected
 * fields (`field-crypto.ts`; a different key). It comes from configuration (a base64 value, or a file an administrator made)
 * or, for the embedded single-machine default, from a key file created on first run with mode 0600.
 */
export interface SecretKey {
  /** Which key this is, in messages ("audit key"). */
  name: string;
  bytes: Buffer;
  /** A short, non-secret identifier of the key (stored beside what it protects, so a wrong key is named as such). */
  fingerprint: string;
  /** Where it came from, for messages: the variable or the file. */
  source: string;
}

/** Where a key is to come from; decided by `config.ts`, resolved (with file I/O) by `resolveSecretKey`. */
export type SecretKeySource =
  | { kind: 'value'; base64: string; variable: string }
  | { kind: 'file'; path: string; createIfMissing: boolean; variable: string }
  | { kind: 'missing'; reason: string };

/**
 * Where retired keys come from (values sealed under them stay readable until `oversight secrets rotate` re-seals
 * them): base64 values, or a file with one per line (`#` comments allowed); an `optional` file may be absent.
 */
export type SecretKeyringSource =
  | { kind: 'values'; base64: string[]; variable: string }
  | { kind: 'file'; path: string; optional: boolean; variable: string }
  | { kind: 'none' };

export const KEY_BYTES = 32;

export function keyFingerprint(bytes: Buffer): string {
  return createHash('sha256').update('oversight key fingerprint\n').update(bytes).digest('hex').slice(0, 16);
}

/** Decodes a base64 key of exactly 32 bytes; `null` if it is not one. */
export function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** A key made in memory (tests): never written anywhere. */
export function ephemeralKey(name: string): SecretKey {
  const bytes = generateKey();
  return { name, bytes, fingerprint: keyFingerprint(bytes), source: 'generated for this process' };
}

/**
 * Resolves a key from its configured source. A key file is created (32 random bytes, base64, mode 0600, never
 * overwritten) only where `createIfMissing` allows; an existing file readable by group or others is refused.
 */
export function resolveSecretKey(name: string, source: SecretKeySource): SecretKey {
  if (source.kind === 'missing') throw new Error(`No ${name}: ${source.reason}`);
  if (source.kind === 'value') {
    const bytes = decodeKey(source.base64);
    if (!bytes) throw new Error(`${source.variable} must be ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`).`);
    return { name, bytes, fingerprint: keyFingerprint(bytes), source: source.variable };
  }
  if (!existsSync(source.path)) {
    if (!source.createIfMissing) {
      throw new Error(`The ${name} file ${source.path} (${source.variable}) does not exist. Create it with \`openssl rand -base64 32 > ${source.path} && chmod 600 ${source.path}\`.`);
    }
    createKeyFile(source.path);
  }
  if (process.platform !== 'win32' && (statSync(source.path).mode & 0o077) !== 0) {
    throw new Error(`The ${name} file ${source.path} is readable by other users: run \`chmod 600 ${source.path}\`.`);
  }
  const bytes = decodeKey(readFileSync(source.path, 'utf8'));
  if (!bytes) throw new Error(`The ${name} file ${source.path} does not hold ${KEY_BYTES} bytes in base64.`);
  return { name, bytes, fingerprint: keyFingerprint(bytes), source: source.path };
}

/** Resolves retired keys (see `SecretKeyringSource`); a key file readable by others is refused like a current one. */
export function resolvePreviousKeys(name: string, source: SecretKeyringSource): SecretKey[] {
  if (source.kind === 'none') return [];
  if (source.kind === 'values') {
    return source.base64.map((text, i) => {
      const bytes = decodeKey(text);
      if (!bytes) throw new Error(`${source.variable} entry ${i + 1} must be ${KEY_BYTES} random bytes in base64.`);
      return { name, bytes, fingerprint: keyFingerprint(bytes), source: `${source.variable} entry ${i + 1}` };
    });
  }
  if (!existsSync(source.path)) {
    if (source.optional) return [];
    throw new Error(`The ${name} file ${source.path} (${source.variable}) does not exist.`);
  }
  if (process.platform !== 'win32' && (statSync(source.path).mode & 0o077) !== 0) {
    throw new Error(`The ${name} file ${source.path} is readable by other users: run \`chmod 600 ${source.path}\`.`);
  }
  const lines = readFileSync(source.path, 'utf8').split(/\r?\n/);
  return lines.flatMap((line, i) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return [];
    const bytes = decodeKey(text);
    if (!bytes) throw new Error(`The ${name} file ${source.path}, line ${i + 1}, does not hold ${KEY_BYTES} bytes in base64.`);
    return [{ name, bytes, fingerprint: keyFingerprint(bytes), source: `${source.path}:${i + 1}` }];
  });
}

/**
 * Retires the key in `path` and puts a new one there: the old key is first appended (and flushed) to
 * `previousPath`, then the new key replaces the file by an atomic rename, so a crash at any point leaves every
 * existing value readable. Both files keep mode 0600.
 */
export function replaceKeyFile(name: string, path: string, previousPath: string): { retired: SecretKey; current: SecretKey } {
  const retired = resolveSecretKey(name, { kind: 'file', path, createIfMissing: false, variable: path });
  const previous = openSync(previousPath, 'a', 0o600);
  try {
    writeSync(previous, `# retired key, id ${retired.fingerprint}\n${retired.bytes.toString('base64')}\n`);
    fsyncSync(previous);
  } finally {
    closeSync(previous);
  }
  const fresh = generateKey();
  const temporary = `${path}.new`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${fresh.toString('base64')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  return { retired, current: { name, bytes: fresh, fingerprint: keyFingerprint(fresh), source: path } };
}

/** Writes a new key file atomically with respect to other processes: `wx` fails if another one created it first. */
function createKeyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    writeSync(fd, `${generateKey().toString('base64')}\n`);
  } finally {
    closeSync(fd);
  }
}
