import { randomUUID } from 'node:crypto';
import type { Failure } from '../../shared/calendar/calendar-result';
import { computeClocks } from '../../shared/deadlines/case-clocks.rules';
import type { CaseClocksRequest, Clock } from '../../shared/deadlines/case-clocks.schemas';
import { computeDeadline } from '../../shared/deadlines/clock.rules';
import type {
  DeadlineComputeRequest,
  DeadlineComputeResponse,
  Rule,
  RuleId,
  RuleOverride,
  RuleOverrides,
} from '../../shared/deadlines/deadlines.schemas';
import { RULE_TABLE } from '../../shared/deadlines/rule-table';
import { AppError, type AppErrorCode } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { bumpCalendarVersion, deleteRuleOverride, upsertRuleOverride } from '../calendar/calendar.repository';
import { type CalendarDeps, loadDeadlineContext } from '../calendar/calendar.service';

/**
 * Turns a rule's failure result into the one error type, keeping its explanation for the user in both languages:
 * the catalogue shows `detailVi` or `detailEn` (src/shared/i18n/error-messages.ts).
 */
export function toAppError(failure: Failure<string>): AppError {
  const details = failure.details ?? {};
  return new AppError(failure.code as AppErrorCode, {
    value: String(details.date ?? details.year ?? ''),
    rule: String(details.rule ?? ''),
    detailVi: failure.message.vi,
    detailEn: failure.message.en,
  });
}

export async function computeDeadlineFor(deps: CalendarDeps, req: DeadlineComputeRequest): Promise<DeadlineComputeResponse> {
  const { calendar, ruleOverrides } = await loadDeadlineContext(deps.db);
  const result = computeDeadline({ ...req, calendar, ruleOverrides });
  if (!result.ok) throw toAppError(result);
  return result.value;
}

export async function computeCaseClocksFor(deps: CalendarDeps, req: CaseClocksRequest): Promise<Clock[]> {
  const { calendar, ruleOverrides } = await loadDeadlineContext(deps.db);
  const result = computeClocks(
    { matterType: req.matterType, events: req.events, options: req.options },
    { today: req.today, calendar, ruleOverrides },
  );
  if (!result.ok) throw toAppError(result);
  return result.value;
}

export async function listRules(deps: CalendarDeps): Promise<{ rules: Rule[]; overrides: RuleOverrides }> {
  return { rules: [...RULE_TABLE], overrides: (await loadDeadlineContext(deps.db)).ruleOverrides };
}

function assertAdmin(deps: CalendarDeps, actor: Actor): void {
  if (!deps.authz.allowsAnywhere(actor, 'calendar:write')) throw new AppError('FORBIDDEN', { action: 'calendar:write' });
}

/**
 * Changes how a rule counts (e.g. complaint.resolution in working days instead of calendar days, rules.md D3),
 * where the sources leave it open. Audit-logged; applies to clocks computed afterwards.
 */
export async function setRuleOverride(deps: CalendarDeps, actor: Actor, ruleId: RuleId, override: RuleOverride): Promise<RuleOverrides> {
  assertAdmin(deps, actor);
  const before = (await loadDeadlineContext(deps.db)).ruleOverrides[ruleId] ?? null;
  await deps.db.transaction().execute(async (trx) => {
    await upsertRuleOverride(trx, ruleId, JSON.stringify(override), deps.clock.now().toISOString(), actor.userId);
    await bumpCalendarVersion(trx, randomUUID());
    await recordAudit(trx, deps, actor, {
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
  assertAdmin(deps, actor);
  const before = (await loadDeadlineContext(deps.db)).ruleOverrides[ruleId];
  if (!before) throw new AppError('NOT_FOUND');
  await deps.db.transaction().execute(async (trx) => {
    await deleteRuleOverride(trx, ruleId);
    await bumpCalendarVersion(trx, randomUUID());
    await recordAudit(trx, deps, actor, {
      action: 'deadline-rule.clear-override',
      entityType: 'deadline-rule',
      entityId: ruleId,
      unitId: null,
      before,
    });
  });
  return (await loadDeadlineContext(deps.db)).ruleOverrides;
}
