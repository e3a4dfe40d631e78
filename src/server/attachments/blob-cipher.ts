/**
 * How protected attachments are encrypted at rest. The attachment store does not know the algorithm or where the key
 * lives: it is handed a cipher (the AES-256-GCM field encryption of `server/secrets`, built on the key that never
 * enters the database) and stores what `seal` returns.
 *
 * Contract: `seal` is authenticated encryption with a fresh nonce each time (the same file sealed twice gives
 * different bytes, so protected files are never deduplicated and their hashes reveal nothing); `open` throws when the
 * bytes or the `context` differ from what was sealed. `context` is authenticated but not stored (the store passes the
 * attachment id and the field), so sealed bytes cannot be moved to another attachment or field unnoticed.
 */
export interface BlobCipher {
  /** Fingerprint of the key (stored beside each protected attachment, so a wrong key is named as such). */
  readonly keyId: string;
  seal(plain: Buffer, context: string): Buffer | Promise<Buffer>;
  open(sealed: Buffer, context: string): Buffer | Promise<Buffer>;
}
