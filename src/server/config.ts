import { join } from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
import { ATTACHMENT_TYPES, type AttachmentType } from '../shared/attachments/attachment-types';
import { decodeKey, type SecretKeyringSource, type SecretKeySource } from './secrets/key-file';

/** The ceiling of ATTACHMENT_MAX_BYTES: a file is read into memory and stored in one row. */
const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

/** The only reader of `process.env`. Everything else receives a parsed `Config`. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset to use the embedded SQLite database)')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  SQLITE_FILE: z.string().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(120),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: 'a comma-separated list of proxy addresses or CIDRs (e.g. 127.0.0.1,10.0.0.0/8)' });
        return z.NEVER;
      }
      return parsed;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  LANG: z.string().optional(),
  /** The audit chain's HMAC key, base64 of 32 random bytes; or AUDIT_KEY_FILE, a file holding it. */
  AUDIT_KEY: z
    .string()
    .refine((v) => decodeKey(v) !== null, 'must be 32 random bytes in base64 (`openssl rand -base64 32`)')
    .optional(),
  AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** The AES-256-GCM key of protected fields (a denouncer's identity), base64 of 32 random bytes; a different key. */
  ENCRYPTION_KEY: z
    .string()
    .refine((v) => decodeKey(v) !== null, 'must be 32 random bytes in base64 (`openssl rand -base64 32`)')
    .optional(),
  ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
  /** Retired encryption keys, comma-separated: values sealed under them stay readable until `secrets rotate`. */
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
    .refine((keys) => keys.every((k) => decodeKey(k) !== null), 'a comma-separated list of keys, each 32 random bytes in base64')
    .optional(),
  /** A file (mode 0600) with one retired encryption key per line. */
  ENCRYPTION_KEY_PREVIOUS_FILE: z.string().min(1).optional(),
  /** Largest attachment, in bytes (it is stored in the database, in one row). */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(MAX_ATTACHMENT_BYTES).default(20 * 1024 * 1024),
  /** Comma-separated kinds of file accepted as attachments (a subset of pdf,jpeg,png,docx,xlsx,odt,txt). */
  ATTACHMENT_TYPES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const types = (value ?? ATTACHMENT_TYPES.join(',')).split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
      const unknown = types.filter((t) => !(ATTACHMENT_TYPES as readonly string[]).includes(t));
      if (types.length === 0 || unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `a comma-separated list of ${ATTACHMENT_TYPES.join(', ')}` });
        return z.NEVER;
      }
      return [...new Set(types)] as AttachmentType[];
    }),
});

export interface Config {
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };
  host: string;
  port: number;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  cookieSecure: 'true' | 'false' | 'auto';
  loginRateLimitPerMinute: number;
  /**
   * Whose `X-Forwarded-For` to believe, for the client address (login rate limit and lockout): `false` = nobody (the
   * TCP peer is the client) or the proxies' addresses/CIDRs. No hop count: a count trusts whatever sits N hops
   * away, so a misconfigured count silently trusts forged headers; addresses fail closed.
   */
  trustProxy: false | string[];
  logLevel: string;
  webDistDir: string;
  version: string;
  /** Where the audit chain's HMAC key comes from (resolved, with file I/O, by `server/secrets/key-file.ts`). */
  auditKey: SecretKeySource;
  /** Where the protected fields' encryption key comes from (`server/secrets/field-crypto.ts`). */
  encryptionKey: SecretKeySource;
  /** Retired encryption keys, still used to read values sealed before a rotation. */
  encryptionPreviousKeys: SecretKeyringSource;
  /** Language of command-line messages, from LANG (vi_VN.UTF-8 -> vi); English otherwise. */
  cliLocale: 'vi' | 'en';
  /** What an attachment may be: the one place its limits are set (uploads' body limit follows `maxBytes`). */
  attachments: { maxBytes: number; allowedTypes: AttachmentType[] };
}

export const APP_VERSION = '0.1.0';

/** Parses the environment; on a bad value, throws one readable message listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR.replace(/\/$/, '');
  return {
    database: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL }
      : { engine: 'sqlite', file: e.SQLITE_FILE ?? `${dataDir}/oversight.sqlite` },
    host: e.HOST,
    port: e.PORT,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    version: APP_VERSION,
    auditKey: auditKeySource(e, dataDir),
    encryptionKey: encryptionKeySource(e, dataDir),
    encryptionPreviousKeys: encryptionPreviousKeysSource(e, dataDir),
    cliLocale: e.LANG?.toLowerCase().startsWith('vi') ? 'vi' : 'en',
    attachments: { maxBytes: e.ATTACHMENT_MAX_BYTES, allowedTypes: e.ATTACHMENT_TYPES },
  };
}

/**
 * The audit key: AUDIT_KEY, else AUDIT_KEY_FILE, else (embedded SQLite only) `DATA_DIR/audit.key`, created on first
 * run. PostgreSQL needs it configured: several server processes on several machines must share one key, and a file
 * made on each machine would give each a different one.
 */
function auditKeySource(e: z.infer<typeof EnvSchema>, dataDir: string): SecretKeySource {
  if (e.AUDIT_KEY) return { kind: 'value', base64: e.AUDIT_KEY, variable: 'AUDIT_KEY' };
  if (e.AUDIT_KEY_FILE) return { kind: 'file', path: e.AUDIT_KEY_FILE, createIfMissing: false, variable: 'AUDIT_KEY_FILE' };
  if (e.DATABASE_URL) {
    return {
      kind: 'missing',
      reason:
        'with PostgreSQL (DATABASE_URL) set AUDIT_KEY to 32 random bytes in base64 (`openssl rand -base64 32`), or AUDIT_KEY_FILE ' +
        'to a file holding it, the same on every server. Keep a copy apart from the database backups: without it the audit ' +
        'chain can no longer be verified.',
    };
  }
  return { kind: 'file', path: join(dataDir, 'audit.key'), createIfMissing: true, variable: 'DATA_DIR' };
}

/**
 * The encryption key of protected fields: ENCRYPTION_KEY, else ENCRYPTION_KEY_FILE, else (embedded SQLite only)
 * `DATA_DIR/encryption.key`, created on first run. Like the audit key, PostgreSQL needs it configured, the same on
 * every server; unlike the audit key, losing it loses the protected data itself.
 */
function encryptionKeySource(e: z.infer<typeof EnvSchema>, dataDir: string): SecretKeySource {
  if (e.ENCRYPTION_KEY) return { kind: 'value', base64: e.ENCRYPTION_KEY, variable: 'ENCRYPTION_KEY' };
  if (e.ENCRYPTION_KEY_FILE) return { kind: 'file', path: e.ENCRYPTION_KEY_FILE, createIfMissing: false, variable: 'ENCRYPTION_KEY_FILE' };
  if (e.DATABASE_URL) {
    return {
      kind: 'missing',
      reason:
        'with PostgreSQL (DATABASE_URL) set ENCRYPTION_KEY to 32 random bytes in base64 (`openssl rand -base64 32`, not the ' +
        'audit key), or ENCRYPTION_KEY_FILE to a file holding it, the same on every server. Keep a copy apart from the ' +
        'database backups: without it the protected fields (denouncers\' identities) cannot be read.',
    };
  }
  return { kind: 'file', path: join(dataDir, 'encryption.key'), createIfMissing: true, variable: 'DATA_DIR' };
}

/** Retired encryption keys: ENCRYPTION_KEY_PREVIOUS, else its file, else `DATA_DIR/encryption.previous.keys` if present. */
function encryptionPreviousKeysSource(e: z.infer<typeof EnvSchema>, dataDir: string): SecretKeyringSource {
  if (e.ENCRYPTION_KEY_PREVIOUS?.length) return { kind: 'values', base64: e.ENCRYPTION_KEY_PREVIOUS, variable: 'ENCRYPTION_KEY_PREVIOUS' };
  if (e.ENCRYPTION_KEY_PREVIOUS_FILE) {
    return { kind: 'file', path: e.ENCRYPTION_KEY_PREVIOUS_FILE, optional: false, variable: 'ENCRYPTION_KEY_PREVIOUS_FILE' };
  }
  if (e.DATABASE_URL || e.ENCRYPTION_KEY || e.ENCRYPTION_KEY_FILE) return { kind: 'none' };
  return { kind: 'file', path: join(dataDir, 'encryption.previous.keys'), optional: true, variable: 'DATA_DIR' };
}

/** `TRUST_PROXY`: unset or empty trusts nobody; otherwise proxy addresses or CIDRs. Null when invalid. */
function parseTrustProxy(value: string | undefined): false | string[] | null {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
  const valid = entries.every((entry) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  return valid && entries.length > 0 ? entries : null;
}
