import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { SecretKey } from './key-file';
import { Protected, protect } from './protected';

/**
 * Authenticated encryption of protected fields at rest (a denouncer's identity, Law on Denunciations 2018 Art. 47
 * and rules.md E5): AES-256-GCM, a fresh random 96-bit nonce per value, and a versioned envelope naming the key by
 * its fingerprint, so keys rotate (old values stay readable under the previous keys, new ones use the current key).
 * The associated data binds each ciphertext to its record and field (`petition:<id>:denouncerName`): a value copied
 * to another row or column, altered, or read with another key fails with `FieldCryptoError`, never with garbage.
 *
 * Envelopes (the key id is the 16-hex-digit fingerprint of `key-file.ts`):
 * - text columns: `ovf1.<keyId>.<kind>.<base64url(nonce ‖ ciphertext ‖ tag)>`, kind `s` (string) or `j` (JSON);
 * - binary columns (attachments): `OVF1` `b` `<keyId, 16 ASCII bytes>` nonce ciphertext tag.
 */
export type FieldKind = 's' | 'j' | 'b';

/** Where a protected value belongs: `entity:recordId:field`. Made by `fieldContext`. */
export type FieldContext = string & { readonly __fieldContext: true };

/** A text envelope as stored in a text column. */
export type SealedText = string & { readonly __sealedText: true };

const TEXT_PREFIX = 'ovf1';
const BINARY_MAGIC = Buffer.from('OVF1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[0-9a-f]{16}$/;
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const BINARY_HEADER = BINARY_MAGIC.length + 1 + 16;

/**
 * The context of one field of one record. `entity` and `field` are code names (no `:`), so the string reads back
 * unambiguously whatever the record id holds.
 */
export function fieldContext(entity: string, recordId: string | number, field: string): FieldContext {
  if (!NAME.test(entity) || !NAME.test(field)) throw new TypeError(`fieldContext: "${entity}" and "${field}" must be code names`);
  const id = String(recordId);
  if (id === '') throw new TypeError('fieldContext: the record id is empty');
  return `${entity}:${id}:${field}` as FieldContext;
}

export type FieldCryptoFailure = 'malformed' | 'unknown-key' | 'unauthentic';

/**
 * A protected value that cannot be read. Its message names the field and the key id, never the value. `unknown-key`:
 * sealed with a key this server does not hold (configure it as a previous key); `unauthentic`: altered, moved from
 * another record or field, or sealed as another kind; `malformed`: not an envelope at all.
 */
export class FieldCryptoError extends AppError {
  constructor(
    readonly reason: FieldCryptoFailure,
    readonly context: string,
    readonly keyId: string | null,
  ) {
    super(reason === 'unknown-key' ? 'PROTECTED_VALUE_KEY_UNKNOWN' : 'PROTECTED_VALUE_UNREADABLE', { field: context, keyId: keyId ?? '-' });
    this.name = 'FieldCryptoError';
  }
}

export interface FieldCrypto {
  /** Fingerprint of the key new values are sealed with. */
  readonly currentKeyId: string;
  /** Fingerprints of every key values can be opened with (current first). */
  readonly keyIds: readonly string[];
  sealText(context: FieldContext, value: string | Protected<string>): SealedText;
  openText(context: FieldContext, sealed: string): Protected<string>;
  /** Small JSON values (an address, an identity document with its kind and number…). */
  sealJson(context: FieldContext, value: unknown): SealedText;
  openJson<T>(context: FieldContext, sealed: string, schema: z.ZodType<T>): Protected<T>;
  /** Binary values (a handwriting scan, an attachment). */
  sealBytes(context: FieldContext, value: Uint8Array | Protected<Uint8Array>): Buffer;
  openBytes(context: FieldContext, sealed: Uint8Array): Protected<Buffer>;
  /** The key id an envelope names (throws `FieldCryptoError('malformed')`). */
  keyIdOf(sealed: string | Uint8Array, context?: string): string;
  /**
   * The same plaintext sealed under the current key (a fresh nonce), after authenticating it under its own key;
   * for rotation. Text stays text, binary stays binary.
   */
  reseal<S extends string | Uint8Array>(context: FieldContext, sealed: S): S extends string ? SealedText : Buffer;
}

interface Parsed {
  kind: FieldKind;
  keyId: string;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * A keyring: `current` seals, `current` and `previous` open. Every key must be distinct; the audit key must not be
 * among them (the runtime checks that).
 */
export function createFieldCrypto(keys: { current: SecretKey; previous?: readonly SecretKey[] }): FieldCrypto {
  const ring = new Map<string, Buffer>();
  for (const key of [keys.current, ...(keys.previous ?? [])]) {
    if (key.bytes.length !== 32) throw new TypeError(`${key.name} is not a 256-bit key`);
    if (!ring.has(key.fingerprint)) ring.set(key.fingerprint, key.bytes);
  }
  const currentKeyId = keys.current.fingerprint;

  function seal(context: FieldContext, kind: FieldKind, plaintext: Buffer): Parsed {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', ring.get(currentKeyId)!, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(currentKeyId, kind, context));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { kind, keyId: currentKeyId, nonce, ciphertext, tag: cipher.getAuthTag() };
  }

  function open(context: FieldContext, expected: FieldKind, parsed: Parsed): Buffer {
    if (parsed.kind !== expected) throw new FieldCryptoError('unauthentic', context, parsed.keyId);
    const key = ring.get(parsed.keyId);
    if (!key) throw new FieldCryptoError('unknown-key', context, parsed.keyId);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, parsed.nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(parsed.keyId, parsed.kind, context));
      decipher.setAuthTag(parsed.tag);
      return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]);
    } catch {
      throw new FieldCryptoError('unauthentic', context, parsed.keyId);
    }
  }

  const openTextKind = (context: FieldContext, sealed: string, kind: 's' | 'j') =>
    open(context, kind, parseText(sealed, context)).toString('utf8');

  return {
    currentKeyId,
    keyIds: [...ring.keys()],
    sealText: (context, value) => formatText(seal(context, 's', Buffer.from(protect(value).reveal(), 'utf8'))),
    openText: (context, sealed) => new Protected(openTextKind(context, sealed, 's')),
    sealJson(context, value) {
      const json = JSON.stringify(value instanceof Protected ? value.reveal() : value);
      if (json === undefined) throw new TypeError(`sealJson(${context}): the value is not JSON`);
      return formatText(seal(context, 'j', Buffer.from(json, 'utf8')));
    },
    openJson(context, sealed, schema) {
      const parsed = schema.safeParse(JSON.parse(openTextKind(context, sealed, 'j')));
      // Only the paths: an issue's message could quote the value.
      if (!parsed.success) throw new Error(`The protected value of ${context} does not match its schema (${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}).`);
      return new Protected(parsed.data);
    },
    sealBytes: (context, value) => formatBinary(seal(context, 'b', Buffer.from(protect(value).reveal()))),
    openBytes: (context, sealed) => new Protected(open(context, 'b', parseBinary(sealed, context))),
    keyIdOf: (sealed, context = '(unknown field)') =>
      (typeof sealed === 'string' ? parseText(sealed, context) : parseBinary(sealed, context)).keyId,
    reseal(context, sealed) {
      const parsed = typeof sealed === 'string' ? parseText(sealed, context) : parseBinary(sealed, context);
      const plaintext = open(context, parsed.kind, parsed);
      try {
        const fresh = seal(context, parsed.kind, plaintext);
        return (typeof sealed === 'string' ? formatText(fresh) : formatBinary(fresh)) as never;
      } finally {
        plaintext.fill(0);
      }
    },
  };
}

/** Whether a value looks like an envelope of this module (text or binary), e.g. to keep it out of the audit log. */
export function isSealed(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith(`${TEXT_PREFIX}.`);
  return value instanceof Uint8Array && Buffer.from(value.buffer, value.byteOffset, Math.min(value.length, 4)).equals(BINARY_MAGIC);
}

/** Binds a ciphertext to its format version, key, kind and place. */
function associatedData(keyId: string, kind: FieldKind, context: string): Buffer {
  return Buffer.from(JSON.stringify(['oversight-field', 1, keyId, kind, context]), 'utf8');
}

function formatText(p: Parsed): SealedText {
  return `${TEXT_PREFIX}.${p.keyId}.${p.kind}.${Buffer.concat([p.nonce, p.ciphertext, p.tag]).toString('base64url')}` as SealedText;
}

function parseText(sealed: string, context: string): Parsed {
  const parts = typeof sealed === 'string' ? sealed.split('.') : [];
  const [prefix, keyId = '', kind, body = ''] = parts;
  if (parts.length !== 4 || prefix !== TEXT_PREFIX || !KEY_ID.test(keyId) || (kind !== 's' && kind !== 'j') || !/^[A-Za-z0-9_-]+$/.test(body)) {
    throw new FieldCryptoError('malformed', context, null);
  }
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new FieldCryptoError('malformed', context, keyId);
  return {
    kind,
    keyId,
    nonce: bytes.subarray(0, NONCE_BYTES),
    ciphertext: bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  };
}

function formatBinary(p: Parsed): Buffer {
  return Buffer.concat([BINARY_MAGIC, Buffer.from(p.kind, 'ascii'), Buffer.from(p.keyId, 'ascii'), p.nonce, p.ciphertext, p.tag]);
}

function parseBinary(sealed: Uint8Array, context: string): Parsed {
  const bytes = Buffer.isBuffer(sealed) ? sealed : Buffer.from(sealed);
  const keyId = bytes.subarray(BINARY_MAGIC.length + 1, BINARY_HEADER).toString('latin1');
  if (
    bytes.length < BINARY_HEADER + NONCE_BYTES + TAG_BYTES ||
    !bytes.subarray(0, BINARY_MAGIC.length).equals(BINARY_MAGIC) ||
    bytes[BINARY_MAGIC.length] !== 0x62 || // 'b'
    !KEY_ID.test(keyId)
  ) {
    throw new FieldCryptoError('malformed', context, null);
  }
  return {
    kind: 'b',
    keyId,
    nonce: bytes.subarray(BINARY_HEADER, BINARY_HEADER + NONCE_BYTES),
    ciphertext: bytes.subarray(BINARY_HEADER + NONCE_BYTES, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  };
}
