/**
 * computeDeadline: the due date of one statutory time limit, with a structured explanation (rules A, B, J).
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import { toIsoDate, type IsoDate, yearOf } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import {
  RuleConditionSchema,
  type DeadlineComputeResponse,
  type DeadlineEvent,
  type DeadlineOptions,
  type Explanation,
  type PauseKind,
  type Rule,
  type RuleCondition,
  type RuleOverrides,
} from './deadlines.schemas';
import { FAILURE_TEXTS } from './failure-messages';
import { checkRange, collectEvents, type ResolvedRule } from './deadline-events.rules';
import { countPeriod, type EpochRange } from './period.rules';
import { findRuleVersion } from './rule-table';

export interface ComputeDeadlineInput {
  rule: string;
  /** Date of the event that starts the clock; it also selects the rule set (rules A1). */
  start: IsoDate;
  /** Suspensions, continuations and extension decisions. */
  events?: readonly DeadlineEvent[];
  options?: DeadlineOptions;
  /** What the suspended/continued events stand for (default: suspension decisions). */
  pauseKind?: PauseKind;
  calendar: WorkCalendar;
  ruleOverrides?: RuleOverrides;
}

const CONDITIONS = RuleConditionSchema.options;
function sameConditions(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** Applies options (variant selection) and an administrator's override to a rule version. */
function resolveRule(version: Rule, options: DeadlineOptions, overrides: RuleOverrides | undefined): Result<ResolvedRule> {
  for (const key of CONDITIONS) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'boolean') {
      return fail('INVALID_OPTION', FAILURE_TEXTS.optionNotBoolean(key), { option: key });
    }
  }
  const conditions = CONDITIONS.filter((c) => options[c] === true);
  const accepted = new Set(version.variants.flatMap((v) => v.when));
  const unknown = conditions.find((c) => !accepted.has(c));
  if (unknown) {
    return fail('INVALID_OPTION', FAILURE_TEXTS.optionNotApplicable(unknown, version), {
      rule: version.id,
      option: unknown,
      accepted: [...accepted],
    });
  }
  const variant = conditions.length > 0 ? version.variants.find((v) => sameConditions(v.when, conditions)) : undefined;
  if (conditions.length > 0 && !variant) {
    return fail('INVALID_OPTION', FAILURE_TEXTS.noVariant(conditions, version), {
      rule: version.id,
      conditions,
    });
  }
  const override = overrides?.[version.id];
  const applies = override !== undefined && (override.ruleSet === undefined || override.ruleSet === version.ruleSet);
  if (applies) {
    if (override.unit !== undefined && override.unit !== 'calendar' && override.unit !== 'working') {
      return fail('INVALID_OPTION', FAILURE_TEXTS.overrideUnit(version), { rule: version.id });
    }
    if (override.count !== undefined && (!Number.isInteger(override.count) || override.count < 0)) {
      return fail('INVALID_OPTION', FAILURE_TEXTS.overrideCount(version), { rule: version.id });
    }
  }
  return succeed({
    version,
    conditions,
    // An override changes the unit of every variant but only the base count: variants keep their statutory counts.
    unit: (applies ? override.unit : undefined) ?? variant?.unit ?? version.unit,
    baseCount: variant?.count ?? (applies ? override.count : undefined) ?? version.count,
    source: variant?.source ?? version.source,
    overrides,
  });
}

/** The years from the event to the due date (either way round) whose days off are derived, not published. */
function derivedYearsBetween(a: number, b: number, calendar: WorkCalendar): number[] {
  const [from, to] = [yearOf(toIsoDate(Math.min(a, b))), yearOf(toIsoDate(Math.max(a, b)))];
  const years: number[] = [];
  for (let year = from; year <= to; year++) if (calendar.yearSchedule(year).source === 'derived') years.push(year);
  return years;
}

/**
 * Computes the due date of a statutory time limit: the rule version in force on the start date (rules A1), the
 * variant chosen by the options (Law on Complaints 2011, Arts. 28, 37; Law on Denunciations 2018, Arts. 24, 30),
 * extensions by decision (Law on Denunciations 2018, Art. 30), suspensions not counted (Decree 155/2026, Art. 28b),
 * counting from the day after the event (Civil Code 2015, Art. 147) and ending on a working day (Art. 148(5)).
 * For a limit "at least N days before" an event (rule direction 'before'), `due` is the latest day to act: counted
 * back from the day before the event and moved to the previous working day when needed.
 */
export function computeDeadline(input: ComputeDeadlineInput): Result<DeadlineComputeResponse> {
  const startDay = checkRange(input.start);
  if (!startDay.ok) return startDay;
  const found = findRuleVersion(input.rule, input.start);
  if (!found.ok) return found;
  const options = input.options ?? {};
  const resolved = resolveRule(found.value, options, input.ruleOverrides);
  if (!resolved.ok) return resolved;
  const rule = resolved.value;

  const optionExtensions = options.extensions ?? 0;
  if (!Number.isInteger(optionExtensions) || optionExtensions < 0) {
    return fail('INVALID_OPTION', FAILURE_TEXTS.extensionsNotWhole(), { extensions: optionExtensions });
  }
  const extension = rule.version.extension;
  if (optionExtensions > 0 && !extension) {
    return fail('INVALID_OPTION', FAILURE_TEXTS.noExtension(rule.version), { rule: rule.version.id });
  }
  const collected = collectEvents(input.events ?? [], startDay.value, rule, optionExtensions);
  if (!collected.ok) return collected;
  const { pauses, notes } = collected.value;
  const extensions = [
    ...Array.from({ length: optionExtensions }, () => ({ date: null, days: extension!.daysPerExtension })),
    ...collected.value.extensions,
  ];

  const count = rule.baseCount + extensions.reduce((sum, e) => sum + e.days, 0);
  const ranges: EpochRange[] = pauses
    .filter((p) => p.continued > p.suspended)
    .map((p) => ({ from: p.suspended + 1, to: p.continued }));
  const direction = rule.version.direction;
  const period = countPeriod({ start: startDay.value, count, unit: rule.unit, direction, pauses: ranges, calendar: input.calendar });
  const due = toIsoDate(period.due);

  const explanation: Explanation = {
    rule: { id: rule.version.id, ruleSet: rule.version.ruleSet, title: rule.version.title, source: rule.source },
    startEvent: rule.version.startEvent,
    start: input.start,
    direction,
    unit: rule.unit,
    conditions: rule.conditions,
    baseCount: rule.baseCount,
    count,
    firstCountedDay: period.firstCountedDay === null ? null : toIsoDate(period.firstCountedDay),
    segments: period.segments,
    pauses: pauses.map((p) => ({
      kind: input.pauseKind ?? 'suspension',
      suspended: toIsoDate(p.suspended),
      continued: toIsoDate(p.continued),
      ruleSet: p.ruleSet,
      source: p.source,
    })),
    extensions: extensions.map((e) => ({ ...e, source: extension!.source })),
    shift: period.due === period.lastDay ? null : { lastDay: toIsoDate(period.lastDay), due, skipped: period.shiftSkipped },
    due,
    notes,
    derivedYears: derivedYearsBetween(startDay.value, period.due, input.calendar),
  };
  return succeed({
    rule: rule.version.id,
    due,
    unit: rule.unit,
    count,
    ruleSet: rule.version.ruleSet,
    source: rule.source,
    explanation,
  });
}
