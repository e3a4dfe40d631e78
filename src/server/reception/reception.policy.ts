import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { scopeOf } from '../../shared/org-units/org-graph';
import { type Authorizer, type Scope, scopeUnitIds } from '../auth/authorize';

/**
 * Who may see and record citizen reception, asked of `authorize.ts`. Everyone with a role sees the sessions, turns
 * and citizens of the units in their `reception:read` scope; recording needs `reception:write` on the session's unit.
 * A unit outside the read scope does not exist for the actor (404, like a missing record).
 */
export interface ReceptionPolicy {
  /** The units whose reception records the actor sees (`undefined`: all). */
  readableUnits(actor: Actor): Promise<string[] | undefined>;
  readScope(actor: Actor): Promise<Scope>;
  /**
   * The units a list covers: `unitId`'s subtree (and its predecessors') when given, within the read scope;
   * `undefined` means no restriction.
   */
  listUnits(actor: Actor, unitId?: string): Promise<string[] | undefined>;
  /** NOT_FOUND unless the actor may see the unit's reception records. */
  assertRead(actor: Actor, unitId: string): Promise<void>;
  /** NOT_FOUND when the unit is out of sight; FORBIDDEN when it is seen but not writable. */
  assertWrite(actor: Actor, unitId: string): Promise<void>;
}

export function createReceptionPolicy(authz: Authorizer): ReceptionPolicy {
  const assertRead = async (actor: Actor, unitId: string) => {
    // A unit that does not exist is not found, even for those whose scope is the whole installation.
    if (!(await authz.graph()).units.has(unitId) || !(await authz.can(actor, 'reception:read', unitId))) throw new AppError('NOT_FOUND');
  };
  return {
    readScope: (actor) => authz.scope(actor, 'reception:read'),
    async readableUnits(actor) {
      return scopeUnitIds(await authz.scope(actor, 'reception:read'));
    },
    assertRead,
    async listUnits(actor, unitId) {
      const readable = scopeUnitIds(await authz.scope(actor, 'reception:read'));
      if (unitId === undefined) return readable;
      const subtree = scopeOf(await authz.graph(), [unitId]);
      const allowed = readable ? new Set(readable) : null;
      return [...subtree].filter((id) => !allowed || allowed.has(id));
    },
    async assertWrite(actor, unitId) {
      await assertRead(actor, unitId);
      await authz.assert(actor, 'reception:write', unitId);
    },
  };
}
