import { randomUUID } from 'node:crypto';
import type { Action } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import type { ApiToken, ApiTokenCreate } from '../../shared/users/users.schemas';
import type { Actor, Grant } from '../auth/actor';
import { newSecret, sha256 } from '../auth/auth.service';
import { INSTALLATION } from '../auth/authorize';
import type { ApiTokenTable } from '../db/schema';
import { write } from '../db/write';
import { createUsersPolicy } from './users.policy';
import { findUserById, listGrants } from './users.repository';
import type { UserDeps } from './users.service';

/** Throws unless the actor may manage the user (who must exist and be visible to the actor). */
async function assertMayManageUser(deps: UserDeps, actor: Actor, userId: string, action: Action): Promise<void> {
  const user = await findUserById(deps.db, userId);
  const grants = user ? ((await listGrants(deps.db, [userId])) as Grant[]) : [];
  const policy = createUsersPolicy(deps.authz);
  if (!user || !(await policy.maySee(actor, userId, grants))) throw new AppError('USER_NOT_FOUND', { user: userId });
  if (!(await policy.mayManage(actor, grants))) throw new AppError('FORBIDDEN', { action });
}

export function toApiToken(row: ApiTokenTable): ApiToken {
  const { tokenHash: _hash, ...rest } = row;
  return rest;
}

/**
 * Issues an API token for `userId` (default: the actor). The secret is returned once; only its SHA-256 is stored.
 * Issuing one for another user is managing that user (see `users.policy.ts`): a token acts as its user.
 */
export async function createApiToken(
  deps: UserDeps,
  actor: Actor,
  input: ApiTokenCreate,
): Promise<ApiToken & { token: string }> {
  const userId = input.userId ?? actor.userId;
  if (!userId) throw new AppError('USER_NOT_FOUND', { user: '' });
  await deps.authz.assert(actor, 'token:create', INSTALLATION);
  // A token acts as its user: issuing one for someone else is managing that user.
  if (userId !== actor.userId) await assertMayManageUser(deps, actor, userId, 'token:create');
  const token = newSecret('ovs_');
  const now = deps.time.now();
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
  await write(deps, actor, async (w) => {
    await w.trx.insertInto('apiToken').values(row).execute();
    await w.audit({
      action: 'api-token.create',
      entityType: 'api-token',
      entityId: row.id,
      unitId: null,
      after: toApiToken(row),
    });
  });
  return { ...toApiToken(row), token };
}

export async function listApiTokens(deps: UserDeps, actor: Actor): Promise<ApiToken[]> {
  if (!actor.userId) return [];
  const rows = await deps.db.selectFrom('apiToken').selectAll().where('userId', '=', actor.userId).orderBy('createdAt').execute();
  return rows.map(toApiToken);
}

export async function revokeApiToken(deps: UserDeps, actor: Actor, id: string): Promise<void> {
  const row = await deps.db.selectFrom('apiToken').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('TOKEN_NOT_FOUND');
  if (row.userId !== actor.userId) {
    try {
      await assertMayManageUser(deps, actor, row.userId, 'user:manage');
    } catch {
      throw new AppError('TOKEN_NOT_FOUND');
    }
  }
  if (row.revokedAt) return;
  const revokedAt = deps.time.now().toISOString();
  await write(deps, actor, async (w) => {
    await w.trx.updateTable('apiToken').set({ revokedAt }).where('id', '=', id).execute();
    await w.audit({
      action: 'api-token.revoke',
      entityType: 'api-token',
      entityId: id,
      unitId: null,
      before: toApiToken(row),
      after: toApiToken({ ...row, revokedAt }),
    });
  });
}

