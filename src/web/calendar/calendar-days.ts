import type { CalendarYear } from '../../shared/calendar/calendar.schemas';
import { daysInMonth, isoDateFromParts, weekdayOf, type IsoDate } from '../../shared/calendar/iso-date';
import type { LocalizedText } from '../../shared/calendar/calendar.schemas';

/** How a day of the year is shown on the calendar (and in its legend). */
export type DayStyle = 'working' | 'weekend' | 'holiday' | 'compensatory' | 'swapped' | 'makeup';

export interface DayInfo {
  style: DayStyle;
  name?: LocalizedText;
}

/** A month as weeks of seven cells, Monday first; `null` pads the first and last week. */
export function monthWeeks(year: number, month: number): Array<Array<IsoDate | null>> {
  const first = isoDateFromParts(year, month, 1);
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: Array<IsoDate | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoDateFromParts(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<IsoDate | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

/** Looks up each day of a year's schedule: days off by kind, make-up working Saturdays, weekends. */
export function createDayClassifier(calendar: CalendarYear | undefined): (date: IsoDate) => DayInfo {
  const daysOff = new Map(calendar?.daysOff.map((d) => [d.date, d]) ?? []);
  const makeup = new Map(calendar?.workingSaturdays.map((s) => [s.date, s]) ?? []);
  return (date) => {
    const off = daysOff.get(date);
    if (off) return { style: off.kind, name: off.name };
    const saturday = makeup.get(date);
    if (saturday) return { style: 'makeup', name: saturday.name };
    return { style: isWeekend(date) ? 'weekend' : 'working' };
  };
}

/** Every month (year and 1–12) from the month of `from` to the month of `to`, at most `limit` of them. */
export function monthsBetween(from: IsoDate, to: IsoDate, limit = 24): Array<{ year: number; month: number }> {
  const out: Array<{ year: number; month: number }> = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  while (out.length < limit) {
    out.push({ year, month });
    if (`${year}-${String(month).padStart(2, '0')}` >= endKey) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
