/**
 * The resolution limit of a matter as its suspensions, continuations and extensions shape it (rules B5, D3, E3).
 */
import { succeed, type Result } from '../calendar/calendar-result';
import { parseIsoDate, toIsoDate, type IsoDate } from '../calendar/iso-date';
import { computeDeadline } from './clock.rules';
import type { DeadlineEvent, RuleId } from './deadlines.schemas';
import type { ClockContext } from './matter-clocks.rules';
import type { DatedEvent } from './matter-events.rules';

const SHAPING = new Set(['suspended', 'continued', 'extended']);

const toDeadlineEvent = (e: DatedEvent): DeadlineEvent =>
  e.days === undefined ? { type: e.type as DeadlineEvent['type'], date: e.date } : { type: e.type as DeadlineEvent['type'], date: e.date, days: e.days };

/**
 * Suspension, continuation and extension events of a resolution clock started by `start`; a suspension still open
 * is closed at `closeAt` (the completing event, or today), so the due date reads "if the clock continued then".
 */
export function resolutionEvents(events: readonly DatedEvent[], start: DatedEvent, closeAt: DatedEvent | number): DeadlineEvent[] {
  const out: DeadlineEvent[] = [];
  let openSince: number | null = null;
  for (const e of events) {
    if (e.index === start.index || e.day < start.day) continue;
    if (e.type === 'suspended') openSince = e.day;
    if (e.type === 'continued') openSince = null;
    if (SHAPING.has(e.type)) out.push(toDeadlineEvent(e));
  }
  if (openSince !== null) {
    const until = Math.max(openSince, typeof closeAt === 'number' ? closeAt : closeAt.day);
    out.push({ type: 'continued', date: toIsoDate(until) });
  }
  return out;
}

/** The day a suspension still open after every event began, or null. */
export function openSuspension(events: readonly DatedEvent[]): DatedEvent | null {
  let open: DatedEvent | null = null;
  for (const e of events) {
    if (e.type === 'suspended') open = e;
    if (e.type === 'continued') open = null;
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
