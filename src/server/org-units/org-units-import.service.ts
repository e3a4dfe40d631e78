import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../shared/errors';
import { orgUnitsFromCsv } from '../../shared/org-units/org-units.csv';
import type { OrgUnitCreate } from '../../shared/org-units/org-units.schemas';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import type { OrgUnitTable } from '../db/schema';
import * as repo from './org-units.repository';
import { type OrgUnitDeps, searchTextOf, toOrgUnit } from './org-units.service';

/** Orders units so that every parent comes before its children (parents outside the file are already stored). */
function parentsFirst(units: OrgUnitCreate[]): OrgUnitCreate[] {
  const byId = new Map(units.map((u) => [u.id!, u]));
  const out: OrgUnitCreate[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (u: OrgUnitCreate) => {
    const s = state.get(u.id!);
    if (s === 'done' || s === 'visiting') return;
    state.set(u.id!, 'visiting');
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    if (parent) visit(parent);
    state.set(u.id!, 'done');
    out.push(u);
  };
  units.forEach(visit);
  return out;
}

/**
 * Imports an org-unit CSV all-or-nothing: new ids are created, known ids updated. Any invalid row, unknown parent or
 * unit outside the actor's scope rejects the whole file with every problem listed, and nothing is written.
 */
export async function importOrgUnitsCsv(
  deps: OrgUnitDeps,
  actor: Actor,
  csv: string,
): Promise<{ created: number; updated: number }> {
  const parsed = orgUnitsFromCsv(csv);
  if (!parsed.ok) throw new AppError('IMPORT_INVALID', { count: parsed.issues.length }, parsed.issues);
  const units = parentsFirst(parsed.units);
  const inFile = new Set(units.map((u) => u.id!));
  const issues: FieldIssue[] = [];
  const isAdmin = actor.kind === 'system' || actor.grants.some((g) => g.role === 'administrator');
  for (const unit of units) {
    const existing = await repo.findUnitById(deps.db, unit.id!);
    if (unit.parentId && !inFile.has(unit.parentId) && !(await repo.findUnitById(deps.db, unit.parentId))) {
      issues.push({ path: `${unit.id}.parentId`, message: `Unknown parent "${unit.parentId}"` });
    }
    if (unit.parentId === unit.id) issues.push({ path: `${unit.id}.parentId`, message: 'A unit cannot be its own parent' });
    const anchor = existing ? unit.id! : unit.parentId && !inFile.has(unit.parentId) ? unit.parentId : null;
    if (anchor ? !(await deps.authz.can(actor, 'org-unit:write', anchor)) : !isAdmin) {
      issues.push({ path: `${unit.id}`, message: 'Outside the units you may change' });
    }
  }
  if (issues.length) throw new AppError('IMPORT_INVALID', { count: issues.length }, issues);

  let created = 0;
  let updated = 0;
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    for (const unit of units) {
      const before = await repo.findUnitById(trx, unit.id!);
      const row: OrgUnitTable = {
        id: unit.id!,
        code: unit.code,
        nameVi: unit.nameVi,
        nameEn: unit.nameEn,
        kind: unit.kind,
        level: unit.level,
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        note: unit.note,
        searchText: '',
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      };
      row.searchText = searchTextOf(row);
      if (before) {
        const { id: _id, createdAt: _c, ...changes } = row;
        await repo.updateUnit(trx, row.id, changes);
        updated += 1;
      } else {
        await repo.insertUnit(trx, row);
        created += 1;
      }
      await recordAudit(trx, deps, actor, {
        action: before ? 'org-unit.import-update' : 'org-unit.import-create',
        entityType: 'org-unit',
        entityId: row.id,
        unitId: row.id,
        before: before ? toOrgUnit(before) : null,
        after: toOrgUnit(row),
      });
    }
    await repo.bumpOrgGraphVersion(trx, randomUUID());
  });
  deps.authz.invalidate();
  return { created, updated };
}
