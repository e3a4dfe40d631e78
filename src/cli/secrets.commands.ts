import { SYSTEM_ACTOR } from '../server/auth/actor';
import type { Config } from '../server/config';
import { ENCRYPTION_KEY_NAME } from '../server/secrets/encryption-keys';
import { replaceKeyFile, resolveSecretKey } from '../server/secrets/key-file';
import { PROTECTED_COLUMNS, type ProtectedColumn } from '../server/secrets/protected-columns';
import { rotateEncryptedColumns } from '../server/secrets/rotate.service';
import { CliError, type Io, withRuntime } from './cli-context';
import { defineCommand } from './command';

const MANUAL_ROTATION =
  'To rotate a key given in the environment: set ENCRYPTION_KEY to a new key (`openssl rand -base64 32`) and ' +
  'ENCRYPTION_KEY_PREVIOUS to the old one on every server, restart them, then run `oversight secrets rotate`.';

/**
 * Re-seals every registered protected column under the current encryption key (see rotate.service.ts). With
 * `newKey`, first retires the key file's key into the previous-keys file and writes a new key (key files only).
 */
export async function secretsRotateCommand(
  config: Config,
  io: Io,
  options: { dryRun: boolean; newKey: boolean },
  columns: readonly ProtectedColumn[] = PROTECTED_COLUMNS,
): Promise<number> {
  if (options.newKey) {
    if (options.dryRun) throw new CliError('--new-key and --dry-run do not go together.', 2);
    const current = config.encryptionKey;
    const previous = config.encryptionPreviousKeys;
    if (current.kind !== 'file' || previous.kind !== 'file') {
      throw new CliError(`--new-key replaces a key file (DATA_DIR/encryption.key, or ENCRYPTION_KEY_FILE with ENCRYPTION_KEY_PREVIOUS_FILE). ${MANUAL_ROTATION}`, 2);
    }
    resolveSecretKey(ENCRYPTION_KEY_NAME, current); // creates the embedded key file on a first run
    const { retired, current: fresh } = replaceKeyFile(ENCRYPTION_KEY_NAME, current.path, previous.path);
    io.out(`New encryption key ${fresh.fingerprint} in ${current.path}; the old key ${retired.fingerprint} was kept in ${previous.path} to read older values.`);
  }
  return withRuntime(config, async (rt) => {
    const report = await rotateEncryptedColumns(rt.deps, SYSTEM_ACTOR, columns, { dryRun: options.dryRun });
    const verb = options.dryRun ? 'would re-encrypt' : 're-encrypted';
    for (const c of report.columns) {
      const keys = Object.entries(c.byKey).map(([key, n]) => `${n} under ${key}`).join(', ') || 'no values';
      io.out(`${c.column}: ${c.values} values (${keys}); ${verb} ${c.resealed}.`);
    }
    const total = report.columns.reduce((n, c) => n + c.values, 0);
    if (!columns.length) io.out('No protected columns are registered yet.');
    if (options.dryRun) {
      io.out(`Dry run: nothing was changed. The current encryption key is ${report.keyId}.`);
      return 0;
    }
    io.out(`All ${total} protected values are now sealed with encryption key ${report.keyId}.`);
    if (report.retiredKeyIds.length) {
      io.out(
        `Once every server runs with key ${report.keyId}, run this again; when it re-encrypts nothing, the previous keys ` +
          `(${report.retiredKeyIds.join(', ')}) are no longer needed by this database. Keep copies of them with the backups ` +
          'made before today: those backups can only be read with them.',
      );
    }
    return 0;
  });
}

export const SECRETS_COMMANDS = [
  defineCommand({
    name: 'secrets rotate',
    synopsis: '[--new-key] [--dry-run]',
    summary:
      're-encrypt every protected field under the current encryption key (audited);\n' +
      '--new-key first replaces the key file, keeping the old key for reading',
    options: { 'new-key': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    run: ({ config, io, values }) =>
      secretsRotateCommand(config, io, { dryRun: Boolean(values['dry-run']), newKey: Boolean(values['new-key']) }),
  }),
];
