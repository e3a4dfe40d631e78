/**
 * The civil servants' working calendar: Monday–Friday minus days off, plus make-up working Saturdays (rules B1, B3).
 * Per year, precedence is: administrator's custom schedule > official schedule > derived from the Labour Code.
 */
import type { DayDescription, DayKind, DayOff, LocalizedText, WorkingSaturday, YearSchedule } from './calendar.schemas';
import { deriveYearSchedule } from './holidays.rules';
import { epochDayFromParts, isWeekendEpochDay, partsFromEpochDay, toEpochDay, toIsoDate, type IsoDate } from './iso-date';
import { OFFICIAL_SCHEDULES } from './official-schedules.data';

export interface WorkCalendarOptions {
  /** Custom schedules (one per year) that replace the official or derived schedule of that year. */
  overrides?: readonly YearSchedule[];
  /**
   * Whether a make-up working Saturday (đi làm bù) is a working day. Default `true`: civil servants work that day,
   * so it counts for "ngày làm việc" and for Civil Code 2015 Art. 148(5). No source settles this (see
   * vn-public-holidays.md § 6), hence the option.
   */
  swappedSaturdayIsWorkingDay?: boolean;
}

export interface WorkCalendar {
  readonly swappedSaturdayIsWorkingDay: boolean;
  /** Expects a valid `IsoDate` (validate at the edge); throws `RangeError` on a malformed string. */
  isWorkingDay(date: IsoDate): boolean;
  describeDay(date: IsoDate): DayDescription;
  yearSchedule(year: number): YearSchedule;
  /** Fast paths used by the deadline engine (no allocation). */
  isWorkingEpochDay(epochDay: number): boolean;
  kindOfEpochDay(epochDay: number): DayKind;
  /** Name of a day off or make-up working day; `undefined` for ordinary days. */
  nameOfEpochDay(epochDay: number): LocalizedText | undefined;
  describeEpochDay(epochDay: number): DayDescription;
}

const KINDS: readonly DayKind[] = ['working', 'weekend', 'holiday', 'swapped-working'];

const WORKING = 0;
const WEEKEND = 1;
const OFF = 2;
const WORKING_SATURDAY = 3;

interface YearData {
  schedule: YearSchedule;
  first: number;
  last: number;
  codes: Uint8Array;
  daysOff: Map<number, DayOff>;
  workingSaturdays: Map<number, WorkingSaturday>;
}

function buildYearData(schedule: YearSchedule): YearData {
  const first = epochDayFromParts(schedule.year, 1, 1);
  const last = epochDayFromParts(schedule.year, 12, 31);
  const codes = new Uint8Array(last - first + 1);
  for (let day = first; day <= last; day++) codes[day - first] = isWeekendEpochDay(day) ? WEEKEND : WORKING;
  const daysOff = new Map<number, DayOff>();
  const workingSaturdays = new Map<number, WorkingSaturday>();
  for (const entry of schedule.daysOff) {
    const day = toEpochDay(entry.date);
    if (day < first || day > last) continue;
    codes[day - first] = OFF;
    daysOff.set(day, entry);
  }
  for (const entry of schedule.workingSaturdays) {
    const day = toEpochDay(entry.date);
    if (day < first || day > last) continue;
    codes[day - first] = WORKING_SATURDAY;
    workingSaturdays.set(day, entry);
  }
  return { schedule, first, last, codes, daysOff, workingSaturdays };
}

/** Builds a working calendar; schedules are computed lazily and cached per year. */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const swappedSaturdayIsWorkingDay = options.swappedSaturdayIsWorkingDay ?? true;
  const overrides = new Map<number, YearSchedule>();
  for (const schedule of options.overrides ?? []) overrides.set(schedule.year, { ...schedule, source: 'custom' });
  const cache = new Map<number, YearData>();
  let recent: YearData | undefined;

  function yearData(year: number): YearData {
    let data = cache.get(year);
    if (!data) {
      data = buildYearData(overrides.get(year) ?? OFFICIAL_SCHEDULES.get(year) ?? deriveYearSchedule(year));
      cache.set(year, data);
    }
    return data;
  }

  function dataFor(epochDay: number): YearData {
    if (recent && epochDay >= recent.first && epochDay <= recent.last) return recent;
    recent = yearData(partsFromEpochDay(epochDay).year);
    return recent;
  }

  function isWorkingEpochDay(epochDay: number): boolean {
    const data = dataFor(epochDay);
    const code = data.codes[epochDay - data.first];
    return code === WORKING || (code === WORKING_SATURDAY && swappedSaturdayIsWorkingDay);
  }

  function kindOfEpochDay(epochDay: number): DayKind {
    const data = dataFor(epochDay);
    return KINDS[data.codes[epochDay - data.first]!]!;
  }

  function nameOfEpochDay(epochDay: number): LocalizedText | undefined {
    const data = dataFor(epochDay);
    return (data.daysOff.get(epochDay) ?? data.workingSaturdays.get(epochDay))?.name;
  }

  function describeEpochDay(epochDay: number): DayDescription {
    const data = dataFor(epochDay);
    const base = { date: toIsoDate(epochDay), source: data.schedule.source, sourceNote: data.schedule.sourceNote };
    const code = data.codes[epochDay - data.first];
    if (code === OFF) {
      const entry = data.daysOff.get(epochDay)!;
      const described: DayDescription = { ...base, kind: 'holiday', isWorkingDay: false, name: entry.name, offKind: entry.kind };
      if (entry.occasion) described.occasion = entry.occasion;
      return described;
    }
    if (code === WORKING_SATURDAY) {
      const entry = data.workingSaturdays.get(epochDay)!;
      return { ...base, kind: 'swapped-working', isWorkingDay: swappedSaturdayIsWorkingDay, name: entry.name };
    }
    return code === WEEKEND ? { ...base, kind: 'weekend', isWorkingDay: false } : { ...base, kind: 'working', isWorkingDay: true };
  }

  return {
    swappedSaturdayIsWorkingDay,
    isWorkingDay: (date) => isWorkingEpochDay(toEpochDay(date)),
    describeDay: (date) => describeEpochDay(toEpochDay(date)),
    yearSchedule: (year) => yearData(year).schedule,
    isWorkingEpochDay,
    kindOfEpochDay,
    nameOfEpochDay,
    describeEpochDay,
  };
}
