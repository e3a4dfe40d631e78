/**
 * computeClocks: every statutory clock of one matter, from its recorded events, with its state as of `today`.
 * The clocks are data (matter-clock-table.ts); events are checked in matter-events.rules.ts, pauses and the running
 * limit in matter-resolution.rules.ts, denunciation extensions and escalation in their own modules.
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { parseIsoDate, toIsoDate, type IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { formatIsoDate } from '../i18n/locale';
import type { Clock, ClockState, MatterEvent, MatterOptions, MatterType } from './matter-clocks.schemas';
import { computeDeadline } from './clock.rules';
import type { DeadlineComputeResponse, DeadlineOptions, RuleId, RuleOverrides, StartEvent } from './deadlines.schemas';
import { FAILURE_TEXTS } from './failure-messages';
import { CLOCKS, NOTE_EXPIRY_START, OBSTACLE, type ClockDefinition } from './matter-clock-table';
import { checkEscalation } from './matter-escalation.rules';
import { checkDate, orderEvents, type DatedEvent } from './matter-events.rules';
import { checkExtensions } from './matter-extensions.rules';
import { openSuspension, resolutionEvents } from './matter-resolution.rules';
import { countWorkingDaysBetween } from './period.rules';
import { findRuleVersion } from './rule-table';

export interface MatterInput {
  matterType: MatterType;
  events: readonly MatterEvent[];
  options?: MatterOptions;
}

export interface ClockContext {
  today: IsoDate;
  calendar: WorkCalendar;
  ruleOverrides?: RuleOverrides;
}

const NOTE_PROJECTED: LocalizedText = {
  vi: 'Đang tạm đình chỉ hoặc có trở ngại: hạn cuối được tính như thể thời hạn tiếp tục chạy từ hôm nay.',
  en: 'Currently suspended or obstructed: the due date assumes the clock continues today.',
};

/** Where one clock starts: an event, or (event null) the expiry of another clock's limit. */
interface ClockStart {
  event: DatedEvent | null;
  day: number;
  completion: DatedEvent | undefined;
  startEvent?: StartEvent;
  notes: LocalizedText[];
}

/** Matter options that a rule accepts (others are for other clocks of the same matter). */
function optionsFor(rule: RuleId, options: MatterOptions): DeadlineOptions {
  switch (rule) {
    case 'complaint.resolution':
      return { complex: options.complex, remote: options.remote, secondTime: options.secondTime };
    case 'complaint.second-filing':
      return { remote: options.remote };
    case 'complaint.send-decision':
      return { secondTime: options.secondTime };
    case 'denunciation.initial-handling':
      return { withReason: options.withReason };
    default:
      return {};
  }
}

/** Pairs each sending with the decision it names, or else with the earliest decision not yet sent (rule B5). */
function pairSendings(def: ClockDefinition, starts: readonly DatedEvent[], events: readonly DatedEvent[]): Result<Map<number, DatedEvent>> {
  const sent = new Map<number, DatedEvent>();
  for (const sending of events.filter((e) => def.completeOn.includes(e.type))) {
    const candidates = starts.filter((s) => s.day <= sending.day && events.indexOf(s) < events.indexOf(sending));
    const named = sending.decisionDate === undefined ? null : candidates.filter((s) => s.date === sending.decisionDate);
    if (named?.length === 0) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.noticeWithoutDecision(sending.date, sending.decisionDate!), {
        index: sending.index,
        date: sending.date,
        reason: 'UNKNOWN_DECISION',
      });
    }
    const target = (named ?? candidates).find((s) => !sent.has(s.index));
    if (target) sent.set(target.index, sending);
  }
  return succeed(sent);
}

/** The starts of one clock definition (none, one, or one per decision). */
function startsOf(def: ClockDefinition, events: readonly DatedEvent[], earlier: ReadonlyMap<RuleId, Clock>, today: number): Result<ClockStart[]> {
  const matching = events.filter((e) => def.startOn.includes(e.type));
  if (def.each) {
    const paired = pairSendings(def, matching, events);
    if (!paired.ok) return paired;
    return succeed(matching.map((event) => ({ event, day: event.day, completion: paired.value.get(event.index), notes: [] })));
  }
  let start: ClockStart | null = matching[0] ? { event: matching[0], day: matching[0].day, completion: undefined, notes: [] } : null;
  const fallback = def.fallback && events.find((e) => def.fallback!.on.includes(e.type));
  if (!start && fallback) start = { event: fallback, day: fallback.day, completion: undefined, startEvent: def.fallback!.startEvent, notes: [def.fallback!.note] };
  const expired = def.orAtExpiryOf && earlier.get(def.orAtExpiryOf);
  if (!start && expired && expired.state !== 'paused' && expired.completedBy !== 'terminated' && expired.onTime !== true) {
    const due = parseIsoDate(expired.due)!;
    const note = NOTE_EXPIRY_START(formatIsoDate(expired.due, 'vi'), formatIsoDate(expired.due, 'en'));
    if (today > due) start = { event: null, day: due, completion: undefined, startEvent: 'resolution-expiry', notes: [note] };
  }
  if (!start) return succeed([]);
  const from = start.event;
  start.completion = events.find((e) => def.completeOn.includes(e.type) && e.day >= start.day && e.index !== from?.index);
  return succeed([start]);
}

function stateOf(deadline: DeadlineComputeResponse, completion: DatedEvent | undefined, paused: boolean, today: number, calendar: WorkCalendar) {
  const due = parseIsoDate(deadline.due)!;
  if (completion) return { state: 'met' as ClockState, overdueBy: 0, workingDaysLeft: null };
  if (paused) return { state: 'paused' as ClockState, overdueBy: 0, workingDaysLeft: null };
  if (today <= due) return { state: 'running' as ClockState, overdueBy: 0, workingDaysLeft: countWorkingDaysBetween(calendar, today, due) };
  const overdueBy = deadline.unit === 'calendar' ? today - due : countWorkingDaysBetween(calendar, due, today);
  const state: ClockState = overdueBy > deadline.count / 2 ? 'very-overdue' : 'overdue';
  return { state, overdueBy, workingDaysLeft: -countWorkingDaysBetween(calendar, due, today) };
}

/**
 * Every applicable clock of a matter with its due date and state as of `today` (rules C4, C5, D, E, F2, F5).
 * A clock is met when one of its completing events is recorded; overdue when `today` is past due; very-overdue
 * when past due by more than half the limit again (counted in the rule's unit).
 */
export function computeClocks(input: MatterInput, context: ClockContext): Result<Clock[]> {
  const today = checkDate(context.today, FAILURE_TEXTS.today);
  if (!today.ok) return today;
  const ordered = orderEvents(input.events);
  if (!ordered.ok) return ordered;
  const events = ordered.value;
  const options = input.options ?? {};
  const types = new Set(events.map((e) => e.type));
  const { calendar } = context;
  let resolutionNotes: LocalizedText[] = [];
  if (input.matterType === 'denunciation') {
    const extensions = checkExtensions(events, context);
    if (!extensions.ok) return extensions;
    resolutionNotes = extensions.value;
    const escalation = checkEscalation(events, context);
    if (!escalation.ok) return escalation;
  }

  const clocks: Clock[] = [];
  const byRule = new Map<RuleId, Clock>();
  for (const def of CLOCKS) {
    if (def.matter !== input.matterType || (def.applies && !def.applies(options, types))) continue;
    const starts = startsOf(def, events, byRule, today.value);
    if (!starts.ok) return starts;
    for (const start of starts.value) {
      const startDate = toIsoDate(start.day);
      const version = findRuleVersion(def.rule, startDate);
      if (!version.ok && version.details?.reason === 'NOT_IN_RULE_SET') continue;
      // A notice due before its event (direction 'before') is usually sent before that event's date.
      const before = version.ok && version.value.direction === 'before';
      const completion = before ? events.find((e) => def.completeOn.includes(e.type)) : start.completion;
      const pausable = def.pauses !== undefined && start.event !== null;
      const open = pausable && !completion ? openSuspension(events.filter((e) => e.day >= start.day), def.pauses) : null;
      const computed = computeDeadline({
        rule: def.rule,
        start: startDate,
        events: pausable ? resolutionEvents(events, start.event!, completion ?? today.value, def.pauses) : [],
        options: optionsFor(def.rule, options),
        pauseKind: def.pauses === OBSTACLE ? 'obstacle' : 'suspension',
        calendar,
        ruleOverrides: context.ruleOverrides,
      });
      if (!computed.ok) return computed;
      const deadline = computed.value;
      // Paused only when the open suspension stops this clock (by the rule set in force on its decision).
      const paused = open !== null && deadline.explanation.pauses.some((p) => p.suspended === open.date);
      const notes = [
        ...deadline.explanation.notes,
        ...start.notes,
        ...(def.resolution ? resolutionNotes : []),
        ...(paused ? [NOTE_PROJECTED] : []),
      ];
      const explanation = { ...deadline.explanation, startEvent: start.startEvent ?? deadline.explanation.startEvent, notes };
      const clock: Clock = {
        rule: deadline.rule,
        ruleSet: deadline.ruleSet,
        title: explanation.rule.title,
        source: deadline.source,
        unit: deadline.unit,
        count: deadline.count,
        start: startDate,
        startedBy: start.event?.type ?? null,
        due: deadline.due,
        dueIsProjected: paused,
        ...stateOf(deadline, completion, paused, today.value, calendar),
        completedOn: completion?.date ?? null,
        completedBy: completion?.type ?? null,
        onTime: completion ? completion.day <= parseIsoDate(deadline.due)! : null,
        explanation,
      };
      clocks.push(clock);
      byRule.set(clock.rule, clock);
    }
  }
  return succeed(clocks);
}
