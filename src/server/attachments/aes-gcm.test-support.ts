import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyFingerprint } from '../secrets/key-file';
import type { BlobCipher } from './blob-cipher';

/**
 * A real AES-256-GCM cipher for tests of the attachment store: a fresh 96-bit nonce per seal, the context as
 * additional authenticated data, `nonce | tag | ciphertext` as the sealed bytes. The application's own cipher comes
 * from server/secrets; this one only has to honour the same contract.
 */
export function testAesGcmCipher(key: Buffer = randomBytes(32)): BlobCipher {
  return {
    keyId: keyFingerprint(key),
    seal(plain, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    open(sealed, context) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}
