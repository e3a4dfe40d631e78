import type { Config } from '../config';
import { createFieldCrypto, type FieldCrypto } from './field-crypto';
import { resolvePreviousKeys, resolveSecretKey, type SecretKey } from './key-file';

export const ENCRYPTION_KEY_NAME = 'encryption key';

/**
 * Resolves the protected fields' keyring from the configuration (current key, then the retired ones), refusing the
 * audit key as an encryption key: one key for both would let whoever must verify the audit chain read identities too.
 */
export function resolveFieldCrypto(config: Pick<Config, 'encryptionKey' | 'encryptionPreviousKeys'>, auditKey: SecretKey): FieldCrypto {
  const current = resolveSecretKey(ENCRYPTION_KEY_NAME, config.encryptionKey);
  const previous = resolvePreviousKeys(`previous ${ENCRYPTION_KEY_NAME}`, config.encryptionPreviousKeys);
  const reused = [current, ...previous].find((key) => key.bytes.equals(auditKey.bytes));
  if (reused) {
    throw new Error(
      `The ${reused.name} (${reused.source}) is the audit key (${auditKey.source}): use a different key for each ` +
        '(`openssl rand -base64 32`).',
    );
  }
  return createFieldCrypto({ current, previous });
}
