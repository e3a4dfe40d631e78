import { describe, expect, it } from 'vitest';
import { YearScheduleSchema } from './calendar.schemas';
import { toEpochDay, weekdayOf } from './iso-date';
import { hungKingsDay } from './lunar.rules';
import { OFFICIAL_SCHEDULES } from './official-schedules.data';

// The `off` and `workingSaturdays` arrays of vn-public-holidays.md § 7 (weekends of each break included).
const SECTION_7: Record<number, { off: string[]; workingSaturdays: string[] }> = {
  2019: {
    off: ['2019-01-01', '2019-02-02', '2019-02-03', '2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-02-09', '2019-02-10', '2019-04-13', '2019-04-14', '2019-04-15', '2019-04-27', '2019-04-28', '2019-04-29', '2019-04-30', '2019-05-01', '2019-08-31', '2019-09-01', '2019-09-02'],
    workingSaturdays: ['2019-01-05', '2019-05-04'],
  },
  2020: {
    off: ['2020-01-01', '2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29', '2020-04-02', '2020-04-30', '2020-05-01', '2020-05-02', '2020-05-03', '2020-09-02'],
    workingSaturdays: [],
  },
  2021: {
    off: ['2021-01-01', '2021-01-02', '2021-01-03', '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16', '2021-04-21', '2021-04-30', '2021-05-01', '2021-05-02', '2021-05-03', '2021-09-02', '2021-09-03', '2021-09-04', '2021-09-05'],
    workingSaturdays: [],
  },
  2022: {
    off: ['2022-01-01', '2022-01-02', '2022-01-03', '2022-01-29', '2022-01-30', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-02-05', '2022-02-06', '2022-04-09', '2022-04-10', '2022-04-11', '2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03', '2022-09-01', '2022-09-02', '2022-09-03', '2022-09-04', '2022-12-31'],
    workingSaturdays: [],
  },
  2023: {
    off: ['2023-01-01', '2023-01-02', '2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-02', '2023-09-03', '2023-09-04', '2023-12-30', '2023-12-31'],
    workingSaturdays: [],
  },
  2024: {
    off: ['2024-01-01', '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01', '2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03'],
    workingSaturdays: ['2024-05-04'],
  },
  2025: {
    off: ['2025-01-01', '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-04-05', '2025-04-06', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02'],
    workingSaturdays: ['2025-04-26'],
  },
  2026: {
    off: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-04-25', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03', '2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02'],
    workingSaturdays: ['2026-01-10', '2026-08-22'],
  },
};

const isWeekday = (date: string) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6;

// § 2: weekday days off per year (days that replace normal working days) and working Saturdays.
const SECTION_2: readonly (readonly [number, number, string[]])[] = [
  [2019, 11, ['2019-01-05', '2019-05-04']],
  [2020, 10, []],
  [2021, 11, []],
  [2022, 11, []],
  [2023, 11, []],
  [2024, 12, ['2024-05-04']],
  [2025, 12, ['2025-04-26']],
  [2026, 13, ['2026-01-10', '2026-08-22']],
];

describe('official schedules 2019–2026 (vn-public-holidays.md §§ 2, 3, 7)', () => {
  it('ships exactly the confirmed years; 2027 is a projection and is derived instead', () => {
    expect([...OFFICIAL_SCHEDULES.keys()]).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(SECTION_2)('%i has %i weekday days off and working Saturdays %j', (year, weekdays, saturdays) => {
    const schedule = OFFICIAL_SCHEDULES.get(year)!;
    expect(schedule.daysOff.filter((d) => isWeekday(d.date))).toHaveLength(weekdays);
    expect(schedule.workingSaturdays.map((s) => s.date)).toEqual(saturdays);
    for (const s of schedule.workingSaturdays) expect(weekdayOf(s.date)).toBe(6);
  });

  it.each(Object.keys(SECTION_7).map(Number))('%i matches the § 7 JSON day by day', (year) => {
    const schedule = OFFICIAL_SCHEDULES.get(year)!;
    const json = SECTION_7[year]!;
    // Every weekday of a break is a listed day off, and every listed day off is inside a break.
    expect(schedule.daysOff.filter((d) => isWeekday(d.date)).map((d) => d.date)).toEqual(json.off.filter(isWeekday));
    for (const day of schedule.daysOff) expect(json.off).toContain(day.date);
    expect(schedule.workingSaturdays.map((s) => s.date)).toEqual(json.workingSaturdays);
  });

  it.each([...OFFICIAL_SCHEDULES.values()])('$year is a valid YearSchedule naming each occasion and its source', (schedule) => {
    expect(YearScheduleSchema.parse(schedule)).toEqual(schedule);
    expect(schedule.source).toBe('official');
    expect(schedule.sourceNote.length).toBeGreaterThan(10);
    const sorted = [...schedule.daysOff].sort((a, b) => toEpochDay(a.date) - toEpochDay(b.date));
    expect(schedule.daysOff).toEqual(sorted);
    for (const day of schedule.daysOff) expect(day.name.vi.length * day.name.en.length).toBeGreaterThan(0);
    for (const s of schedule.workingSaturdays) expect(s.replaces).toBeDefined();
  });

  it.each([...OFFICIAL_SCHEDULES.values()])('$year: the Giỗ Tổ holiday is the computed 10/3 âm lịch', (schedule) => {
    const hk = schedule.daysOff.find((d) => d.occasion === 'hung-kings' && d.kind === 'holiday');
    const computed = hungKingsDay(schedule.year);
    expect(computed.ok && hk?.date).toBe(computed.ok && computed.value);
  });

  it('names swapped and compensatory days in both languages', () => {
    const days = OFFICIAL_SCHEDULES.get(2026)!.daysOff;
    expect(days.find((d) => d.date === '2026-01-02')).toMatchObject({
      kind: 'swapped',
      name: { vi: 'Nghỉ hoán đổi dịp Tết Dương lịch', en: "Swapped day off (New Year's Day)" },
    });
    expect(days.find((d) => d.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
    });
    expect(OFFICIAL_SCHEDULES.get(2026)!.workingSaturdays[0]).toMatchObject({
      date: '2026-01-10',
      replaces: '2026-01-02',
      name: { vi: 'Làm bù cho ngày 02/01/2026' },
    });
  });
});
