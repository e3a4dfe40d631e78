import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import {
  currentUnitsOf,
  describeParentCycle,
  findParentCycles,
  type ParentAssignment,
  predecessorsOf,
  successorsOf,
} from '../../shared/org-units/org-graph';
import type {
  OrgUnit,
  OrgUnitCreate,
  OrgUnitHistory,
  OrgUnitListQuery,
  OrgUnitTreeNode,
  OrgUnitUpdate,
} from '../../shared/org-units/org-units.schemas';
import { foldForSearch } from '../../shared/text/fold';
import type { Actor } from '../auth/actor';
import { write } from '../db/write';
import { type Authorizer, INSTALLATION, scopeUnitIds } from '../auth/authorize';
import type { TimeSource } from '../time-source';
import type { DB, OrgUnitTable } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';
import * as repo from './org-units.repository';
import { isInScope, toSuccessionEvent } from './succession.service';

export interface OrgUnitDeps {
  db: Kysely<DB>;
  time: TimeSource;
  auditKey: SecretKey;
  authz: Authorizer;
}

export function toOrgUnit(row: OrgUnitTable): OrgUnit {
  return {
    id: row.id,
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    kind: row.kind as OrgUnit['kind'],
    level: row.level as OrgUnit['level'],
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    note: row.note,
    updatedAt: row.updatedAt,
  };
}

export function searchTextOf(u: Pick<OrgUnitTable, 'nameVi' | 'nameEn' | 'code' | 'id'>): string {
  return foldForSearch([u.nameVi, u.nameEn ?? '', u.code ?? '', u.id].join(' | '));
}

export async function listOrgUnits(deps: OrgUnitDeps, actor: Actor, query: OrgUnitListQuery): Promise<OrgUnit[]> {
  const scope = await deps.authz.scope(actor, 'org-unit:read');
  const rows = await repo.listUnits(deps.db, {
    asOf: query.asOf,
    foldedQuery: query.q ? foldForSearch(query.q) : undefined,
    parentId: query.parentId,
    kind: query.kind,
    unitIds: scopeUnitIds(scope),
  });
  return rows.map(toOrgUnit);
}

/** The tree of units valid on `asOf` (or of all units), limited to the actor's scope; roots are units whose parent is not shown. */
export async function getOrgUnitTree(deps: OrgUnitDeps, actor: Actor, asOf: string | undefined): Promise<OrgUnitTreeNode[]> {
  const units = await listOrgUnits(deps, actor, { asOf });
  const nodes = new Map<string, OrgUnitTreeNode>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: OrgUnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgUnitTreeNode[]) => {
    list.sort(compareUnits);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The order officials expect: a unit's Party, State and Front bodies first, then its sub-units, by Vietnamese name. */
const KIND_ORDER: readonly OrgUnit['kind'][] = [
  'party_committee', 'party_body', 'peoples_council', 'peoples_committee', 'agency', 'fatherland_front',
  'mass_organisation', 'court', 'procuracy', 'police', 'military', 'other',
  'province', 'district', 'township', 'commune', 'ward',
];
const collator = new Intl.Collator('vi');
function compareUnits(a: OrgUnit, b: OrgUnit): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.nameVi, b.nameVi);
}

export async function getOrgUnit(deps: OrgUnitDeps, actor: Actor, id: string): Promise<OrgUnit> {
  return toOrgUnit(await loadReadable(deps, actor, id));
}

async function loadReadable(deps: OrgUnitDeps, actor: Actor, id: string): Promise<OrgUnitTable> {
  const row = await repo.findUnitById(deps.db, id);
  // Out-of-scope units answer exactly like missing ones, so a scope cannot be probed.
  if (!row || !(await deps.authz.can(actor, 'org-unit:read', id))) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: id });
  return row;
}

/**
 * A unit by id, or by GSO code among the units valid on `today` (codes are reused across periods), if the actor may
 * read it (for the command line and import files, which name units the way officials do).
 */
export async function resolveUnitRef(deps: OrgUnitDeps, actor: Actor, ref: string, today: string): Promise<OrgUnit> {
  const byId = await repo.findUnitById(deps.db, ref);
  if (byId) return toOrgUnit(await loadReadable(deps, actor, byId.id));
  const readable: OrgUnitTable[] = [];
  for (const u of await repo.findUnitsByCode(deps.db, ref)) {
    if ((!u.validFrom || u.validFrom <= today) && (!u.validTo || u.validTo >= today) && (await deps.authz.can(actor, 'org-unit:read', u.id))) {
      readable.push(u);
    }
  }
  if (readable.length === 1) return toOrgUnit(readable[0]!);
  if (readable.length === 0) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: ref });
  throw new AppError('ORG_UNIT_CODE_AMBIGUOUS', { code: ref, candidates: readable.map((m) => m.id).join(', ') });
}

/**
 * Whether the actor may write everywhere, and so choose the ids of new units: anyone else could learn, from "id
 * taken", that a unit exists outside their scope. They get server-generated ids (API) and cannot create by import.
 */
export async function mayChooseUnitIds(deps: OrgUnitDeps, actor: Actor): Promise<boolean> {
  return deps.authz.can(actor, 'org-unit:write', INSTALLATION);
}

/** Refuses a parent that would close a loop in the tree, naming the units of the loop. */
async function assertNoParentCycle(deps: OrgUnitDeps, assignment: ParentAssignment, nameVi: string): Promise<void> {
  const check = findParentCycles(await deps.authz.graph(), [assignment]);
  if (check.ok) return;
  const cycle = check.cycles[0]!;
  const names = new Map((await repo.findUnitsByIds(deps.db, cycle)).map((u) => [u.id, u.nameVi]));
  names.set(assignment.id, nameVi);
  throw new AppError('ORG_UNIT_PARENT_CYCLE', { cycle: describeParentCycle(cycle, (id) => names.get(id)) });
}

/** Only administrators create top-level units; everyone else creates inside a unit they may write. */
async function assertCanPlaceUnder(deps: OrgUnitDeps, actor: Actor, parentId: string | null): Promise<void> {
  if (parentId === null) return deps.authz.assert(actor, 'org-unit:write', INSTALLATION);
  if (!(await repo.findUnitById(deps.db, parentId))) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: parentId });
  await deps.authz.assert(actor, 'org-unit:write', parentId);
}

export async function createOrgUnit(deps: OrgUnitDeps, actor: Actor, input: OrgUnitCreate): Promise<OrgUnit> {
  if (input.id !== undefined && !(await mayChooseUnitIds(deps, actor))) throw new AppError('ORG_UNIT_ID_NOT_ALLOWED');
  const id = input.id ?? randomUUID();
  // A new unit is nobody's parent yet, so the only loop it can close is with itself: no need to load the graph.
  if (input.parentId === id) await assertNoParentCycle(deps, { id, parentId: input.parentId }, input.nameVi);
  await assertCanPlaceUnder(deps, actor, input.parentId);
  const now = deps.time.now().toISOString();
  const row: OrgUnitTable = {
    id,
    code: input.code,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    kind: input.kind,
    level: input.level,
    parentId: input.parentId,
    validFrom: input.validFrom,
    validTo: input.validTo,
    note: input.note,
    searchText: '',
    createdAt: now,
    updatedAt: now,
  };
  row.searchText = searchTextOf(row);
  await write(deps, actor, async (w) => {
    if (await repo.findUnitById(w.trx, id)) throw new AppError('ORG_UNIT_ID_TAKEN', { id });
    await repo.insertUnit(w.trx, row);
    w.changed('org-graph');
    await w.audit({
      action: 'org-unit.create',
      entityType: 'org-unit',
      entityId: id,
      unitId: id,
      after: toOrgUnit(row),
    });
  });
  return toOrgUnit(row);
}

export async function updateOrgUnit(deps: OrgUnitDeps, actor: Actor, id: string, patch: OrgUnitUpdate): Promise<OrgUnit> {
  const before = await loadReadable(deps, actor, id);
  await deps.authz.assert(actor, 'org-unit:write', id);
  if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
    await assertCanPlaceUnder(deps, actor, patch.parentId);
    await assertNoParentCycle(deps, { id, parentId: patch.parentId }, patch.nameVi ?? before.nameVi);
  }
  const merged: OrgUnitTable = { ...before, ...stripUndefined(patch), updatedAt: deps.time.now().toISOString() };
  if (merged.validFrom && merged.validTo && merged.validFrom > merged.validTo) throw new AppError('ORG_UNIT_INVALID_PERIOD');
  merged.searchText = searchTextOf(merged);
  await write(deps, actor, async (w) => {
    const { id: _id, createdAt: _c, ...changes } = merged;
    await repo.updateUnit(w.trx, id, changes);
    w.changed('org-graph');
    await w.audit({
      action: 'org-unit.update',
      entityType: 'org-unit',
      entityId: id,
      unitId: id,
      before: toOrgUnit(before),
      after: toOrgUnit(merged),
    });
  });
  return toOrgUnit(merged);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A unit's history: the succession events it took part in, where it came from, and what carries it on today — as far
 * as the actor may read. Units outside their scope are left out (the unit itself answers 404 to them) and only
 * counted in `hidden`, so the UI can say "and 2 units outside your scope" instead of "none". Events are kept when
 * they name a unit the actor may read; the hidden units they name are dropped and counted the same way.
 */
export async function getOrgUnitHistory(deps: OrgUnitDeps, actor: Actor, id: string): Promise<OrgUnitHistory> {
  const row = await loadReadable(deps, actor, id);
  const g = await deps.authz.graph();
  const readable = await deps.authz.scope(actor, 'org-unit:read');
  const split = (ids: Iterable<string>) => {
    const all = [...ids];
    const shown = all.filter((u) => isInScope(readable, u));
    return { shown, hidden: all.length - shown.length };
  };
  const pre = split(predecessorsOf(g, id));
  const post = split(successorsOf(g, id));
  const current = split(currentUnitsOf(g, id, deps.time.today()));
  const [events, preRows, postRows, currentRows] = await Promise.all([
    repo.listEventsForUnits(deps.db, [id, ...pre.shown, ...post.shown]),
    repo.findUnitsByIds(deps.db, pre.shown),
    repo.findUnitsByIds(deps.db, post.shown),
    repo.findUnitsByIds(deps.db, current.shown),
  ]);
  const byStart = (a: OrgUnitTable, b: OrgUnitTable) =>
    (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.nameVi.localeCompare(b.nameVi, 'vi');
  return {
    unit: toOrgUnit(row),
    events: events.map((e) => toSuccessionEvent(e, readable)),
    predecessors: preRows.sort(byStart).map(toOrgUnit),
    successors: postRows.sort(byStart).map(toOrgUnit),
    currentUnits: currentRows.sort(byStart).map(toOrgUnit),
    hidden: { predecessors: pre.hidden, successors: post.hidden, currentUnits: current.hidden },
  };
}
