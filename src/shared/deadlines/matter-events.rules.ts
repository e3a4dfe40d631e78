/**
 * The events of a matter, checked and put in date order before any clock is computed (rules B5, C–E).
 */
import { fail, MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { parseIsoDate, yearOf } from '../calendar/iso-date';
import { MATTER_EVENT_TYPES, type MatterEvent, type MatterEventType } from './matter-clocks.schemas';
import { FAILURE_TEXTS } from './failure-messages';

export interface DatedEvent extends MatterEvent {
  day: number;
  index: number;
}

/** Events that need an earlier event of one of these types. */
const REQUIRES: Partial<Record<MatterEventType, readonly MatterEventType[]>> = {
  'obstacle-began': ['learned-of-act'],
  'obstacle-ended': ['obstacle-began'],
  decided: ['accepted'],
  terminated: ['accepted'],
  suspended: ['accepted'],
  continued: ['suspended'],
  'complexity-determined': ['accepted'],
  extended: ['accepted'],
  notified: ['accepted'],
  'decision-sent': ['decided'],
  published: ['decided'],
  'decision-received': ['decided'],
  'decision-effective': ['decided'],
  'enforcement-directed': ['decision-effective'],
  'refusal-notice-sent': ['refused'],
  // The window of Art. 33(1) also opens when the first limit expires without a decision.
  'second-complaint-received': ['decision-received', 'accepted'],
  'suspension-notice-sent': ['suspended', 'terminated'],
  // A dialogue notice precedes the dialogue's date, so it needs the acceptance, not the dialogue event.
  'dialogue-scheduled': ['accepted'],
  'dialogue-notice-sent': ['accepted'],
  escalated: ['accepted'],
  'report-requested': ['escalated'],
  'report-request-received': ['report-requested'],
  'report-submitted': ['report-requested'],
  'further-denounced': ['decided'],
  'further-reviewed': ['further-denounced'],
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
const AFTER_CLOSE_FORBIDDEN: ReadonlySet<MatterEventType> = new Set(['suspended', 'continued', 'extended', 'complexity-determined']);
const KNOWN_TYPES: ReadonlySet<string> = new Set(MATTER_EVENT_TYPES);

export function checkDate(date: unknown, what: LocalizedText): Result<number> {
  const day = typeof date === 'string' ? parseIsoDate(date) : null;
  if (day === null) return fail('INVALID_DATE', FAILURE_TEXTS.invalidDate(date, what), { date });
  const year = yearOf(date as string);
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    return fail('DATE_OUT_OF_RANGE', FAILURE_TEXTS.dateOutOfRange(date as string, what), { date });
  }
  return succeed(day);
}

/** Validates the events and returns them in date order (same-date events keep their recorded order). */
export function orderEvents(events: readonly MatterEvent[]): Result<DatedEvent[]> {
  const dated: DatedEvent[] = [];
  for (const [index, event] of events.entries()) {
    if (!KNOWN_TYPES.has(event.type)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.unknownEventType(event.type), { index, reason: 'UNKNOWN_EVENT_TYPE' });
    }
    const day = checkDate(event.date, FAILURE_TEXTS.eventNumber(index, event.type));
    if (!day.ok) return day;
    if (event.decisionDate !== undefined) {
      const decision = checkDate(event.decisionDate, FAILURE_TEXTS.eventNumber(index, event.type));
      if (!decision.ok) return decision;
    }
    dated.push({ ...event, day: day.value, index });
  }
  dated.sort((a, b) => a.day - b.day || a.index - b.index);
  const recorded = new Set(dated.map((e) => e.type));
  const seen = new Set<MatterEventType>();
  let suspended = false;
  let obstacle = false;
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
    if (event.type === 'complexity-determined' && !event.criteria?.length) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.complexityWithoutCriteria(event.date), { ...where, reason: 'COMPLEXITY_WITHOUT_CRITERIA' });
    }
    if (event.type === 'obstacle-began') {
      if (obstacle) return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.obstacleAgain(event.date), where);
      obstacle = true;
    } else if (event.type === 'obstacle-ended') {
      obstacle = false;
    } else if (event.type === 'suspended') {
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
