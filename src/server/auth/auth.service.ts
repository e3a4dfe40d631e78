import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n/locale';
import { recordAudit } from '../audit/audit.service';
import type { TimeSource } from '../time-source';
import type { AppUserTable, DB } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';
import { findUserById, findUserByUsername, listGrants } from '../users/users.repository';
import type { Write } from '../db/write';
import { type Actor, SYSTEM_ACTOR } from './actor';
import { activeLock, clearLoginFailures, loginName, loginSource, recordLoginFailure } from './login-lockout.service';
import { DUMMY_HASH, verifyPassword } from './password';

export interface AuthDeps {
  db: Kysely<DB>;
  time: TimeSource;
  auditKey: SecretKey;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
}

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-lockout.service';

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
 * Checks a username and password and opens a session. Failures are counted per (username as typed, source address)
 * in the database: ten lock that pair for 15 minutes (on top of the per-address rate limit on the route), so an
 * attacker cannot lock the real user out from everywhere. Unknown usernames are counted, locked and timed exactly like
 * known ones, so neither the answer nor its timing tells whether an account exists.
 */
export async function login(
  deps: AuthDeps,
  typedUsername: string,
  password: string,
  client: { ip: string; userAgent: string | null },
): Promise<{ token: string; actor: Actor; expiresAt: string }> {
  const now = deps.time.now();
  const username = loginName(typedUsername);
  const source = loginSource(client.ip);
  const lockedUntil = await activeLock(deps.db, deps.time, username, source);
  if (lockedUntil) throw lockedError(now, lockedUntil);
  const user = await findUserByUsername(deps.db, username);
  const known = user && user.isActive === 1 ? user : null;
  const ok = await verifyPassword(password, known?.passwordHash ?? DUMMY_HASH);
  if (!known || !ok) {
    const lockedNow = await recordLoginFailure(deps.db, deps.time, username, source);
    const actor = known ? await actorForUser(deps.db, known) : SYSTEM_ACTOR;
    await deps.db.transaction().execute(async (trx) => {
      if (known) await recordAudit(trx, deps, actor, { action: 'auth.login-failed', entityType: 'user', entityId: known.id, unitId: null, after: { source } });
      if (lockedNow) {
        await recordAudit(trx, deps, actor, {
          action: 'auth.login-locked',
          entityType: known ? 'user' : 'login',
          entityId: known?.id ?? username,
          unitId: null,
          after: { username, source, lockedUntil: lockedNow },
        });
      }
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const actor = await actorForUser(deps.db, known);
  const token = newSecret('');
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, username, source);
    await trx
      .insertInto('userSession')
      .values({
        id: sha256(token),
        userId: known.id,
        createdAt: now.toISOString(),
        expiresAt,
        lastSeenAt: now.toISOString(),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await recordAudit(trx, deps, actor, { action: 'auth.login', entityType: 'user', entityId: known.id, unitId: null, after: { source } });
  });
  return { token, actor: { ...actor, sessionId: sha256(token) }, expiresAt };
}

/**
 * Ends every way `userId` is signed in: deletes their sessions and revokes their API tokens (revoked for good, so a
 * reactivation does not bring them back). Called inside the caller's transaction on a password change or reset and
 * on deactivation; audit-logged when anything was ended.
 */
export async function endUserAccess(w: Write, userId: string, reason: 'password-changed' | 'deactivated'): Promise<void> {
  const { trx } = w;
  const revokedAt = w.now;
  const tokens = await trx.selectFrom('apiToken').select('id').where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  const sessions = await trx.deleteFrom('userSession').where('userId', '=', userId).executeTakeFirst();
  if (tokens.length > 0) {
    await trx.updateTable('apiToken').set({ revokedAt }).where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  }
  const sessionsEnded = Number(sessions.numDeletedRows);
  if (tokens.length === 0 && sessionsEnded === 0) return;
  await w.audit({
    action: 'user.access-revoked',
    entityType: 'user',
    entityId: userId,
    unitId: null,
    after: { reason, sessionsEnded, revokedTokenIds: tokens.map((t: { id: string }) => t.id) },
  });
}

/** The one answer for a locked pair, whether the username exists or not. */
function lockedError(now: Date, lockedUntil: string): AppError {
  return new AppError('ACCOUNT_LOCKED', { minutes: Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000)) });
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
  const now = deps.time.now();
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
  const now = deps.time.now().toISOString();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const user = await findUserById(deps.db, row.userId);
  if (!user || user.isActive !== 1) return null;
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > 60_000) {
    await deps.db.updateTable('apiToken').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
  }
  return { ...(await actorForUser(deps.db, user)), tokenId: row.id };
}
