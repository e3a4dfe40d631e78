/**
 * Calendar dates as `YYYY-MM-DD` strings and as epoch days (days since 1970-01-01).
 * All arithmetic is integer arithmetic on the proleptic Gregorian calendar, so the host time zone never matters.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday (the same numbering as `Date.prototype.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Epoch day of a Gregorian date (H. Hinnant's `days_from_civil`). Month 1–12. */
export function epochDayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of an epoch day (H. Hinnant's `civil_from_days`). */
export function partsFromEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Epoch day of a valid `IsoDate`, or `null` when the string is not a real date. */
export function parseIsoDate(value: string): number | null {
  if (!isValidIsoDate(value)) return null;
  return epochDayFromParts(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Epoch day of an `IsoDate` the caller already validated; throws `RangeError` on a malformed string. */
export function toEpochDay(value: IsoDate): number {
  const day = parseIsoDate(value);
  if (day === null) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  return day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function toIsoDate(epochDay: number): IsoDate {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return isoDateFromParts(year, month, day);
}

/** Day of the week of an epoch day (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): Weekday {
  return (((epochDay % 7) + 11) % 7) as Weekday;
}

export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

export function isWeekendEpochDay(epochDay: number): boolean {
  const w = weekdayOfEpochDay(epochDay);
  return w === 0 || w === 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
