import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import {
  currentUnitsOf,
  predecessorsOf,
  subtreeOf,
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
import { type Authorizer, scopeUnitIds } from '../auth/authorize';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import type { DB, OrgUnitTable } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';
import * as repo from './org-units.repository';
import { toSuccessionEvent } from './succession.service';

export interface OrgUnitDeps {
  db: Kysely<DB>;
  clock: Clock;
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

/** Only administrators create top-level units; everyone else creates inside a unit they may write. */
async function assertCanPlaceUnder(deps: OrgUnitDeps, actor: Actor, parentId: string | null): Promise<void> {
  if (parentId === null) {
    const isAdmin = actor.kind === 'system' || actor.grants.some((g) => g.role === 'administrator');
    if (!isAdmin) throw new AppError('FORBIDDEN', { action: 'org-unit:write' });
    return;
  }
  if (!(await repo.findUnitById(deps.db, parentId))) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: parentId });
  await deps.authz.assert(actor, 'org-unit:write', parentId);
}

export async function createOrgUnit(deps: OrgUnitDeps, actor: Actor, input: OrgUnitCreate): Promise<OrgUnit> {
  await assertCanPlaceUnder(deps, actor, input.parentId);
  const id = input.id ?? randomUUID();
  const now = deps.clock.now().toISOString();
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
  await deps.db.transaction().execute(async (trx) => {
    if (await repo.findUnitById(trx, id)) throw new AppError('ORG_UNIT_ID_TAKEN', { id });
    await repo.insertUnit(trx, row);
    await repo.bumpOrgGraphVersion(trx, randomUUID());
    await recordAudit(trx, deps, actor, {
      action: 'org-unit.create',
      entityType: 'org-unit',
      entityId: id,
      unitId: id,
      after: toOrgUnit(row),
    });
  });
  deps.authz.invalidate();
  return toOrgUnit(row);
}

export async function updateOrgUnit(deps: OrgUnitDeps, actor: Actor, id: string, patch: OrgUnitUpdate): Promise<OrgUnit> {
  const before = await loadReadable(deps, actor, id);
  await deps.authz.assert(actor, 'org-unit:write', id);
  if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
    await assertCanPlaceUnder(deps, actor, patch.parentId);
    if (patch.parentId && subtreeOf(await deps.authz.graph(), id).has(patch.parentId)) {
      throw new AppError('ORG_UNIT_PARENT_CYCLE');
    }
  }
  const merged: OrgUnitTable = { ...before, ...stripUndefined(patch), updatedAt: deps.clock.now().toISOString() };
  if (merged.validFrom && merged.validTo && merged.validFrom > merged.validTo) throw new AppError('ORG_UNIT_INVALID_PERIOD');
  merged.searchText = searchTextOf(merged);
  await deps.db.transaction().execute(async (trx) => {
    const { id: _id, createdAt: _c, ...changes } = merged;
    await repo.updateUnit(trx, id, changes);
    await repo.bumpOrgGraphVersion(trx, randomUUID());
    await recordAudit(trx, deps, actor, {
      action: 'org-unit.update',
      entityType: 'org-unit',
      entityId: id,
      unitId: id,
      before: toOrgUnit(before),
      after: toOrgUnit(merged),
    });
  });
  deps.authz.invalidate();
  return toOrgUnit(merged);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A unit's history: the succession events it took part in, where it came from, and what carries it on today. */
export async function getOrgUnitHistory(deps: OrgUnitDeps, actor: Actor, id: string): Promise<OrgUnitHistory> {
  const row = await loadReadable(deps, actor, id);
  const g = await deps.authz.graph();
  const pre = [...predecessorsOf(g, id)];
  const post = [...successorsOf(g, id)];
  const current = currentUnitsOf(g, id, deps.clock.today());
  const [events, preRows, postRows, currentRows] = await Promise.all([
    repo.listEventsForUnits(deps.db, [id, ...pre, ...post]),
    repo.findUnitsByIds(deps.db, pre),
    repo.findUnitsByIds(deps.db, post),
    repo.findUnitsByIds(deps.db, current),
  ]);
  const byStart = (a: OrgUnitTable, b: OrgUnitTable) =>
    (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.nameVi.localeCompare(b.nameVi, 'vi');
  return {
    unit: toOrgUnit(row),
    events: events.map(toSuccessionEvent),
    predecessors: preRows.sort(byStart).map(toOrgUnit),
    successors: postRows.sort(byStart).map(toOrgUnit),
    currentUnits: currentRows.sort(byStart).map(toOrgUnit),
  };
}
