import { z } from 'zod';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { createApiToken } from '../server/auth/auth.service';
import { verifyAuditChain } from '../server/audit/audit.service';
import type { Config } from '../server/config';
import { authDeps } from '../server/http/context';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '../server/seed/demo-seed';
import { findUserByUsername } from '../server/users/users.repository';
import { createUser, getUser, unlockUser } from '../server/users/users.service';
import { RoleSchema, UsernameSchema } from '../shared/users/users.schemas';
import { CliError, type Io, resolveUnit, withRuntime } from './cli-context';

export async function migrateCommand(config: Config, io: Io): Promise<number> {
  return withRuntime(config, async (rt) => {
    io.out(rt.migrated.length ? `Applied: ${rt.migrated.join(', ')}` : 'The database schema is up to date.');
    return 0;
  });
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
    const user = await findUserByUsername(rt.deps.db, args.username!.trim().toLowerCase());
    if (!user) throw new CliError(`There is no user "${args.username}".`);
    const { lockedSources } = await getUser(rt.deps, SYSTEM_ACTOR, user.id);
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
    const user = await findUserByUsername(rt.deps.db, args.username!.toLowerCase());
    if (!user) throw new CliError(`There is no user "${args.username}".`);
    const token = await createApiToken(authDeps(rt.deps), SYSTEM_ACTOR, { name: args.name ?? 'cli', userId: user.id });
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
    const result = await verifyAuditChain(rt.deps.db);
    if (result.ok) {
      io.out(`Audit log intact: ${result.checked} entries, every link verified.`);
      return 0;
    }
    io.err(`Audit log BROKEN at entry ${result.firstBrokenSeq}: ${result.reason} (${result.checked} entries verified before it).`);
    return 1;
  });
}
