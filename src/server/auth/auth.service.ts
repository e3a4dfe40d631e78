import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n/locale';
import type { ApiToken, ApiTokenCreate } from '../../shared/users/users.schemas';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { ApiTokenTable, AppUserTable, DB } from '../db/schema';
import { findUserById, findUserByUsername, listGrants } from '../users/users.repository';
import type { Actor } from './actor';
import { DUMMY_HASH, verifyPassword } from './password';

export interface AuthDeps {
  db: Kysely<DB>;
  clock: Clock;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
}

export const MAX_FAILED_LOGINS = 10;
export const LOCK_MINUTES = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

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
      await recordAudit(trx, deps.clock, actor, {
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
    await recordAudit(trx, deps.clock, actor, { action: 'auth.login', entityType: 'user', entityId: user.id, unitId: null });
  });
  return { token, actor: { ...actor, sessionId: sha256(token) }, expiresAt };
}

/**
 * Ends every way `userId` is signed in: deletes their sessions and revokes their API tokens (revoked for good, so a
 * reactivation does not bring them back). Called inside the caller's transaction on a password change or reset and
 * on deactivation; audit-logged when anything was ended.
 */
export async function endUserAccess(
  trx: Transaction<DB>,
  clock: Clock,
  actor: Actor,
  userId: string,
  reason: 'password-changed' | 'deactivated',
): Promise<void> {
  const revokedAt = clock.now().toISOString();
  const tokens = await trx.selectFrom('apiToken').select('id').where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  const sessions = await trx.deleteFrom('userSession').where('userId', '=', userId).executeTakeFirst();
  if (tokens.length > 0) {
    await trx.updateTable('apiToken').set({ revokedAt }).where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  }
  const sessionsEnded = Number(sessions.numDeletedRows);
  if (tokens.length === 0 && sessionsEnded === 0) return;
  await recordAudit(trx, clock, actor, {
    action: 'user.access-revoked',
    entityType: 'user',
    entityId: userId,
    unitId: null,
    after: { reason, sessionsEnded, revokedTokenIds: tokens.map((t) => t.id) },
  });
}

export async function logout(deps: AuthDeps, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('userSession').where('id', '=', sessionId).execute();
    await recordAudit(trx, deps.clock, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId ?? '', unitId: null });
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

export function toApiToken(row: ApiTokenTable): ApiToken {
  const { tokenHash: _hash, ...rest } = row;
  return rest;
}

/**
 * Issues an API token for `userId` (default: the actor). The secret is returned once; only its SHA-256 is stored.
 * Only administrators issue tokens for other users.
 */
export async function createApiToken(
  deps: AuthDeps,
  actor: Actor,
  input: ApiTokenCreate,
): Promise<ApiToken & { token: string }> {
  const userId = input.userId ?? actor.userId;
  if (!userId) throw new AppError('USER_NOT_FOUND', { user: '' });
  const isAdmin = actor.kind === 'system' || actor.grants.some((g) => g.role === 'administrator');
  if (userId !== actor.userId && !isAdmin) throw new AppError('FORBIDDEN', { action: 'token:create' });
  if (!(await findUserById(deps.db, userId))) throw new AppError('USER_NOT_FOUND', { user: userId });
  const token = newSecret('ovs_');
  const now = deps.clock.now();
  const row: ApiTokenTable = {
    id: randomUUID(),
    userId,
    name: input.name,
    tokenHash: sha256(token),
    createdAt: now.toISOString(),
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('apiToken').values(row).execute();
    await recordAudit(trx, deps.clock, actor, {
      action: 'api-token.create',
      entityType: 'api-token',
      entityId: row.id,
      unitId: null,
      after: toApiToken(row),
    });
  });
  return { ...toApiToken(row), token };
}

export async function listApiTokens(deps: AuthDeps, actor: Actor): Promise<ApiToken[]> {
  if (!actor.userId) return [];
  const rows = await deps.db.selectFrom('apiToken').selectAll().where('userId', '=', actor.userId).orderBy('createdAt').execute();
  return rows.map(toApiToken);
}

export async function revokeApiToken(deps: AuthDeps, actor: Actor, id: string): Promise<void> {
  const row = await deps.db.selectFrom('apiToken').selectAll().where('id', '=', id).executeTakeFirst();
  const isAdmin = actor.grants.some((g) => g.role === 'administrator');
  if (!row || (row.userId !== actor.userId && !isAdmin)) throw new AppError('TOKEN_NOT_FOUND');
  if (row.revokedAt) return;
  const revokedAt = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('apiToken').set({ revokedAt }).where('id', '=', id).execute();
    await recordAudit(trx, deps.clock, actor, {
      action: 'api-token.revoke',
      entityType: 'api-token',
      entityId: id,
      unitId: null,
      before: toApiToken(row),
      after: toApiToken({ ...row, revokedAt }),
    });
  });
}

