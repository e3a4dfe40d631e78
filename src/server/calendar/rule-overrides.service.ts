import type { RuleId, RuleOverride, RuleOverrides } from '../../shared/deadlines/deadlines.schemas';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { INSTALLATION } from '../auth/authorize';
import { write } from '../db/write';
import * as repo from './calendar.repository';
import { type CalendarDeps, loadDeadlineContext } from './calendar.service';

/**
 * Changes how a rule counts (e.g. complaint.resolution in working days instead of calendar days, rules.md D3),
 * where the sources leave it open. Audit-logged; applies to clocks computed afterwards.
 */
export async function setRuleOverride(deps: CalendarDeps, actor: Actor, ruleId: RuleId, override: RuleOverride): Promise<RuleOverrides> {
  await deps.authz.assert(actor, 'deadline-rule:write', INSTALLATION);
  const before = (await loadDeadlineContext(deps.db)).ruleOverrides[ruleId] ?? null;
  await write(deps, actor, async (w) => {
    await repo.upsertRuleOverride(w.trx, ruleId, JSON.stringify(override), w.now, actor.userId);
    w.changed('calendar');
    await w.audit({
      action: 'deadline-rule.override',
      entityType: 'deadline-rule',
      entityId: ruleId,
      unitId: null,
      before,
      after: override,
    });
  });
  return (await loadDeadlineContext(deps.db)).ruleOverrides;
}

export async function clearRuleOverride(deps: CalendarDeps, actor: Actor, ruleId: RuleId): Promise<RuleOverrides> {
  await deps.authz.assert(actor, 'deadline-rule:write', INSTALLATION);
  const before = (await loadDeadlineContext(deps.db)).ruleOverrides[ruleId];
  if (!before) throw new AppError('NOT_FOUND');
  await write(deps, actor, async (w) => {
    await repo.deleteRuleOverride(w.trx, ruleId);
    w.changed('calendar');
    await w.audit({
      action: 'deadline-rule.clear-override',
      entityType: 'deadline-rule',
      entityId: ruleId,
      unitId: null,
      before,
    });
  });
  return (await loadDeadlineContext(deps.db)).ruleOverrides;
}
