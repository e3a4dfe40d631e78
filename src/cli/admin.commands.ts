import { z } from 'zod';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { verifyAuditChain } from '../server/audit/audit-chain';
import type { Config } from '../server/config';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '../server/seed/demo-seed';
import { createApiToken } from '../server/users/tokens.service';
import { createUser, findUserByUsername, unlockUser } from '../server/users/users.service';
import { RoleSchema, UsernameSchema } from '../shared/users/users.schemas';
import type { Runtime } from '../server/runtime';
import { CliError, type Io, resolveUnit, withRuntime } from './cli-context';
import { defineCommand } from './command';

export async function migrateCommand(config: Config, io: Io): Promise<number> {
  return withRuntime(config, async (rt) => {
    io.out(rt.migrated.length ? `Applied: ${rt.migrated.join(', ')}` : 'The database schema is up to date.');
    reportAuditPreparation(rt, io);
    return 0;
  });
}

/** What start-up did to the audit log: restored triggers, sealed a chain written before it was keyed. */
export function reportAuditPreparation(rt: Runtime, io: Io): void {
  const { restoredTriggers, sealedEntries, sealRefused } = rt.audit;
  if (restoredTriggers.length) io.err(`Audit log: restored the append-only triggers (${restoredTriggers.join('; ')}).`);
  if (sealedEntries) io.out(`Audit log: entries 1–${sealedEntries} (written before the audit key) verified and sealed with audit key ${rt.deps.auditKey.fingerprint}.`);
  if (sealRefused) io.err(`Audit log: NOT sealed with the audit key, because the existing chain does not verify (${sealRefused}).`);
}

export async function seedCommand(config: Config, io: Io, opts: { demo: boolean }): Promise<number> {
  if (!opts.demo) throw new CliError('Say which data to load: `oversight seed --demo`.', 2);
  return withRuntime(config, async (rt) => {
    if (!(await isDatabaseEmpty(rt.deps))) throw new CliError('The database already has users; the demo data is only loaded into an empty database.');
    const { users } = await seedDemo(rt.deps);
    io.out(`Loaded the demo dataset: ${users.length} users (password "${DEMO_PASSWORD}").`);
    return 0;
  });
}

const UserCreateArgs = z.object({
  username: UsernameSchema,
  role: RoleSchema,
  unit: z.string().min(1),
  displayName: z.string().optional(),
});

export async function userCreateCommand(config: Config, io: Io, args: Record<string, unknown>): Promise<number> {
  const parsed = UserCreateArgs.safeParse(args);
  if (!parsed.success) {
    throw new CliError(
      `Usage: oversight user create --username U --role R --unit CODE --password-stdin\n${parsed.error.issues
        .map((i) => `  --${i.path.join('.')}: ${i.message}`)
        .join('\n')}`,
      2,
    );
  }
  if (!args.passwordStdin) throw new CliError('Pass the password on standard input with --password-stdin (never as an argument).', 2);
  const password = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  return withRuntime(config, async (rt) => {
    const unitId = await resolveUnit(rt, parsed.data.unit);
    const user = await createUser(rt.deps, SYSTEM_ACTOR, {
      username: parsed.data.username,
      displayName: parsed.data.displayName ?? parsed.data.username,
      password,
      locale: config.cliLocale,
      grants: [{ role: parsed.data.role, unitId }],
    });
    io.out(`Created user ${user.username} (${user.id}) as ${parsed.data.role} of ${unitId}.`);
    return 0;
  });
}

export async function userUnlockCommand(config: Config, io: Io, args: { username?: string }): Promise<number> {
  if (!args.username) throw new CliError('Usage: oversight user unlock --username U', 2);
  return withRuntime(config, async (rt) => {
    const user = await findUserByUsername(rt.deps, SYSTEM_ACTOR, args.username!.trim());
    if (!user) throw new CliError(`There is no user "${args.username}".`);
    const { lockedSources } = user;
    await unlockUser(rt.deps, SYSTEM_ACTOR, user.id);
    io.out(
      lockedSources.length
        ? `Unlocked ${user.username}: sign-in allowed again from ${lockedSources.join(', ')}.`
        : `${user.username} had no active sign-in lock; failed attempts were forgotten.`,
    );
    return 0;
  });
}

export async function tokenCreateCommand(config: Config, io: Io, args: { username?: string; name?: string }): Promise<number> {
  if (!args.username) throw new CliError('Usage: oversight token create --username U [--name NAME]', 2);
  return withRuntime(config, async (rt) => {
    const user = await findUserByUsername(rt.deps, SYSTEM_ACTOR, args.username!);
    if (!user) throw new CliError(`There is no user "${args.username}".`);
    const token = await createApiToken(rt.deps, SYSTEM_ACTOR, { name: args.name ?? 'cli', userId: user.id });
    io.out(token.token);
    io.err(`Token ${token.id} for ${user.username}: keep it secret; it is shown only once.`);
    return 0;
  });
}

export async function backupCommand(config: Config, io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new CliError('Usage: oversight backup FILE', 2);
  if (config.database.engine === 'postgres') {
    throw new CliError('This instance runs on PostgreSQL: back it up with pg_dump, e.g. `pg_dump -Fc "$DATABASE_URL" > oversight.dump`.');
  }
  return withRuntime(config, async (rt) => {
    // better-sqlite3's online backup copies a consistent snapshot while the server keeps running.
    await rt.database.sqlite!.backup(file);
    io.out(`Backed up the SQLite database to ${file}.`);
    return 0;
  });
}

export async function auditVerifyCommand(config: Config, io: Io): Promise<number> {
  return withRuntime(config, async (rt) => {
    const result = await verifyAuditChain(rt.deps);
    const key = `audit key ${result.keyFingerprint} (${rt.deps.auditKey.source})`;
    if (result.ok) {
      io.out(`Audit log intact: ${result.checked} entries, every link verified with the ${key}; append-only triggers in place.`);
      return 0;
    }
    if (result.firstBrokenSeq === null) {
      io.err(`Audit log NOT PROTECTED: ${result.reason}. Run \`oversight migrate\` to restore the triggers.`);
    } else {
      io.err(`Audit log BROKEN at entry ${result.firstBrokenSeq}: ${result.reason} (${result.checked} entries verified before it, ${key}).`);
    }
    return 1;
  }, { prepareAudit: false });
}

export const ADMIN_COMMANDS = [
  defineCommand({
    name: 'migrate',
    synopsis: '',
    summary: 'bring the database schema up to date',
    run: ({ config, io }) => migrateCommand(config, io),
  }),
  defineCommand({
    name: 'seed',
    synopsis: '--demo',
    summary: 'load the Thanh Hóa / Cẩm Thủy demo dataset into an empty database',
    options: { demo: { type: 'boolean' } },
    run: ({ config, io, values }) => seedCommand(config, io, { demo: Boolean(values.demo) }),
  }),
  defineCommand({
    name: 'user create',
    synopsis: '--username U --role R --unit CODE [--display-name N] --password-stdin',
    summary: 'create a user with one role on one unit (the password is read from standard input)',
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    run: ({ config, io, values: v }) =>
      userCreateCommand(config, io, {
        username: v.username,
        role: v.role,
        unit: v.unit,
        displayName: v['display-name'],
        passwordStdin: v['password-stdin'],
      }),
  }),
  defineCommand({
    name: 'user unlock',
    synopsis: '--username U',
    summary: 'lift the sign-in locks left by repeated failed sign-ins',
    options: { username: { type: 'string' } },
    run: ({ config, io, values }) => userUnlockCommand(config, io, { username: values.username as string | undefined }),
  }),
  defineCommand({
    name: 'token create',
    synopsis: '--username U [--name NAME]',
    summary: 'issue an API token for a user (printed once)',
    options: { username: { type: 'string' }, name: { type: 'string' } },
    run: ({ config, io, values }) => tokenCreateCommand(config, io, { username: values.username as string | undefined, name: values.name as string | undefined }),
  }),
  defineCommand({
    name: 'backup',
    synopsis: 'FILE',
    summary: 'online backup of the SQLite database',
    run: ({ config, io, args }) => backupCommand(config, io, args[0]),
  }),
  defineCommand({
    name: 'audit verify',
    synopsis: '',
    summary: "check the audit log's hash chain",
    run: ({ config, io }) => auditVerifyCommand(config, io),
  }),
];
