import type { Kysely } from 'kysely';
import { type Action, roleAllows } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import { buildOrgGraph, type OrgGraph, scopeOf } from '../../shared/org-units/org-graph';
import type { DB } from '../db/schema';
import type { Actor } from './actor';

/** The set of units an actor may act on for one action; `all` for the system actor. */
export type Scope = { all: true } | { all: false; unitIds: Set<string> };

export interface Authorizer {
  /** Units the actor may perform `action` on. Every scoped query filters through this. */
  scope(actor: Actor, action: Action): Promise<Scope>;
  /** Whether the actor may perform `action` on `unitId`. */
  can(actor: Actor, action: Action, unitId: string | null): Promise<boolean>;
  /** Throws FORBIDDEN unless the actor may perform `action` on `unitId`. */
  assert(actor: Actor, action: Action, unitId: string | null): Promise<void>;
  /** Whether the action is allowed to the actor somewhere (drives menus). */
  allowsAnywhere(actor: Actor, action: Action): boolean;
  graph(): Promise<OrgGraph>;
  /** Call after a write to units or succession links (in the same process; other processes see the version bump). */
  invalidate(): void;
}

export const ORG_GRAPH_VERSION_KEY = 'org_graph_version';

/**
 * The one place that decides who may read or write what. A role is granted on a unit; it covers that unit's
 * subtree and its predecessors' (see `scopeOf`). The organisation graph is cached per process and reloaded when the
 * `org_graph_version` counter (bumped by every organisation write, in any process) changes.
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
    const granted = actor.grants.filter((g) => roleAllows(g.role, action)).map((g) => g.unitId);
    if (granted.length === 0) return { all: false, unitIds: new Set() };
    return { all: false, unitIds: scopeOf(await graph(), granted) };
  }

  async function can(actor: Actor, action: Action, unitId: string | null): Promise<boolean> {
    const s = await scope(actor, action);
    if (s.all) return true;
    return unitId !== null && s.unitIds.has(unitId);
  }

  return {
    scope,
    can,
    async assert(actor, action, unitId) {
      if (!(await can(actor, action, unitId))) throw new AppError('FORBIDDEN', { action });
    },
    allowsAnywhere(actor, action) {
      return actor.kind === 'system' || actor.grants.some((g) => roleAllows(g.role, action));
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
