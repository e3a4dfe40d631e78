import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n/locale';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { AppUserTable, DB } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';
import { findUserById, findUserByUsername, listGrants } from '../users/users.repository';
import type { Actor } from './actor';
import { DUMMY_HASH, verifyPassword } from './password';

export interface AuthDeps {
  db: Kysely<DB>;
  clock: Clock;
  auditKey: SecretKey;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
}

export const MAX_FAILED_LOGINS = 10;
export const LOCK_MINUTES = 15;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export async function actorForUser(db: Kysely<DB>, user: AppUserTable): Promise<Actor> {
  const grants = await listGrants(db, [user.id]);
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale as Locale,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId })),
  };
}

/**
 * Checks a username and password and opens a session. Ten failures in a row lock the account for 15 minutes
 * (on top of the per-address rate limit on the route). Unknown usernames cost the same time as known ones.
 */
export async function login(
  deps: AuthDeps,
  username: string,
  password: string,
  userAgent: string | null,
): Promise<{ token: string; actor: Actor; expiresAt: string }> {
  const now = deps.clock.now();
  const user = await findUserByUsername(deps.db, username);
  if (!user || user.isActive !== 1) {
    await verifyPassword(password, DUMMY_HASH);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    const minutes = Math.ceil((Date.parse(user.lockedUntil) - now.getTime()) / 60_000);
    throw new AppError('ACCOUNT_LOCKED', { minutes });
  }
  const actor = await actorForUser(deps.db, user);
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failed = user.failedLogins + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('appUser').set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil }).where('id', '=', user.id).execute();
      await recordAudit(trx, deps, actor, {
        action: lockedUntil ? 'auth.account-locked' : 'auth.login-failed',
        entityType: 'user',
        entityId: user.id,
        unitId: null,
      });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = newSecret('');
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('appUser').set({ failedLogins: 0, lockedUntil: null }).where('id', '=', user.id).execute();
    await trx
      .insertInto('userSession')
      .values({
        id: sha256(token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt,
        lastSeenAt: now.toISOString(),
        userAgent: userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await recordAudit(trx, deps, actor, { action: 'auth.login', entityType: 'user', entityId: user.id, unitId: null });
  });
  return { token, actor: { ...actor, sessionId: sha256(token) }, expiresAt };
}

export async function logout(deps: AuthDeps, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('userSession').where('id', '=', sessionId).execute();
    await recordAudit(trx, deps, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId ?? '', unitId: null });
  });
}

/** The actor behind a session cookie, or null when the session is unknown, expired or idle too long. */
export async function actorFromSession(deps: AuthDeps, token: string): Promise<Actor | null> {
  const id = sha256(token);
  const session = await deps.db.selectFrom('userSession').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) return null;
  const now = deps.clock.now();
  const idleLimit = new Date(Date.parse(session.lastSeenAt) + deps.sessionIdleMinutes * 60_000);
  if (session.expiresAt <= now.toISOString() || idleLimit <= now) {
    await deps.db.deleteFrom('userSession').where('id', '=', id).execute();
    return null;
  }
  const user = await findUserById(deps.db, session.userId);
  if (!user || user.isActive !== 1) return null;
  // Touch at most once a minute: sessions are read on every request.
  if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) {
    await deps.db.updateTable('userSession').set({ lastSeenAt: now.toISOString() }).where('id', '=', id).execute();
  }
  return { ...(await actorForUser(deps.db, user)), sessionId: id };
}

export async function actorFromApiToken(deps: AuthDeps, token: string): Promise<Actor | null> {
  const row = await deps.db.selectFrom('apiToken').selectAll().where('tokenHash', '=', sha256(token)).executeTakeFirst();
  const now = deps.clock.now().toISOString();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const user = await findUserById(deps.db, row.userId);
  if (!user || user.isActive !== 1) return null;
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > 60_000) {
    await deps.db.updateTable('apiToken').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
  }
  return { ...(await actorForUser(deps.db, user)), tokenId: row.id };
}
