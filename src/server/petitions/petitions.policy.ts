import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { type Authorizer, type Scope, scopeUnitIds } from '../auth/authorize';

/**
 * Who may see, register and reveal petitions, asked of `authorize.ts` on the petition's receiving unit. A petition
 * outside the reader's scope does not exist for them (404, so scopes cannot be probed); one they see but may not
 * change is 403. Revealing a denouncer's identity needs `petition:reveal-identity` on that unit (rules E5).
 */
export interface PetitionsPolicy {
  /** Units whose petitions the actor may read (undefined: all). */
  readableUnitIds(actor: Actor): Promise<string[] | undefined>;
  /** Units whose petitions the actor may register and act on (undefined: all). */
  writableUnitIds(actor: Actor): Promise<string[] | undefined>;
  assertRead(actor: Actor, unitId: string): Promise<void>;
  assertWrite(actor: Actor, unitId: string): Promise<void>;
  mayReveal(actor: Actor, unitId: string): Promise<boolean>;
}

export function createPetitionsPolicy(authz: Authorizer): PetitionsPolicy {
  const contains = (scope: Scope, unitId: string) => scope.all || scope.unitIds.has(unitId);
  return {
    async readableUnitIds(actor) {
      return scopeUnitIds(await authz.scope(actor, 'petition:read'));
    },
    async writableUnitIds(actor) {
      return scopeUnitIds(await authz.scope(actor, 'petition:write'));
    },
    async assertRead(actor, unitId) {
      if (!contains(await authz.scope(actor, 'petition:read'), unitId)) throw new AppError('NOT_FOUND');
    },
    async assertWrite(actor, unitId) {
      if (await authz.can(actor, 'petition:write', unitId)) return;
      if (contains(await authz.scope(actor, 'petition:read'), unitId)) throw new AppError('FORBIDDEN', { action: 'petition:write' });
      throw new AppError('NOT_FOUND');
    },
    async mayReveal(actor, unitId) {
      return authz.can(actor, 'petition:reveal-identity', unitId);
    },
  };
}
