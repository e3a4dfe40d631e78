/**
 * Derives a year's days off from the Labour Code when no official schedule is known (rules B3).
 * Official schedules (official-schedules.data.ts) and administrators' custom schedules take precedence.
 */
import type { DayOff, Occasion, YearSchedule } from './calendar.schemas';
import { derivedSourceNote, LABOUR_CODE_2019_FIRST_YEAR } from './derived-source';
import { epochDayFromParts, isWeekendEpochDay, toIsoDate, weekdayOfEpochDay } from './iso-date';
import { hungKingsEpochDay, lunarNewYearEpochDay } from './lunar.rules';
import { nameDayOff } from './occasions';

interface Statutory {
  day: number;
  occasion: Occasion;
}

/**
 * The day added to 2 September (Labour Code 2019, Art. 112(1)(đ): "2/9 and one adjacent day before or after";
 * the Prime Minister fixes it each year, Art. 112(3)). Our rule picks the weekday that joins the break to a
 * weekend: 1 September when 2/9 is a Tuesday, Friday or Saturday, 3 September when it is a Sunday, Monday or
 * Thursday; for a Wednesday it follows the 2026 precedent (1 September). This reproduces every official choice
 * 2021–2026 (3/9/2021 Fri, 1/9/2022 Thu, 1/9/2023 Fri, 3/9/2024 Tue, 1/9/2025 Mon, 1/9/2026 Tue).
 */
export function nationalDayAdjacentEpochDay(year: number): number {
  const second = epochDayFromParts(year, 9, 2);
  const weekday = weekdayOfEpochDay(second);
  return weekday === 0 || weekday === 1 || weekday === 4 ? second + 1 : second - 1;
}

/**
 * Statutory holidays of a year: Labour Code 2019, Art. 112(1) from 2021 (11 days), Labour Code 2012, Art. 115(1)
 * before (10 days: 2 September only). Tết is derived as the last day of the lunar year through mùng 4 — the
 * Prime Minister fixes the real five days (Art. 112(3)), which the official schedules record.
 */
export function statutoryHolidays(year: number): Statutory[] {
  const tet = lunarNewYearEpochDay(year);
  const days: Statutory[] = [
    { day: epochDayFromParts(year, 1, 1), occasion: 'new-year' },
    ...[-1, 0, 1, 2, 3].map((offset) => ({ day: tet + offset, occasion: 'lunar-new-year' as const })),
    { day: hungKingsEpochDay(year), occasion: 'hung-kings' },
    { day: epochDayFromParts(year, 4, 30), occasion: 'reunification' },
    { day: epochDayFromParts(year, 5, 1), occasion: 'labour-day' },
    { day: epochDayFromParts(year, 9, 2), occasion: 'national-day' },
  ];
  if (year >= LABOUR_CODE_2019_FIRST_YEAR) {
    days.push({ day: nationalDayAdjacentEpochDay(year), occasion: 'national-day' });
  }
  return days.sort((a, b) => a.day - b.day);
}

/**
 * Derives the days off of `year`: statutory holidays plus compensatory days. A holiday on a Saturday or Sunday
 * gives a compensatory day on the next working day (Labour Code 2019, Art. 111(3); Labour Code 2012, Art. 115(3)).
 * Two holidays on the same date (Giỗ Tổ can fall on 30 April) are treated the same way: the second one gives a
 * compensatory day, since each holiday is owed one day off.
 */
export function deriveYearSchedule(year: number): YearSchedule {
  const off = new Map<number, DayOff>();
  const owed: Statutory[] = [];
  for (const holiday of statutoryHolidays(year)) {
    if (off.has(holiday.day)) {
      owed.push(holiday);
      continue;
    }
    off.set(holiday.day, {
      date: toIsoDate(holiday.day),
      kind: 'holiday',
      occasion: holiday.occasion,
      name: nameDayOff('holiday', holiday.occasion),
    });
    if (isWeekendEpochDay(holiday.day)) owed.push(holiday);
  }
  for (const holiday of owed.sort((a, b) => a.day - b.day)) {
    let day = holiday.day + 1;
    while (isWeekendEpochDay(day) || off.has(day)) day++;
    off.set(day, {
      date: toIsoDate(day),
      kind: 'compensatory',
      occasion: holiday.occasion,
      name: nameDayOff('compensatory', holiday.occasion),
    });
  }
  return {
    year,
    source: 'derived',
    // Vietnamese, like the official schedules' notes; `derivedSourceNote` gives both languages for display.
    sourceNote: derivedSourceNote(year).vi,
    daysOff: [...off.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    workingSaturdays: [],
  };
}
