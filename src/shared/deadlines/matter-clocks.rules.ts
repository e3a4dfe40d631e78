/**
 * computeClocks: every statutory clock of one matter, from its recorded events, with its state as of `today`.
 */
import { fail, MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { parseIsoDate, toIsoDate, yearOf, type IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import {
  MATTER_EVENT_TYPES,
  type MatterEvent,
  type MatterEventType,
  type MatterOptions,
  type Clock,
  type ClockState,
  type MatterType,
} from './matter-clocks.schemas';
import { computeDeadline } from './clock.rules';
import type { DeadlineEvent, DeadlineOptions, RuleId, RuleOverrides } from './deadlines.schemas';
import { FAILURE_TEXTS } from './failure-messages';
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

interface ClockDefinition {
  matter: MatterType;
  rule: RuleId;
  startOn: readonly MatterEventType[];
  completeOn: readonly MatterEventType[];
  /** Which of several starting events runs the clock (default: the first). */
  startAt?: 'first' | 'latest';
  resolution?: boolean;
  applies?: (options: MatterOptions, types: ReadonlySet<MatterEventType>) => boolean;
}

/**
 * Which events start and complete each clock (rules C4, C5, D1–D5, E1–E4, F2, F5). A clock whose rule is not part of
 * the rule set in force on its start date does not run (e.g. complaint.suspension-notice before 1 July 2026).
 */
const CLOCKS: readonly ClockDefinition[] = [
  { matter: 'petition', rule: 'petition.handling', startOn: ['received'], completeOn: ['accepted', 'rejected', 'transferred', 'guided', 'filed'] },
  { matter: 'reception', rule: 'reception.refusal-notice', startOn: ['refused'], completeOn: ['refusal-notice-sent'] },
  { matter: 'reception', rule: 'reception.online-notice', startOn: ['online-session-scheduled'], completeOn: ['online-notice-sent'] },
  { matter: 'complaint', rule: 'complaint.filing', startOn: ['learned-of-act'], completeOn: ['received'] },
  { matter: 'complaint', rule: 'complaint.acceptance', startOn: ['received'], completeOn: ['accepted', 'rejected'] },
  { matter: 'complaint', rule: 'complaint.resolution', startOn: ['accepted'], completeOn: ['decided', 'terminated'], resolution: true },
  { matter: 'complaint', rule: 'complaint.dialogue-notice', startOn: ['dialogue-scheduled'], completeOn: ['dialogue-notice-sent'] },
  // The outstanding duty is to send the latest suspension, termination or continuation decision (Decree 155/2026, Art. 28b).
  {
    matter: 'complaint', rule: 'complaint.suspension-notice', startOn: ['suspended', 'continued', 'terminated'],
    completeOn: ['suspension-notice-sent'], startAt: 'latest',
  },
  { matter: 'complaint', rule: 'complaint.send-decision', startOn: ['decided'], completeOn: ['decision-sent'] },
  { matter: 'complaint', rule: 'complaint.publish', startOn: ['decided'], completeOn: ['published'] },
  {
    matter: 'complaint', rule: 'complaint.second-filing', startOn: ['decision-received'], completeOn: ['second-complaint-received'],
    applies: (options) => options.secondTime !== true,
  },
  { matter: 'complaint', rule: 'complaint.enforcement', startOn: ['decision-effective'], completeOn: ['enforcement-directed'] },
  { matter: 'denunciation', rule: 'denunciation.initial-handling', startOn: ['received'], completeOn: ['accepted', 'rejected', 'transferred'] },
  {
    matter: 'denunciation', rule: 'denunciation.transfer', startOn: ['received'], completeOn: ['transferred'],
    applies: (options, types) => options.outsideCompetence === true || types.has('transferred'),
  },
  { matter: 'denunciation', rule: 'denunciation.notify', startOn: ['accepted'], completeOn: ['notified'] },
  { matter: 'denunciation', rule: 'denunciation.resolution', startOn: ['accepted'], completeOn: ['decided', 'terminated'], resolution: true },
  { matter: 'denunciation', rule: 'denunciation.escalation-request', startOn: ['escalated'], completeOn: ['report-requested'] },
  { matter: 'denunciation', rule: 'denunciation.escalation-report', startOn: ['report-requested'], completeOn: ['report-submitted'] },
];

/** Events that need an earlier event of one of these types. */
const REQUIRES: Partial<Record<MatterEventType, readonly MatterEventType[]>> = {
  decided: ['accepted'],
  terminated: ['accepted'],
  suspended: ['accepted'],
  continued: ['suspended'],
  extended: ['accepted'],
  notified: ['accepted'],
  'decision-sent': ['decided'],
  published: ['decided'],
  'decision-received': ['decided'],
  'decision-effective': ['decided'],
  'enforcement-directed': ['decision-effective'],
  'refusal-notice-sent': ['refused'],
  'second-complaint-received': ['decision-received'],
  'suspension-notice-sent': ['suspended', 'terminated'],
  // A dialogue notice precedes the dialogue's date, so it needs the acceptance, not the dialogue event.
  'dialogue-scheduled': ['accepted'],
  'dialogue-notice-sent': ['accepted'],
  escalated: ['accepted'],
  'report-requested': ['escalated'],
  'report-submitted': ['report-requested'],
};
/** When both are recorded, the second type must not be earlier than the first. */
const PRECEDES: readonly (readonly [MatterEventType, MatterEventType])[] = [
  ['learned-of-act', 'received'],
  ['received', 'accepted'],
  ['received', 'rejected'],
  ['received', 'transferred'],
  ['received', 'guided'],
  ['received', 'filed'],
];
const ONCE: ReadonlySet<MatterEventType> = new Set([
  'learned-of-act', 'received', 'accepted', 'decided', 'terminated', 'decision-effective', 'dialogue-scheduled', 'online-session-scheduled',
]);
const AFTER_CLOSE_FORBIDDEN: ReadonlySet<MatterEventType> = new Set(['suspended', 'continued', 'extended']);
const KNOWN_TYPES: ReadonlySet<string> = new Set(MATTER_EVENT_TYPES);

const NOTE_PROJECTED: LocalizedText = {
  vi: 'Đang tạm đình chỉ: hạn cuối được tính như thể tiếp tục giải quyết vào hôm nay.',
  en: 'Currently suspended: the due date assumes the clock continues today.',
};

interface DatedEvent extends MatterEvent {
  day: number;
  index: number;
}

function checkDate(date: unknown, what: LocalizedText): Result<number> {
  const day = typeof date === 'string' ? parseIsoDate(date) : null;
  if (day === null) return fail('INVALID_DATE', FAILURE_TEXTS.invalidDate(date, what), { date });
  const year = yearOf(date as string);
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    return fail('DATE_OUT_OF_RANGE', FAILURE_TEXTS.dateOutOfRange(date as string, what), { date });
  }
  return succeed(day);
}

/** Validates the events and returns them in date order (same-date events keep their recorded order). */
function orderEvents(events: readonly MatterEvent[]): Result<DatedEvent[]> {
  const dated: DatedEvent[] = [];
  for (const [index, event] of events.entries()) {
    if (!KNOWN_TYPES.has(event.type)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.unknownEventType(event.type), { index, reason: 'UNKNOWN_EVENT_TYPE' });
    }
    const day = checkDate(event.date, FAILURE_TEXTS.eventNumber(index, event.type));
    if (!day.ok) return day;
    dated.push({ ...event, day: day.value, index });
  }
  dated.sort((a, b) => a.day - b.day || a.index - b.index);
  const recorded = new Set(dated.map((e) => e.type));
  const seen = new Set<MatterEventType>();
  let suspended = false;
  let closed = false;
  for (const event of dated) {
    const where = { index: event.index, type: event.type, date: event.date };
    if (ONCE.has(event.type) && seen.has(event.type)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.recordedTwice(event.type), { ...where, reason: 'DUPLICATE_EVENT' });
    }
    const required = REQUIRES[event.type];
    if (required && !required.some((t) => seen.has(t))) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.needsEarlier(event.type, event.date, required), where);
    }
    for (const [first, second] of PRECEDES) {
      if (event.type === second && recorded.has(first) && !seen.has(first)) {
        return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.isBefore(second, event.date, first), where);
      }
    }
    if (closed && AFTER_CLOSE_FORBIDDEN.has(event.type)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.afterClose(event.type, event.date), where);
    }
    if (event.type === 'suspended') {
      if (suspended) return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.suspendedAgain(event.date), where);
      suspended = true;
    } else if (event.type === 'continued') {
      if (!suspended) return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.continuedWithoutSuspension(event.date), where);
      suspended = false;
    } else if (event.type === 'decided' || event.type === 'terminated') {
      closed = true;
    }
    seen.add(event.type);
  }
  return succeed(dated);
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

/** Suspension, continuation and extension events of a resolution clock; an open suspension ends at `closeAt`. */
function clockEvents(events: readonly DatedEvent[], start: DatedEvent, closeAt: DatedEvent | number): DeadlineEvent[] {
  const out: DeadlineEvent[] = [];
  let openSince: number | null = null;
  for (const e of events) {
    if (e.index === start.index || e.day < start.day) continue;
    if (e.type === 'suspended') openSince = e.day;
    if (e.type === 'continued') openSince = null;
    if (e.type === 'suspended' || e.type === 'continued' || e.type === 'extended') {
      out.push(e.days === undefined ? { type: e.type, date: e.date } : { type: e.type, date: e.date, days: e.days });
    }
  }
  if (openSince !== null) {
    const until = Math.max(openSince, typeof closeAt === 'number' ? closeAt : closeAt.day);
    out.push({ type: 'continued', date: toIsoDate(until) });
  }
  return out;
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

  const clocks: Clock[] = [];
  for (const def of CLOCKS) {
    if (def.matter !== input.matterType || (def.applies && !def.applies(options, types))) continue;
    const starts = events.filter((e) => def.startOn.includes(e.type));
    const start = def.startAt === 'latest' ? starts.at(-1) : starts[0];
    if (!start) continue;
    const version = findRuleVersion(def.rule, start.date);
    if (!version.ok && version.details?.reason === 'NOT_IN_RULE_SET') continue;
    // A notice due before its event (direction 'before') is usually sent before that event's date.
    const before = version.ok && version.value.direction === 'before';
    const completion = events.find(
      (e) => def.completeOn.includes(e.type) && (before || (e.day >= start.day && e.index !== start.index)),
    );
    const deadlineEvents = def.resolution ? clockEvents(events, start, completion ?? today.value) : [];
    const projected = def.resolution === true && !completion && events.filter((e) => e.type === 'suspended').length >
      events.filter((e) => e.type === 'continued').length;
    const computed = computeDeadline({
      rule: def.rule,
      start: start.date,
      events: deadlineEvents,
      options: optionsFor(def.rule, options),
      calendar,
      ruleOverrides: context.ruleOverrides,
    });
    if (!computed.ok) return computed;
    const deadline = computed.value;
    const due = parseIsoDate(deadline.due)!;
    const explanation = projected
      ? { ...deadline.explanation, notes: [...deadline.explanation.notes, NOTE_PROJECTED] }
      : deadline.explanation;

    let state: ClockState;
    let overdueBy = 0;
    let workingDaysLeft: number | null = null;
    if (completion) {
      state = 'met';
    } else if (projected) {
      state = 'paused';
    } else if (today.value <= due) {
      state = 'running';
      workingDaysLeft = countWorkingDaysBetween(calendar, today.value, due);
    } else {
      overdueBy = deadline.unit === 'calendar' ? today.value - due : countWorkingDaysBetween(calendar, due, today.value);
      state = overdueBy > deadline.count / 2 ? 'very-overdue' : 'overdue';
      workingDaysLeft = -countWorkingDaysBetween(calendar, due, today.value);
    }
    clocks.push({
      rule: deadline.rule,
      ruleSet: deadline.ruleSet,
      title: explanation.rule.title,
      source: deadline.source,
      unit: deadline.unit,
      count: deadline.count,
      start: start.date,
      due: deadline.due,
      dueIsProjected: projected,
      state,
      completedOn: completion?.date ?? null,
      completedBy: completion?.type ?? null,
      onTime: completion ? completion.day <= due : null,
      workingDaysLeft,
      overdueBy,
      explanation,
    });
  }
  return succeed(clocks);
}
