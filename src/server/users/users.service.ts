import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import { foldForSearch } from '../../shared/text/fold';
import {
  type GrantInput,
  type User,
  type UserCreate,
  type UserUpdate,
} from '../../shared/users/users.schemas';
import type { Actor, Grant } from '../auth/actor';
import { endUserAccess } from '../auth/auth.service';
import { clearLoginFailures, lockedSourcesByUsername } from '../auth/login-lockout.service';
import { type Authorizer, INSTALLATION, scopeUnitIds } from '../auth/authorize';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import type { TimeSource } from '../time-source';
import type { AppUserTable, DB } from '../db/schema';
import { write } from '../db/write';
import { getOrgUnit } from '../org-units/org-units.service';
import { createUsersPolicy } from './users.policy';
import type { SecretKey } from '../secrets/key-file';
import * as repo from './users.repository';

export interface UserDeps {
  db: Kysely<DB>;
  time: TimeSource;
  auditKey: SecretKey;
  authz: Authorizer;
  /** scrypt cost exponent; tests lower it. */
  passwordLogN?: number;
}

export function toUser(row: AppUserTable, grants: repo.GrantRow[], locks: Map<string, string[]> = new Map()): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    locale: row.locale as User['locale'],
    isActive: row.isActive === 1,
    lockedSources: locks.get(row.username) ?? [],
    grants: grants
      .filter((g) => g.userId === row.id)
      .map((g) => ({ id: g.id, role: g.role as Role, unitId: g.unitId, unitName: g.unitName })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Throws ROLE_NOT_GRANTABLE unless the actor may hand out `grant` (see `Authorizer.canGrant`). */
async function assertCanGrant(deps: UserDeps, actor: Actor, grant: GrantInput): Promise<void> {
  await getOrgUnit(deps, actor, grant.unitId); // a unit outside the actor's scope answers like a missing one
  if (!(await deps.authz.canGrant(actor, grant))) throw new AppError('ROLE_NOT_GRANTABLE', { role: grant.role });
}

/** The user, if the actor may see it; out-of-scope users answer exactly like missing ones. */
async function loadVisible(deps: UserDeps, actor: Actor, userId: string): Promise<{ user: AppUserTable; grants: repo.GrantRow[] }> {
  const user = await repo.findUserById(deps.db, userId);
  const grants = user ? await repo.listGrants(deps.db, [userId]) : [];
  if (!user || !(await createUsersPolicy(deps.authz).maySee(actor, userId, grants as Grant[]))) {
    throw new AppError('USER_NOT_FOUND', { user: userId });
  }
  return { user, grants };
}

/** A user may be changed only by someone who could have granted every one of that user's roles. */
async function assertCanManage(deps: UserDeps, actor: Actor, userId: string): Promise<AppUserTable> {
  const { user, grants } = await loadVisible(deps, actor, userId);
  if (!(await createUsersPolicy(deps.authz).mayManage(actor, grants as Grant[]))) throw new AppError('FORBIDDEN', { action: 'user:manage' });
  return user;
}

/** The user as the actor may see it: grants on units outside the actor's scope are left out. */
async function present(deps: UserDeps, actor: Actor, row: AppUserTable, grants: repo.GrantRow[]): Promise<User> {
  const locks = await lockedSourcesByUsername(deps.db, deps.time, [row.username]);
  return toUser(row, await createUsersPolicy(deps.authz).visibleGrants(actor, row.id, grants), locks);
}

export async function listUsers(deps: UserDeps, actor: Actor, q?: string): Promise<User[]> {
  const scope = await deps.authz.scope(actor, 'user:read');
  if (!scope.all && scope.unitIds.size === 0) throw new AppError('FORBIDDEN', { action: 'user:read' });
  const rows = await repo.listUsers(deps.db, scopeUnitIds(scope), q ? foldForSearch(q) : undefined);
  const grants = await repo.listGrants(deps.db, rows.map((r) => r.id));
  const visible = scope.all ? grants : grants.filter((g) => scope.unitIds.has(g.unitId));
  const locks = await lockedSourcesByUsername(deps.db, deps.time, rows.map((r) => r.username));
  return rows.map((r) => toUser(r, visible, locks));
}

/** The user as just written, shown as the actor may see it (the actor's permission was already checked). */
async function reloadUser(deps: UserDeps, actor: Actor, id: string): Promise<User> {
  const row = await repo.findUserById(deps.db, id);
  if (!row) throw new AppError('USER_NOT_FOUND', { user: id });
  return present(deps, actor, row, await repo.listGrants(deps.db, [id]));
}

/** The user with this user name, if the actor may see it. */
export async function findUserByUsername(deps: UserDeps, actor: Actor, username: string): Promise<User | undefined> {
  const row = await repo.findUserByUsername(deps.db, username.toLowerCase());
  if (!row) return undefined;
  const grants = await repo.listGrants(deps.db, [row.id]);
  if (!(await createUsersPolicy(deps.authz).maySee(actor, row.id, grants as Grant[]))) return undefined;
  return present(deps, actor, row, grants);
}

/** Whether any account exists (a fresh installation has none). */
export async function hasUsers(deps: Pick<UserDeps, 'db'>): Promise<boolean> {
  return (await repo.countUsers(deps.db)) > 0;
}

export async function getUser(deps: UserDeps, actor: Actor, id: string): Promise<User> {
  const { user, grants } = await loadVisible(deps, actor, id);
  return present(deps, actor, user, grants);
}

export async function createUser(deps: UserDeps, actor: Actor, input: UserCreate): Promise<User> {
  assertPasswordAllowed(input.password, input);
  if (input.grants.length === 0) await deps.authz.assert(actor, 'user:manage', INSTALLATION);
  for (const grant of input.grants) await assertCanGrant(deps, actor, grant);
  if (await repo.findUserByUsername(deps.db, input.username)) {
    throw new AppError('USERNAME_TAKEN', { username: input.username }, [{ path: 'username', message: '' }]);
  }
  const now = deps.time.now().toISOString();
  const row: AppUserTable = {
    id: randomUUID(),
    username: input.username,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password, deps.passwordLogN),
    locale: input.locale,
    isActive: 1,
    failedLogins: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
  };
  const grants = dedupeGrants(input.grants).map((g) => ({ id: randomUUID(), userId: row.id, ...g, createdAt: now }));
  await write(deps, actor, async (w) => {
    if (await repo.findUserByUsername(w.trx, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username });
    await repo.insertUser(w.trx, row);
    for (const g of grants) await repo.insertGrant(w.trx, g);
    await w.audit({
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      unitId: grants[0]?.unitId ?? null,
      after: { ...toUser(row, []), grants: grants.map(({ role, unitId }) => ({ role, unitId })) },
    });
  });
  return reloadUser(deps, actor, row.id);
}

function dedupeGrants(grants: GrantInput[]): GrantInput[] {
  const seen = new Set<string>();
  return grants.filter((g) => !seen.has(`${g.role}@${g.unitId}`) && seen.add(`${g.role}@${g.unitId}`));
}

export async function updateUser(deps: UserDeps, actor: Actor, id: string, patch: UserUpdate): Promise<User> {
  const self = actor.userId === id;
  // Users may change their own name, language and password; anything else needs user:manage.
  const before = self && patch.isActive === undefined ? await repo.findUserById(deps.db, id) : await assertCanManage(deps, actor, id);
  if (!before) throw new AppError('USER_NOT_FOUND', { user: id });
  if (patch.password !== undefined) {
    assertPasswordAllowed(patch.password, { username: before.username, displayName: patch.displayName ?? before.displayName });
    // Someone who finds an unlocked screen must not be able to take the account over.
    if (self && !(await verifyPassword(patch.currentPassword ?? '', before.passwordHash))) {
      throw new AppError('CURRENT_PASSWORD_INVALID', {}, [{ path: 'currentPassword', message: '' }]);
    }
  }
  const changes: Partial<AppUserTable> = { updatedAt: deps.time.now().toISOString() };
  if (patch.displayName !== undefined) changes.displayName = patch.displayName;
  if (patch.locale !== undefined) changes.locale = patch.locale;
  if (patch.isActive !== undefined) changes.isActive = patch.isActive ? 1 : 0;
  if (patch.password !== undefined) {
    changes.passwordHash = await hashPassword(patch.password, deps.passwordLogN);
  }
  await write(deps, actor, async (w) => {
    await repo.updateUser(w.trx, id, changes);
    await w.audit({
      action: patch.password !== undefined ? 'user.update-password' : 'user.update',
      entityType: 'user',
      entityId: id,
      unitId: null,
      before: toUser(before, []),
      after: toUser({ ...before, ...changes }, []),
    });
    // A password change or deactivation ends every session and revokes every API token of that user.
    if (patch.password !== undefined || patch.isActive === false) {
      await endUserAccess(w, id, patch.password !== undefined ? 'password-changed' : 'deactivated');
    }
  });
  return reloadUser(deps, actor, id);
}

/**
 * Lifts every sign-in lock of a user (and forgets their counted failures), for whoever may manage that user. The
 * sources that were locked go to the audit log.
 */
export async function unlockUser(deps: UserDeps, actor: Actor, id: string): Promise<User> {
  const user = await assertCanManage(deps, actor, id);
  const lockedSources = (await lockedSourcesByUsername(deps.db, deps.time, [user.username])).get(user.username) ?? [];
  await write(deps, actor, async (w) => {
    await clearLoginFailures(w.trx, user.username);
    await w.audit({
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      unitId: null,
      before: { lockedSources },
      after: { lockedSources: [] },
    });
  });
  return reloadUser(deps, actor, id);
}

export async function grantRole(deps: UserDeps, actor: Actor, userId: string, grant: GrantInput): Promise<User> {
  await loadVisible(deps, actor, userId);
  await assertCanGrant(deps, actor, grant);
  const existing = await repo.listGrants(deps.db, [userId]);
  if (!existing.some((g) => g.role === grant.role && g.unitId === grant.unitId)) {
    const row = { id: randomUUID(), userId, ...grant, createdAt: deps.time.now().toISOString() };
    await write(deps, actor, async (w) => {
      await repo.insertGrant(w.trx, row);
      await w.audit({
        action: 'user.grant-role',
        entityType: 'user',
        entityId: userId,
        unitId: grant.unitId,
        after: { role: grant.role, unitId: grant.unitId },
      });
    });
  }
  return reloadUser(deps, actor, userId);
}

export async function revokeRole(deps: UserDeps, actor: Actor, userId: string, grantId: string): Promise<User> {
  const { grants } = await loadVisible(deps, actor, userId);
  const grant = grants.find((g) => g.id === grantId);
  if (!grant || !(await deps.authz.canGrant(actor, { role: grant.role as Role, unitId: grant.unitId }, { existing: true }))) {
    throw new AppError('NOT_FOUND');
  }
  await write(deps, actor, async (w) => {
    await repo.deleteGrant(w.trx, grantId);
    await w.audit({
      action: 'user.revoke-role',
      entityType: 'user',
      entityId: userId,
      unitId: grant.unitId,
      before: { role: grant.role, unitId: grant.unitId },
    });
  });
  return reloadUser(deps, actor, userId);
}
