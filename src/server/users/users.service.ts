import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canGrantRole, type Role } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import { scopeOf } from '../../shared/org-units/org-graph';
import { foldForSearch } from '../../shared/text/fold';
import {
  type GrantInput,
  type User,
  type UserCreate,
  type UserUpdate,
} from '../../shared/users/users.schemas';
import type { Actor } from '../auth/actor';
import { endUserAccess } from '../auth/auth.service';
import { clearLoginFailures, lockedSourcesByUsername } from '../auth/login-lockout.service';
import { type Authorizer, scopeUnitIds } from '../auth/authorize';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { AppUserTable, DB } from '../db/schema';
import { findUnitById } from '../org-units/org-units.repository';
import * as repo from './users.repository';

export interface UserDeps {
  db: Kysely<DB>;
  clock: Clock;
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

const isAdministrator = (actor: Actor) => actor.kind === 'system' || actor.grants.some((g) => g.role === 'administrator');

/** May `actor` grant `role` on `unitId`? Needs user:manage there, and a granting role that allows that role. */
async function assertCanGrant(deps: UserDeps, actor: Actor, grant: GrantInput): Promise<void> {
  if (!(await findUnitById(deps.db, grant.unitId))) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: grant.unitId });
  if (actor.kind === 'system') return;
  const g = await deps.authz.graph();
  const allowed = actor.grants.some(
    (own) =>
      (own.role === 'administrator' || own.role === 'unit_administrator') &&
      canGrantRole(own.role, grant.role) &&
      scopeOf(g, [own.unitId]).has(grant.unitId),
  );
  if (!allowed) throw new AppError('ROLE_NOT_GRANTABLE', { role: grant.role });
}

/** A user may be changed only by someone whose scope covers every one of that user's grants. */
async function assertCanManage(deps: UserDeps, actor: Actor, userId: string): Promise<AppUserTable> {
  const user = await repo.findUserById(deps.db, userId);
  if (!user || !(await canSee(deps, actor, userId))) throw new AppError('USER_NOT_FOUND', { user: userId });
  const grants = await repo.listGrants(deps.db, [userId]);
  if (grants.length === 0 && !isAdministrator(actor)) throw new AppError('FORBIDDEN', { action: 'user:manage' });
  for (const grant of grants) await deps.authz.assert(actor, 'user:manage', grant.unitId);
  if (grants.some((g) => g.role === 'administrator') && !isAdministrator(actor)) {
    throw new AppError('FORBIDDEN', { action: 'user:manage' });
  }
  return user;
}

async function canSee(deps: UserDeps, actor: Actor, userId: string): Promise<boolean> {
  if (actor.userId === userId) return true;
  const scope = await deps.authz.scope(actor, 'user:read');
  if (scope.all) return true;
  const grants = await repo.listGrants(deps.db, [userId]);
  if (grants.length === 0) return isAdministrator(actor);
  return grants.some((g) => scope.unitIds.has(g.unitId));
}

export async function listUsers(deps: UserDeps, actor: Actor, q?: string): Promise<User[]> {
  const scope = await deps.authz.scope(actor, 'user:read');
  if (!scope.all && scope.unitIds.size === 0) throw new AppError('FORBIDDEN', { action: 'user:read' });
  const rows = await repo.listUsers(deps.db, scopeUnitIds(scope), q ? foldForSearch(q) : undefined);
  const grants = await repo.listGrants(deps.db, rows.map((r) => r.id));
  const locks = await lockedSourcesByUsername(deps.db, deps.clock, rows.map((r) => r.username));
  return rows.map((r) => toUser(r, grants, locks));
}

/** The user as just written, for a caller whose permission was already checked (no scope check, no fake actor). */
async function reloadUser(deps: UserDeps, id: string): Promise<User> {
  const row = await repo.findUserById(deps.db, id);
  if (!row) throw new AppError('USER_NOT_FOUND', { user: id });
  return toUser(row, await repo.listGrants(deps.db, [id]), await lockedSourcesByUsername(deps.db, deps.clock, [row.username]));
}

export async function getUser(deps: UserDeps, actor: Actor, id: string): Promise<User> {
  const row = await repo.findUserById(deps.db, id);
  if (!row || !(await canSee(deps, actor, id))) throw new AppError('USER_NOT_FOUND', { user: id });
  return toUser(row, await repo.listGrants(deps.db, [id]), await lockedSourcesByUsername(deps.db, deps.clock, [row.username]));
}

export async function createUser(deps: UserDeps, actor: Actor, input: UserCreate): Promise<User> {
  assertPasswordAllowed(input.password, input);
  if (input.grants.length === 0 && !isAdministrator(actor)) throw new AppError('FORBIDDEN', { action: 'user:manage' });
  for (const grant of input.grants) await assertCanGrant(deps, actor, grant);
  if (await repo.findUserByUsername(deps.db, input.username)) {
    throw new AppError('USERNAME_TAKEN', { username: input.username }, [{ path: 'username', message: '' }]);
  }
  const now = deps.clock.now().toISOString();
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
  await deps.db.transaction().execute(async (trx) => {
    if (await repo.findUserByUsername(trx, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username });
    await repo.insertUser(trx, row);
    for (const g of grants) await repo.insertGrant(trx, g);
    await recordAudit(trx, deps.clock, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      unitId: grants[0]?.unitId ?? null,
      after: { ...toUser(row, []), grants: grants.map(({ role, unitId }) => ({ role, unitId })) },
    });
  });
  return reloadUser(deps, row.id);
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
  const changes: Partial<AppUserTable> = { updatedAt: deps.clock.now().toISOString() };
  if (patch.displayName !== undefined) changes.displayName = patch.displayName;
  if (patch.locale !== undefined) changes.locale = patch.locale;
  if (patch.isActive !== undefined) changes.isActive = patch.isActive ? 1 : 0;
  if (patch.password !== undefined) {
    changes.passwordHash = await hashPassword(patch.password, deps.passwordLogN);
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, changes);
    await recordAudit(trx, deps.clock, actor, {
      action: patch.password !== undefined ? 'user.update-password' : 'user.update',
      entityType: 'user',
      entityId: id,
      unitId: null,
      before: toUser(before, []),
      after: toUser({ ...before, ...changes }, []),
    });
    // A password change or deactivation ends every session and revokes every API token of that user.
    if (patch.password !== undefined || patch.isActive === false) {
      await endUserAccess(trx, deps.clock, actor, id, patch.password !== undefined ? 'password-changed' : 'deactivated');
    }
  });
  return reloadUser(deps, id);
}

/**
 * Lifts every sign-in lock of a user (and forgets their counted failures), for whoever may manage that user. The
 * sources that were locked go to the audit log.
 */
export async function unlockUser(deps: UserDeps, actor: Actor, id: string): Promise<User> {
  const user = await assertCanManage(deps, actor, id);
  const lockedSources = (await lockedSourcesByUsername(deps.db, deps.clock, [user.username])).get(user.username) ?? [];
  await deps.db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, user.username);
    await recordAudit(trx, deps.clock, actor, {
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      unitId: null,
      before: { lockedSources },
      after: { lockedSources: [] },
    });
  });
  return reloadUser(deps, id);
}

export async function grantRole(deps: UserDeps, actor: Actor, userId: string, grant: GrantInput): Promise<User> {
  const user = await repo.findUserById(deps.db, userId);
  if (!user || !(await canSee(deps, actor, userId))) throw new AppError('USER_NOT_FOUND', { user: userId });
  await assertCanGrant(deps, actor, grant);
  const existing = await repo.listGrants(deps.db, [userId]);
  if (!existing.some((g) => g.role === grant.role && g.unitId === grant.unitId)) {
    const row = { id: randomUUID(), userId, ...grant, createdAt: deps.clock.now().toISOString() };
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertGrant(trx, row);
      await recordAudit(trx, deps.clock, actor, {
        action: 'user.grant-role',
        entityType: 'user',
        entityId: userId,
        unitId: grant.unitId,
        after: { role: grant.role, unitId: grant.unitId },
      });
    });
  }
  return reloadUser(deps, userId);
}

export async function revokeRole(deps: UserDeps, actor: Actor, userId: string, grantId: string): Promise<User> {
  const grant = await repo.findGrant(deps.db, grantId);
  if (!grant || grant.userId !== userId || !(await canSee(deps, actor, userId))) throw new AppError('NOT_FOUND');
  await assertCanGrant(deps, actor, { role: grant.role as Role, unitId: grant.unitId });
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteGrant(trx, grantId);
    await recordAudit(trx, deps.clock, actor, {
      action: 'user.revoke-role',
      entityType: 'user',
      entityId: userId,
      unitId: grant.unitId,
      before: { role: grant.role, unitId: grant.unitId },
    });
  });
  return reloadUser(deps, userId);
}
