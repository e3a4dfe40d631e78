/**
 * Counting a period in calendar or working days (rules B1, B2, B5), with the day-by-day trace used by explanations.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import { isWeekendEpochDay, toIsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { DayUnit, Direction, ExplanationSegment, SegmentReason } from './deadlines.schemas';

/** Days left out of the count, inclusive epoch days. */
export interface EpochRange {
  from: number;
  to: number;
}

export interface PeriodInput {
  /** Epoch day of the event that anchors the period (not itself counted). */
  start: number;
  count: number;
  unit: DayUnit;
  /** after: count forward from the day after the event; before: count back from the day before it. */
  direction: Direction;
  /** Sorted, non-overlapping ranges of paused days. */
  pauses: readonly EpochRange[];
  calendar: WorkCalendar;
}

export interface PeriodOutcome {
  due: number;
  firstCountedDay: number | null;
  /** Last counted day (the start itself for a zero-day period) before the end-of-period shift. */
  lastDay: number;
  /** In date order, whatever the direction. */
  segments: ExplanationSegment[];
  shiftSkipped: ExplanationSegment[];
}

interface DayMark {
  day: number;
  counted: boolean;
  reason: SegmentReason;
  name?: LocalizedText;
}

class SegmentBuilder {
  readonly segments: ExplanationSegment[] = [];
  private from = 0;
  private to = -2;
  private counted = false;
  private reason: SegmentReason = 'counted';
  private name: LocalizedText | undefined;

  add(day: number, counted: boolean, reason: SegmentReason, name?: LocalizedText): void {
    if (day === this.to + 1 && reason === this.reason && name?.vi === this.name?.vi) {
      this.to = day;
      return;
    }
    this.flush();
    this.from = day;
    this.to = day;
    this.counted = counted;
    this.reason = reason;
    this.name = name;
  }

  flush(): void {
    if (this.to < this.from) return;
    const segment: ExplanationSegment = {
      from: toIsoDate(this.from),
      to: toIsoDate(this.to),
      days: this.to - this.from + 1,
      counted: this.counted,
      reason: this.reason,
    };
    if (this.name) segment.name = this.name;
    this.segments.push(segment);
    this.to = this.from - 1;
  }
}

/** Groups day marks, recorded in counting order, into segments in date order. */
function toSegments(marks: readonly DayMark[], direction: Direction): ExplanationSegment[] {
  const builder = new SegmentBuilder();
  const ordered = direction === 'before' ? [...marks].reverse() : marks;
  for (const m of ordered) builder.add(m.day, m.counted, m.reason, m.name);
  builder.flush();
  return builder.segments;
}

function skipReason(calendar: WorkCalendar, day: number): SegmentReason {
  return calendar.kindOfEpochDay(day) === 'holiday' ? 'holiday' : 'weekend';
}

/**
 * Counts `count` days after `start`: the day of the event is not counted (Civil Code 2015, Art. 147); paused days are
 * not counted (Decree 155/2026, Art. 28b); in working days, weekends and days off are skipped (rules B1); a period whose
 * last day is not a working day ends on the next working day (Civil Code 2015, Art. 148(5)).
 *
 * A 'before' period ("at least N days before the event") mirrors this: it counts back from the day before the event,
 * and a last day that is not a working day moves to the previous working day, so that acting on the result is always
 * on a working day and never later than the law allows (the safe direction of Art. 148(5)).
 */
export function countPeriod(input: PeriodInput): PeriodOutcome {
  const { start, count, unit, direction, pauses, calendar } = input;
  const step = direction === 'before' ? -1 : 1;
  const isPaused = (day: number): boolean => pauses.some((p) => p.from <= day && day <= p.to);
  const skip = (day: number): DayMark =>
    isPaused(day)
      ? { day, counted: false, reason: 'pause' }
      : { day, counted: false, reason: skipReason(calendar, day), name: calendar.nameOfEpochDay(day) };

  const marks: DayMark[] = [];
  let counted = 0;
  let day = start;
  let firstCountedDay: number | null = null;
  while (counted < count) {
    day += step;
    if (isPaused(day)) {
      marks.push(skip(day));
    } else if (unit === 'calendar') {
      marks.push({ day, counted: true, reason: 'counted' });
      counted++;
    } else if (calendar.isWorkingEpochDay(day)) {
      if (isWeekendEpochDay(day)) marks.push({ day, counted: true, reason: 'working-saturday', name: calendar.nameOfEpochDay(day) });
      else marks.push({ day, counted: true, reason: 'counted' });
      counted++;
    } else {
      marks.push(skip(day));
    }
    if (counted === 1 && firstCountedDay === null) firstCountedDay = day;
  }

  const lastDay = day;
  const shifted: DayMark[] = [];
  while (isPaused(day) || !calendar.isWorkingEpochDay(day)) {
    shifted.push(skip(day));
    day += step;
  }
  return { due: day, firstCountedDay, lastDay, segments: toSegments(marks, direction), shiftSkipped: toSegments(shifted, direction) };
}

/** Working days in (from, to]; 0 when `to` ≤ `from`. */
export function countWorkingDaysBetween(calendar: WorkCalendar, from: number, to: number): number {
  let n = 0;
  for (let day = from + 1; day <= to; day++) if (calendar.isWorkingEpochDay(day)) n++;
  return n;
}
