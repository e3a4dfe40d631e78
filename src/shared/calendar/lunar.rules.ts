/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's astronomical algorithm: months start on
 * the civil day of the astronomical new moon and the 11th month contains the winter solstice, both evaluated at the
 * UTC+7 meridian. The time zone is a parameter only to show where the Chinese (UTC+8) calendar differs.
 * Reference: https://www.informatik.uni-leipzig.de/~duc/amlich/ (rules B4).
 */
import {
  fail,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  succeed,
  type Result,
} from './calendar-result';
import type { LocalizedText } from './calendar.schemas';
import { epochDayFromParts, parseIsoDate, partsFromEpochDay, toIsoDate, type IsoDate } from './iso-date';

/** Viet Nam's legal time zone since 1967/1975, in hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;
/** The time zone of the Chinese calendar, used only to expose the differences. */
export const CHINA_TIME_ZONE = 8;

export interface LunarDate {
  year: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  /** 1–30. */
  day: number;
  isLeapMonth: boolean;
}

export interface LunarOptions {
  /** Hours east of UTC; default 7 (Viet Nam). */
  timeZone?: number;
}

const JD_OF_EPOCH_DAY_0 = 2440588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_1900_JD = 2415021.076998695;
const DR = Math.PI / 180;

/** Julian day of the k-th new moon after 1900-01-01 (Meeus, as used by Hồ Ngọc Đức). */
function newMoonJd(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Julian day number of the civil day (in `tz`) of the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + tz / 24);
}

/** Index 0–11 of the 30° sector the sun is in at the start of civil day `jdn` in `tz` (major solar terms). */
function sunSector(jdn: number, tz: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day number of the first day of the 11th lunar month (the month holding the winter solstice) of `year`. */
function lunarMonth11(year: number, tz: number): number {
  const off = epochDayFromParts(year, 12, 31) + JD_OF_EPOCH_DAY_0 - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Offset (from month 11) of the leap month in a 13-month year: the first month without a major solar term. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_1900_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Lunar date of an epoch day; no range check. */
export function lunarFromEpochDay(epochDay: number, tz: number = VIETNAM_TIME_ZONE): LunarDate {
  const dayNumber = epochDay + JD_OF_EPOCH_DAY_0;
  const solarYear = partsFromEpochDay(epochDay).year;
  // The mean lunation only estimates which new moon starts the month; the true new moon can fall up to a day
  // either side of it, so step back until the month has begun (Hồ Ngọc Đức's single step missed e.g. 2054-05-07).
  let k = Math.floor((dayNumber - NEW_MOON_1900_JD) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k, tz);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k, tz);
  let a11 = lunarMonth11(solarYear, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1, tz);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let isLeapMonth = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) isLeapMonth = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, isLeapMonth };
}

/**
 * Epoch days of the first day of a lunar month and of the month after it, or `null` when the month does not exist
 * (a leap month asked for in a year whose leap month is another one).
 */
function lunarMonthBounds(
  year: number,
  month: number,
  isLeapMonth: boolean,
  tz: number,
): { start: number; next: number } | null {
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1, tz), lunarMonth11(year, tz)] : [lunarMonth11(year, tz), lunarMonth11(year + 1, tz)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (isLeapMonth && month !== leapMonth) return null;
    if (isLeapMonth || off >= leapOff) off += 1;
  } else if (isLeapMonth) {
    return null;
  }
  return {
    start: newMoonDay(k + off, tz) - JD_OF_EPOCH_DAY_0,
    next: newMoonDay(k + off + 1, tz) - JD_OF_EPOCH_DAY_0,
  };
}

/** Epoch day of a lunar date, or `null` when that date does not exist; no range check. */
export function epochDayFromLunar(lunar: LunarDate, tz: number = VIETNAM_TIME_ZONE): number | null {
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12) return null;
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > 30) return null;
  const bounds = lunarMonthBounds(lunar.year, lunar.month, lunar.isLeapMonth, tz);
  if (!bounds || lunar.day > bounds.next - bounds.start) return null;
  return bounds.start + lunar.day - 1;
}

/** Epoch day of mùng 1 Tết (1st day of the 1st lunar month) of `year`; no range check. */
export function lunarNewYearEpochDay(year: number, tz: number = VIETNAM_TIME_ZONE): number {
  return lunarMonthBounds(year, 1, false, tz)!.start;
}

/** Epoch day of the 10th day of the 3rd lunar month of `year`; no range check. */
export function hungKingsEpochDay(year: number, tz: number = VIETNAM_TIME_ZONE): number {
  return lunarMonthBounds(year, 3, false, tz)!.start + 9;
}

function checkTimeZone(options: LunarOptions | undefined): Result<number> {
  const tz = options?.timeZone ?? VIETNAM_TIME_ZONE;
  if (!Number.isFinite(tz) || tz < -12 || tz > 14) {
    return fail('INVALID_OPTION', {
      vi: `Múi giờ (timeZone) phải trong khoảng từ -12 đến 14 giờ, giá trị đã nhập: ${String(tz)}`,
      en: `timeZone must be between -12 and 14 hours, got ${String(tz)}`,
    });
  }
  return succeed(tz);
}

function checkYear(year: number): Result<number> {
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    const range = `${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`;
    return fail(
      'DATE_OUT_OF_RANGE',
      { vi: `Năm ${year} nằm ngoài khoảng năm hệ thống hỗ trợ (${range})`, en: `Year ${year} is outside ${range}` },
      { year },
    );
  }
  return succeed(year);
}

/** Converts a solar (Gregorian) date to the Vietnamese lunar calendar (rules B4). */
export function solarToLunar(date: IsoDate, options?: LunarOptions): Result<LunarDate> {
  const tz = checkTimeZone(options);
  if (!tz.ok) return tz;
  const epochDay = parseIsoDate(date);
  if (epochDay === null) {
    return fail(
      'INVALID_DATE',
      { vi: `Ngày ${date} không hợp lệ (phải là ngày có thật, viết theo dạng YYYY-MM-DD)`, en: `Not a valid YYYY-MM-DD date: ${date}` },
      { date },
    );
  }
  const year = checkYear(Number(date.slice(0, 4)));
  if (!year.ok) return year;
  return succeed(lunarFromEpochDay(epochDay, tz.value));
}

function describeMissingLunarDate({ year, month, day, isLeapMonth }: LunarDate): LocalizedText {
  return {
    vi: `Không có ngày ${day} tháng ${month}${isLeapMonth ? ' nhuận' : ''} năm ${year} âm lịch`,
    en: `There is no lunar date ${day}/${month}${isLeapMonth ? ' (leap month)' : ''}/${year}`,
  };
}

/** Converts a Vietnamese lunar date to the solar calendar; `INVALID_DATE` when the lunar date does not exist. */
export function lunarToSolar(lunar: LunarDate, options?: LunarOptions): Result<IsoDate> {
  const tz = checkTimeZone(options);
  if (!tz.ok) return tz;
  if (!Number.isInteger(lunar.year) || lunar.year < MIN_SUPPORTED_YEAR - 1 || lunar.year > MAX_SUPPORTED_YEAR) {
    return fail(
      'DATE_OUT_OF_RANGE',
      { vi: `Năm âm lịch ${lunar.year} nằm ngoài phạm vi hệ thống hỗ trợ`, en: `Lunar year ${lunar.year} is outside the supported range` },
      { lunar },
    );
  }
  const epochDay = epochDayFromLunar(lunar, tz.value);
  if (epochDay === null) return fail('INVALID_DATE', describeMissingLunarDate(lunar), { lunar });
  const solarYear = partsFromEpochDay(epochDay).year;
  const year = checkYear(solarYear);
  if (!year.ok) return year;
  return succeed(toIsoDate(epochDay));
}

/** Mùng 1 Tết Nguyên đán of `year` in the Vietnamese calendar (Labour Code 2019, Art. 112(1)(b); rules B4). */
export function lunarNewYear(year: number, options?: LunarOptions): Result<IsoDate> {
  const tz = checkTimeZone(options);
  if (!tz.ok) return tz;
  const checked = checkYear(year);
  if (!checked.ok) return checked;
  return succeed(toIsoDate(lunarNewYearEpochDay(year, tz.value)));
}

/** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month (Labour Code 2019, Art. 112(1)(e)). */
export function hungKingsDay(year: number, options?: LunarOptions): Result<IsoDate> {
  const tz = checkTimeZone(options);
  if (!tz.ok) return tz;
  const checked = checkYear(year);
  if (!checked.ok) return checked;
  return succeed(toIsoDate(hungKingsEpochDay(year, tz.value)));
}
