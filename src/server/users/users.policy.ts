import type { Role } from '../../shared/auth/roles';
import type { Actor, Grant } from '../auth/actor';
import { type Authorizer, INSTALLATION } from '../auth/authorize';

/**
 * Who may see and change a user account, asked of `authorize.ts`. A user is seen by anyone whose `user:read` scope
 * holds one of the user's units; changed only by someone who could have granted every one of the user's roles
 * (so a unit administrator never manages an installation administrator). Users without roles belong to the whole
 * installation.
 */
export interface UsersPolicy {
  maySee(actor: Actor, userId: string, grants: readonly Grant[]): Promise<boolean>;
  mayManage(actor: Actor, grants: readonly Grant[]): Promise<boolean>;
  /** The grants of a user that the actor may see (a unit administrator sees nothing of other scopes). */
  visibleGrants<G extends { unitId: string }>(actor: Actor, userId: string, grants: readonly G[]): Promise<G[]>;
}

export function createUsersPolicy(authz: Authorizer): UsersPolicy {
  return {
    async maySee(actor, userId, grants) {
      if (actor.userId === userId) return true;
      if (grants.length === 0) return authz.can(actor, 'user:read', INSTALLATION);
      const scope = await authz.scope(actor, 'user:read');
      return scope.all || grants.some((g) => scope.unitIds.has(g.unitId));
    },
    async mayManage(actor, grants) {
      if (grants.length === 0) return authz.can(actor, 'user:manage', INSTALLATION);
      for (const grant of grants) {
        if (!(await authz.canGrant(actor, { role: grant.role as Role, unitId: grant.unitId }, { existing: true }))) return false;
      }
      return true;
    },
    async visibleGrants(actor, userId, grants) {
      if (actor.userId === userId) return [...grants];
      const scope = await authz.scope(actor, 'user:read');
      return scope.all ? [...grants] : grants.filter((g) => scope.unitIds.has(g.unitId));
    },
  };
}
