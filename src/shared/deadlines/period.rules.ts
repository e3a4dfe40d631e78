/**
 * Counting a period in calendar or working days (rules B1, B2, B5), with the day-by-day trace used by explanations.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import { isWeekendEpochDay, toIsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { DayUnit, ExplanationSegment, SegmentReason } from './deadlines.schemas';

/** Days left out of the count, inclusive epoch days. */
export interface EpochRange {
  from: number;
  to: number;
}

export interface PeriodInput {
  /** Epoch day of the event that starts the period (not itself counted). */
  start: number;
  count: number;
  unit: DayUnit;
  /** Sorted, non-overlapping ranges of paused days. */
  pauses: readonly EpochRange[];
  calendar: WorkCalendar;
}

export interface PeriodOutcome {
  due: number;
  firstCountedDay: number | null;
  /** Last counted day (the start itself for a zero-day period) before the Art. 148(5) shift. */
  lastDay: number;
  segments: ExplanationSegment[];
  shiftSkipped: ExplanationSegment[];
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

function skipReason(calendar: WorkCalendar, day: number): SegmentReason {
  return calendar.kindOfEpochDay(day) === 'holiday' ? 'holiday' : 'weekend';
}

/**
 * Counts `count` days after `start`: the day of the event is not counted (Civil Code 2015, Art. 147); paused days are
 * not counted (Decree 155/2026, Art. 28b); in working days, weekends and days off are skipped (rules B1); a period whose
 * last day is not a working day ends on the next working day (Civil Code 2015, Art. 148(5)).
 */
export function countPeriod(input: PeriodInput): PeriodOutcome {
  const { start, count, unit, pauses, calendar } = input;
  const trace = new SegmentBuilder();
  let pauseIndex = 0;
  const isPaused = (day: number): boolean => {
    while (pauseIndex < pauses.length && pauses[pauseIndex]!.to < day) pauseIndex++;
    const pause = pauses[pauseIndex];
    return pause !== undefined && pause.from <= day;
  };

  let counted = 0;
  let day = start;
  let firstCountedDay: number | null = null;
  while (counted < count) {
    day++;
    if (isPaused(day)) {
      trace.add(day, false, 'pause');
    } else if (unit === 'calendar') {
      trace.add(day, true, 'counted');
      counted++;
    } else if (calendar.isWorkingEpochDay(day)) {
      if (isWeekendEpochDay(day)) trace.add(day, true, 'working-saturday', calendar.nameOfEpochDay(day));
      else trace.add(day, true, 'counted');
      counted++;
    } else {
      trace.add(day, false, skipReason(calendar, day), calendar.nameOfEpochDay(day));
    }
    if (counted === 1 && firstCountedDay === null) firstCountedDay = day;
  }
  trace.flush();

  const lastDay = day;
  const shift = new SegmentBuilder();
  while (isPaused(day) || !calendar.isWorkingEpochDay(day)) {
    if (isPaused(day)) shift.add(day, false, 'pause');
    else shift.add(day, false, skipReason(calendar, day), calendar.nameOfEpochDay(day));
    day++;
  }
  shift.flush();
  return { due: day, firstCountedDay, lastDay, segments: trace.segments, shiftSkipped: shift.segments };
}

/** Working days in (from, to]; 0 when `to` ≤ `from`. */
export function countWorkingDaysBetween(calendar: WorkCalendar, from: number, to: number): number {
  let n = 0;
  for (let day = from + 1; day <= to; day++) if (calendar.isWorkingEpochDay(day)) n++;
  return n;
}
