import type { Failure } from '../../shared/calendar/calendar-result';
import { computeClocks } from '../../shared/deadlines/matter-clocks.rules';
import type { MatterClocksRequest, Clock } from '../../shared/deadlines/matter-clocks.schemas';
import { computeDeadline } from '../../shared/deadlines/clock.rules';
import type {
  DeadlineComputeRequest,
  DeadlineComputeResponse,
  Rule,
  RuleOverrides,
} from '../../shared/deadlines/deadlines.schemas';
import { RULE_TABLE } from '../../shared/deadlines/rule-table';
import { AppError, type AppErrorCode } from '../../shared/errors';
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

export async function computeMatterClocksFor(deps: CalendarDeps, req: MatterClocksRequest): Promise<Clock[]> {
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
