import type { Kysely } from 'kysely';
import {
  type Action,
  ACTION_REACH,
  ACTIONS,
  canGrantRole,
  effectiveRole,
  isInstallationRole,
  roleAllows,
} from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import { buildOrgGraph, type OrgGraph, scopeOf } from '../../shared/org-units/org-graph';
import type { DB } from '../db/schema';
import type { Actor, Grant } from './actor';

/** The set of units an actor may act on for one action; `all` for installation administrators and the system. */
export type Scope = { all: true } | { all: false; unitIds: Set<string> };

/**
 * Where an action is decided: a unit id, or `INSTALLATION` for things that belong to no unit or to all of them
 * (top-level units, users without roles, the national calendar, the audit chain).
 */
export const INSTALLATION = null;
export type Target = string | typeof INSTALLATION;

export interface Authorizer {
  /** Units the actor may perform `action` on. Every scoped query filters through this. */
  scope(actor: Actor, action: Action): Promise<Scope>;
  /** Whether the actor may perform `action` on `target` (a unit id, or INSTALLATION). */
  can(actor: Actor, action: Action, target: Target): Promise<boolean>;
  /** Throws FORBIDDEN unless the actor may perform `action` on `target`. */
  assert(actor: Actor, action: Action, target: Target): Promise<void>;
  /**
   * Whether the actor may hand out `grant` (a role on a unit): a granting role over that unit that allows the role.
   * With `existing`, asks about a grant someone already holds (to change or revoke it), judged by what it acts as.
   */
  canGrant(actor: Actor, grant: Grant, options?: { existing?: boolean }): Promise<boolean>;
  /** The actions the actor may perform somewhere (drives menus and buttons). */
  allowedActions(actor: Actor): Promise<Action[]>;
  graph(): Promise<OrgGraph>;
  /** Call after a write to units or succession links (other processes see the version bump). */
  invalidate(): void;
}

export const ORG_GRAPH_VERSION_KEY = 'org_graph_version';

const isTopLevel = (g: OrgGraph, unitId: string) => g.units.has(unitId) && !g.units.get(unitId)!.parentId;

/** The grants an actor acts with: an `administrator` granted below the top level acts as a unit administrator. */
function effectiveGrants(g: OrgGraph, actor: Actor): Array<Grant & { installation: boolean }> {
  return actor.grants.map((grant) => {
    const top = isTopLevel(g, grant.unitId);
    return { role: effectiveRole(grant.role, top), unitId: grant.unitId, installation: isInstallationRole(grant.role, top) };
  });
}

/**
 * The one place that decides who may read or write what. A role is granted on a unit; it covers that unit's
 * subtree and its predecessors' (see `scopeOf`). An administrator granted on a top-level unit administers the whole
 * installation. The organisation graph is cached per process and reloaded when the `org_graph_version` counter
 * (bumped by every organisation write, in any process) changes. Feature policies (`*.policy.ts`) ask this module;
 * nothing else compares roles.
 */
export function createAuthorizer(db: Kysely<DB>): Authorizer {
  let cached: { version: string; graph: OrgGraph } | null = null;

  async function graph(): Promise<OrgGraph> {
    const row = await db.selectFrom('appMeta').select('value').where('key', '=', ORG_GRAPH_VERSION_KEY).executeTakeFirst();
    const version = row?.value ?? '0';
    if (cached && cached.version === version) return cached.graph;
    const [units, links] = await Promise.all([
      db.selectFrom('orgUnit').select(['id', 'parentId', 'validFrom', 'validTo']).execute(),
      db.selectFrom('successionLink').select(['eventId', 'unitId', 'role']).execute(),
    ]);
    cached = { version, graph: buildOrgGraph(units, links) };
    return cached.graph;
  }

  async function scope(actor: Actor, action: Action): Promise<Scope> {
    if (actor.kind === 'system') return { all: true };
    if (actor.grants.length === 0) return { all: false, unitIds: new Set() };
    const g = await graph();
    const granted = effectiveGrants(g, actor).filter((e) => roleAllows(e.role, action));
    if (granted.some((e) => e.installation)) return { all: true };
    if (ACTION_REACH[action] === 'installation') return { all: false, unitIds: new Set() };
    return { all: false, unitIds: scopeOf(g, granted.map((e) => e.unitId)) };
  }

  async function can(actor: Actor, action: Action, target: Target): Promise<boolean> {
    if (ACTION_REACH[action] === 'self') return actor.kind === 'system' || actor.grants.some((g) => roleAllows(g.role, action));
    const s = await scope(actor, action);
    if (s.all) return true;
    return target !== INSTALLATION && s.unitIds.has(target);
  }

  return {
    scope,
    can,
    async assert(actor, action, target) {
      if (!(await can(actor, action, target))) throw new AppError('FORBIDDEN', { action });
    },
    async canGrant(actor, grant, options = {}) {
      if (actor.kind === 'system') return true;
      const g = await graph();
      const top = isTopLevel(g, grant.unitId);
      // Administrator is an installation role: it is handed out only on a top-level unit.
      if (!options.existing && grant.role === 'administrator' && !top) return false;
      const role = effectiveRole(grant.role, top);
      return effectiveGrants(g, actor).some(
        (own) =>
          roleAllows(own.role, 'user:manage') &&
          canGrantRole(own.role, role) &&
          (own.installation || scopeOf(g, [own.unitId]).has(grant.unitId)),
      );
    },
    async allowedActions(actor) {
      if (actor.kind === 'system') return [...ACTIONS];
      if (actor.grants.length === 0) return [];
      // Asked on every page load: one graph read and no subtree walks, only whether some grant reaches the action.
      const grants = effectiveGrants(await graph(), actor);
      return ACTIONS.filter((action) =>
        ACTION_REACH[action] === 'self'
          ? actor.grants.some((g) => roleAllows(g.role, action))
          : grants.some((e) => roleAllows(e.role, action) && (e.installation || ACTION_REACH[action] === 'unit')),
      );
    },
    graph,
    invalidate() {
      cached = null;
    },
  };
}

/** For list queries: `undefined` means "no restriction", an array the units to restrict to. */
export function scopeUnitIds(scope: Scope): string[] | undefined {
  return scope.all ? undefined : [...scope.unitIds];
}

