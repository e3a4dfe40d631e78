import { AppError, type FieldIssue } from '../../shared/errors';
import { describeParentCycle, findParentCycles } from '../../shared/org-units/org-graph';
import { decodeUtf8File, type OrgUnitImportRow, orgUnitsFromCsv } from '../../shared/org-units/org-units.csv';
import type { Actor } from '../auth/actor';
import { write } from '../db/write';
import type { OrgUnitTable } from '../db/schema';
import * as repo from './org-units.repository';
import { mayChooseUnitIds, type OrgUnitDeps, searchTextOf, toOrgUnit } from './org-units.service';

/** One message for "no such unit" and "not yours", so that an import cannot probe which units exist elsewhere. */
export const OUT_OF_REACH = 'Unknown unit or outside the units you may change';

type RowIssue = FieldIssue & { row: number };

/** A checked row: the stored unit it changes (if any) and the unit as it will be written. */
interface Plan {
  row: number;
  before: OrgUnitTable | undefined;
  next: OrgUnitTable;
}

/** Orders plans so that every parent comes before its children (parents outside the file are already stored). */
function parentsFirst(plans: Plan[]): Plan[] {
  const byId = new Map(plans.map((p) => [p.next.id, p]));
  const out: Plan[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Plan) => {
    if (state.has(p.next.id)) return;
    state.set(p.next.id, 'visiting');
    const parent = p.next.parentId ? byId.get(p.next.parentId) : undefined;
    if (parent) visit(parent);
    state.set(p.next.id, 'done');
    out.push(p);
  };
  plans.forEach(visit);
  return out;
}

/** The unit a row describes: its columns over the stored unit, or over empty values for a new unit. */
function mergeRow(r: OrgUnitImportRow, before: OrgUnitTable | undefined, now: string): OrgUnitTable {
  const defined = Object.fromEntries(Object.entries(r.values).filter(([, v]) => v !== undefined));
  const next: OrgUnitTable = {
    ...(before ?? { code: null, nameEn: null, parentId: null, validFrom: null, validTo: null, note: null, createdAt: now }),
    ...defined,
    id: r.id,
    nameVi: r.values.nameVi,
    kind: r.values.kind,
    level: r.values.level,
    searchText: '',
    updatedAt: now,
  } as OrgUnitTable;
  next.searchText = searchTextOf(next);
  return next;
}

async function loadStored(deps: OrgUnitDeps, ids: string[]): Promise<Map<string, OrgUnitTable>> {
  const stored = new Map<string, OrgUnitTable>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const u of await repo.findUnitsByIds(deps.db, ids.slice(i, i + 500))) stored.set(u.id, u);
  }
  return stored;
}

/**
 * Checks every row against the stored units and the actor's scope, and the file as a whole for parent cycles.
 * Only an actor who may choose unit ids creates units by import; anyone else updates units inside their scope, and
 * any other id (unknown, or outside the scope) gets the same message. Nothing is written here.
 */
async function planImport(deps: OrgUnitDeps, actor: Actor, rows: OrgUnitImportRow[], issues: RowIssue[]) {
  const chooser = await mayChooseUnitIds(deps, actor);
  const g = await deps.authz.graph();
  const writable = await deps.authz.scope(actor, 'org-unit:write');
  const mayWrite = (id: string) => writable.all || writable.unitIds.has(id);
  const stored = await loadStored(deps, rows.map((r) => r.id));
  const inFile = new Map(rows.map((r) => [r.id, r]));
  const now = deps.time.now().toISOString();
  const plans: Plan[] = [];
  for (const r of rows) {
    const issue = (column: string, message: string) => issues.push({ row: r.row, path: `row ${r.row}.${column}`, message });
    const before = stored.get(r.id);
    if (!chooser && !(before && mayWrite(r.id))) {
      issue('id', OUT_OF_REACH);
      continue;
    }
    if (before && !mayWrite(r.id)) {
      issue('id', 'Outside the units you may change');
      continue;
    }
    const next = mergeRow(r, before, now);
    let ok = true;
    if (next.validFrom && next.validTo && next.validFrom > next.validTo) {
      issue('valid_to', `validFrom (${next.validFrom}) must be on or before validTo (${next.validTo})`);
      ok = false;
    }
    const parent = next.parentId;
    if (before === undefined || parent !== before.parentId) {
      const known = parent !== null && (g.units.has(parent) || (chooser && inFile.has(parent)));
      let problem: string | null = null;
      if (parent === null) problem = chooser ? null : 'Only an administrator may place a unit at the top level';
      else if (!chooser) problem = known && mayWrite(parent) ? null : OUT_OF_REACH;
      else if (!known) problem = `Unknown parent "${parent}"`;
      else if (!inFile.has(parent) && !mayWrite(parent)) problem = 'Outside the units you may change';
      if (problem) {
        issue('parent_id', problem);
        ok = false;
      }
    }
    if (ok) plans.push({ row: r.row, before, next });
  }
  // Only rows the actor may write take part, so that a cycle message never names a unit outside their scope.
  const moved = plans.filter((p) => p.before === undefined || p.before.parentId !== p.next.parentId);
  const check = findParentCycles(g, moved.map((p) => ({ id: p.next.id, parentId: p.next.parentId })));
  const cycles: string[] = [];
  const cycleIssues: RowIssue[] = [];
  if (!check.ok) {
    const named = new Map(plans.map((p) => [p.next.id, p.next.nameVi]));
    const others = (await loadStored(deps, [...new Set(check.cycles.flat())].filter((id) => !named.has(id)))).values();
    for (const u of others) named.set(u.id, u.nameVi);
    for (const cycle of check.cycles) {
      const text = describeParentCycle(cycle, (id) => named.get(id));
      cycles.push(text);
      for (const p of plans) {
        if (cycle.includes(p.next.id)) cycleIssues.push({ row: p.row, path: `row ${p.row}.parent_id`, message: `Parent cycle: ${text}` });
      }
    }
  }
  return { plans, cycles, cycleIssues };
}

/**
 * Imports an org-unit CSV (text, or the bytes of an uploaded file, which must be UTF-8) all-or-nothing: new ids are
 * created, known ids updated, columns missing from the file left unchanged. Any invalid row, unknown parent, parent
 * cycle or unit outside the actor's scope rejects the whole file with every problem listed by row, and nothing is
 * written. A file whose only problem is a parent cycle gets the same error as the API (ORG_UNIT_PARENT_CYCLE).
 */
export async function importOrgUnitsCsv(
  deps: OrgUnitDeps,
  actor: Actor,
  file: string | Uint8Array,
): Promise<{ created: number; updated: number }> {
  let csv = file;
  if (typeof csv !== 'string') {
    const decoded = decodeUtf8File(csv);
    if (!decoded.ok) throw new AppError('IMPORT_NOT_UTF8', { line: decoded.line });
    csv = decoded.text;
  }
  const parsed = orgUnitsFromCsv(csv);
  if (!parsed.ok) throw new AppError('IMPORT_INVALID', { count: parsed.issues.length }, parsed.issues);
  const issues: RowIssue[] = parsed.issues.map((i) => ({ ...i, row: Number(/^row (\d+)/.exec(i.path)?.[1] ?? 0) }));
  const { plans, cycles, cycleIssues } = await planImport(deps, actor, parsed.rows, issues);
  const listed = [...issues, ...cycleIssues].sort((a, b) => a.row - b.row).map(({ path, message }) => ({ path, message }));
  if (issues.length) throw new AppError('IMPORT_INVALID', { count: listed.length }, listed);
  if (cycles.length) throw new AppError('ORG_UNIT_PARENT_CYCLE', { cycle: cycles.join('; ') }, listed);

  let created = 0;
  let updated = 0;
  await write(deps, actor, async (w) => {
    for (const { before, next } of parentsFirst(plans)) {
      const current = await repo.findUnitById(w.trx, next.id);
      // Changed by someone else since the file was checked: refuse rather than overwrite or collide.
      if (current?.updatedAt !== before?.updatedAt) throw new AppError('CONFLICT');
      if (before) {
        const { id: _id, createdAt: _c, ...changes } = next;
        await repo.updateUnit(w.trx, next.id, changes);
        updated += 1;
      } else {
        await repo.insertUnit(w.trx, next);
        created += 1;
      }
      await w.audit({
        action: before ? 'org-unit.import-update' : 'org-unit.import-create',
        entityType: 'org-unit',
        entityId: next.id,
        unitId: next.id,
        before: before ? toOrgUnit(before) : null,
        after: toOrgUnit(next),
      });
    }
    w.changed('org-graph');
  });
  return { created, updated };
}
