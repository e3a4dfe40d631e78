import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { SuccessionEvent, SuccessionEventCreate } from '../../shared/org-units/org-units.schemas';
import type { Actor } from '../auth/actor';
import { write } from '../db/write';
import type { Scope } from '../auth/authorize';
import * as repo from './org-units.repository';
import type { OrgUnitDeps } from './org-units.service';

/** Whether a unit is inside a scope. */
export function isInScope(scope: Scope, unitId: string): boolean {
  return scope.all || scope.unitIds.has(unitId);
}

/** An event as the actor may see it: units outside `readable` (all units when omitted) are dropped and counted. */
export function toSuccessionEvent(e: repo.EventWithLinks, readable: Scope = { all: true }): SuccessionEvent {
  const predecessorIds = e.predecessorIds.filter((id) => isInScope(readable, id));
  const successorIds = e.successorIds.filter((id) => isInScope(readable, id));
  return {
    id: e.id,
    kind: e.kind as SuccessionEvent['kind'],
    effectiveDate: e.effectiveDate,
    documentNumber: e.documentNumber,
    documentDate: e.documentDate,
    documentTitle: e.documentTitle,
    note: e.note,
    predecessorIds,
    successorIds,
    hidden: {
      predecessors: e.predecessorIds.length - predecessorIds.length,
      successors: e.successorIds.length - successorIds.length,
    },
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
    createdAt: deps.time.now().toISOString(),
  };
  const predecessorIds = [...new Set(input.predecessorIds)];
  const successorIds = [...new Set(input.successorIds)];
  await write(deps, actor, async (w) => {
    await repo.insertSuccessionEvent(w.trx, event, predecessorIds, successorIds);
    w.changed('org-graph');
    await w.audit({
      action: 'succession-event.create',
      entityType: 'succession-event',
      entityId: event.id,
      unitId: successorIds[0] ?? predecessorIds[0] ?? null,
      after: { ...event, predecessorIds, successorIds },
    });
  });
  return toSuccessionEvent({ ...event, predecessorIds, successorIds });
}

/** The events a unit took part in, naming only units the actor may read (see `toSuccessionEvent`). */
export async function listSuccessionEvents(deps: OrgUnitDeps, actor: Actor, unitId: string): Promise<SuccessionEvent[]> {
  const readable = await deps.authz.scope(actor, 'org-unit:read');
  if (!isInScope(readable, unitId)) throw new AppError('ORG_UNIT_NOT_FOUND', { unit: unitId });
  return (await repo.listEventsForUnits(deps.db, [unitId])).map((e) => toSuccessionEvent(e, readable));
}
