import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { SuccessionEvent, SuccessionEventCreate } from '../../shared/org-units/org-units.schemas';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import * as repo from './org-units.repository';
import type { OrgUnitDeps } from './org-units.service';

export function toSuccessionEvent(e: repo.EventWithLinks): SuccessionEvent {
  return {
    id: e.id,
    kind: e.kind as SuccessionEvent['kind'],
    effectiveDate: e.effectiveDate,
    documentNumber: e.documentNumber,
    documentDate: e.documentDate,
    documentTitle: e.documentTitle,
    note: e.note,
    predecessorIds: e.predecessorIds,
    successorIds: e.successorIds,
  };
}

/**
 * Records a merge, split, rename, dissolution or establishment with its deciding document. The actor must be
 * allowed to write every unit the event names. Unit validity dates are not changed here: they are facts of their
 * own, edited on the units, so that an event recorded late never rewrites history by itself.
 */
export async function createSuccessionEvent(
  deps: OrgUnitDeps,
  actor: Actor,
  input: SuccessionEventCreate,
): Promise<SuccessionEvent> {
  const ids = [...new Set([...input.predecessorIds, ...input.successorIds])];
  const found = await repo.findUnitsByIds(deps.db, ids);
  for (const id of ids) {
    if (!found.some((u) => u.id === id)) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: id });
    await deps.authz.assert(actor, 'org-unit:write', id);
  }
  const event = {
    id: randomUUID(),
    kind: input.kind,
    effectiveDate: input.effectiveDate,
    documentNumber: input.documentNumber,
    documentDate: input.documentDate,
    documentTitle: input.documentTitle,
    note: input.note,
    createdAt: deps.clock.now().toISOString(),
  };
  const predecessorIds = [...new Set(input.predecessorIds)];
  const successorIds = [...new Set(input.successorIds)];
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertSuccessionEvent(trx, event, predecessorIds, successorIds);
    await repo.bumpOrgGraphVersion(trx, randomUUID());
    await recordAudit(trx, deps, actor, {
      action: 'succession-event.create',
      entityType: 'succession-event',
      entityId: event.id,
      unitId: successorIds[0] ?? predecessorIds[0] ?? null,
      after: { ...event, predecessorIds, successorIds },
    });
  });
  deps.authz.invalidate();
  return toSuccessionEvent({ ...event, predecessorIds, successorIds });
}

export async function listSuccessionEvents(deps: OrgUnitDeps, actor: Actor, unitId: string): Promise<SuccessionEvent[]> {
  if (!(await deps.authz.can(actor, 'org-unit:read', unitId))) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: unitId });
  return (await repo.listEventsForUnits(deps.db, [unitId])).map(toSuccessionEvent);
}
