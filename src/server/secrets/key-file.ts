import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A 256-bit secret held outside the database: the audit chain's HMAC key today, the AES-256-GCM key of the
 * petitions' protected fields next. It comes from configuration (a base64 value, or a file an administrator made)
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
