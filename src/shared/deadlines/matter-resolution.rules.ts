/**
 * The resolution limit of a matter as its suspensions, continuations and extensions shape it (rules B5, D3, E3).
 */
import { succeed, type Result } from '../calendar/calendar-result';
import { parseIsoDate, toIsoDate, type IsoDate } from '../calendar/iso-date';
import { computeDeadline } from './clock.rules';
import type { DeadlineEvent, RuleId } from './deadlines.schemas';
import { SUSPENSION, type PausePair } from './matter-clock-table';
import type { ClockContext } from './matter-clocks.rules';
import type { DatedEvent } from './matter-events.rules';

const toDeadlineEvent = (type: DeadlineEvent['type'], e: DatedEvent): DeadlineEvent =>
  e.days === undefined ? { type, date: e.date } : { type, date: e.date, days: e.days };

/**
 * The pauses (and, for a resolution limit, the extension decisions) of a clock started by `start`, as the
 * suspended/continued/extended events of computeDeadline; a pause still open is closed at `closeAt` (the completing
 * event, or today), so the due date reads "if the clock continued then".
 */
export function resolutionEvents(
  events: readonly DatedEvent[],
  start: DatedEvent,
  closeAt: DatedEvent | number,
  [opens, closes]: PausePair = SUSPENSION,
): DeadlineEvent[] {
  const out: DeadlineEvent[] = [];
  const extensions = opens === SUSPENSION[0];
  let openSince: number | null = null;
  for (const e of events) {
    if (e.index === start.index || e.day < start.day) continue;
    if (e.type === opens) {
      openSince = e.day;
      out.push(toDeadlineEvent('suspended', e));
    } else if (e.type === closes) {
      openSince = null;
      out.push(toDeadlineEvent('continued', e));
    } else if (extensions && e.type === 'extended') {
      out.push(toDeadlineEvent('extended', e));
    }
  }
  if (openSince !== null) {
    const until = Math.max(openSince, typeof closeAt === 'number' ? closeAt : closeAt.day);
    out.push({ type: 'continued', date: toIsoDate(until) });
  }
  return out;
}

/** The event that opened a pause still open after every event, or null. */
export function openSuspension(events: readonly DatedEvent[], [opens, closes]: PausePair = SUSPENSION): DatedEvent | null {
  let open: DatedEvent | null = null;
  for (const e of events) {
    if (e.type === opens) open = e;
    if (e.type === closes) open = null;
  }
  return open;
}

export type LimitAsOf = { running: false; due: IsoDate } | { running: true; due: IsoDate | null; suspendedSince: IsoDate | null };

/**
 * The resolution limit as it stood when `at` happened: computed from the suspensions, continuations and extensions
 * recorded before it. `running` is false once `at` falls after the due date (and no suspension is open).
 */
export function limitAsOf(
  rule: RuleId,
  events: readonly DatedEvent[],
  start: DatedEvent,
  at: DatedEvent,
  context: ClockContext,
): Result<LimitAsOf> {
  const before = events.filter((e) => e.index !== at.index && (e.day < at.day || (e.day === at.day && events.indexOf(e) < events.indexOf(at))));
  const open = openSuspension(before.filter((e) => e.day >= start.day));
  if (open) return succeed({ running: true, due: null, suspendedSince: open.date });
  const computed = computeDeadline({
    rule,
    start: start.date,
    events: resolutionEvents(before, start, at),
    calendar: context.calendar,
    ruleOverrides: context.ruleOverrides,
  });
  if (!computed.ok) return computed;
  const due = computed.value.due;
  return succeed(at.day > parseIsoDate(due)! ? { running: false, due } : { running: true, due, suspendedSince: null });
}
