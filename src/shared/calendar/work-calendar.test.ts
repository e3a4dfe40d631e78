import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { YearSchedule } from './calendar.schemas';
import { parseIsoDate, toIsoDate, weekdayOfEpochDay } from './iso-date';
import { createWorkCalendar } from './work-calendar';

describe('createWorkCalendar (rules B1, B3)', () => {
  const calendar = createWorkCalendar();

  it.each([
    ['2026-07-01', 'working', true, undefined, 'official'],
    ['2026-07-04', 'weekend', false, undefined, 'official'],
    ['2026-02-17', 'holiday', false, 'Tết Nguyên đán', 'official'],
    ['2026-01-02', 'holiday', false, 'Nghỉ hoán đổi dịp Tết Dương lịch', 'official'],
    ['2026-01-10', 'swapped-working', true, 'Làm bù cho ngày 02/01/2026', 'official'],
    ['2026-04-26', 'holiday', false, 'Giỗ Tổ Hùng Vương', 'official'], // a Sunday, still named as the holiday
    ['2027-05-03', 'holiday', false, 'Nghỉ bù Quốc tế Lao động 1/5', 'derived'],
    ['2030-02-02', 'holiday', false, 'Tết Nguyên đán', 'derived'], // Tết 2030 is one day earlier than in China
  ])('%s is %s (working: %s, %s, %s)', (date, kind, isWorking, nameVi, source) => {
    const day = calendar.describeDay(date);
    expect(day).toMatchObject({ date, kind, isWorkingDay: isWorking, source });
    expect(day.name?.vi).toBe(nameVi);
    expect(calendar.isWorkingDay(date)).toBe(isWorking);
  });

  it('can treat make-up Saturdays as days off (configurable, vn-public-holidays.md § 6)', () => {
    const strict = createWorkCalendar({ swappedSaturdayIsWorkingDay: false });
    expect(strict.isWorkingDay('2026-01-10')).toBe(false);
    expect(strict.describeDay('2026-01-10')).toMatchObject({ kind: 'swapped-working', isWorkingDay: false });
    expect(strict.isWorkingDay('2026-01-09')).toBe(true);
  });

  it("lets an administrator's schedule replace the official one", () => {
    const custom: YearSchedule = {
      year: 2026,
      source: 'custom',
      sourceNote: 'Provincial decision 1/QĐ-UBND (test)',
      daysOff: [{ date: '2026-07-02', kind: 'holiday', name: { vi: 'Ngày nghỉ riêng', en: 'Local day off' } }],
      workingSaturdays: [{ date: '2026-07-04', name: { vi: 'Làm bù', en: 'Make-up day' } }],
    };
    const local = createWorkCalendar({ overrides: [{ ...custom, source: 'official' }] });
    expect(local.yearSchedule(2026).source).toBe('custom');
    expect(local.isWorkingDay('2026-02-17')).toBe(true);
    expect(local.isWorkingDay('2026-07-02')).toBe(false);
    expect(local.isWorkingDay('2026-07-04')).toBe(true);
    expect(local.describeDay('2026-07-02')).toMatchObject({ kind: 'holiday', source: 'custom', sourceNote: custom.sourceNote });
    expect(local.isWorkingDay('2025-01-27')).toBe(false);
  });

  it('chooses official data for 2019–2026 and derives other years, caching each year', () => {
    expect(calendar.yearSchedule(2019).source).toBe('official');
    expect(calendar.yearSchedule(2026).source).toBe('official');
    expect(calendar.yearSchedule(2027).source).toBe('derived');
    expect(calendar.yearSchedule(2018).source).toBe('derived');
    expect(calendar.yearSchedule(2027)).toBe(calendar.yearSchedule(2027));
  });

  it('never makes a weekend a working day except a listed make-up day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseIsoDate('1990-01-01')!, max: parseIsoDate('2060-12-31')! }), (day) => {
        const weekday = weekdayOfEpochDay(day);
        const description = calendar.describeEpochDay(day);
        if (weekday === 0 || weekday === 6) {
          expect(calendar.isWorkingEpochDay(day)).toBe(description.kind === 'swapped-working');
        }
        expect(description.date).toBe(toIsoDate(day));
        expect(description.isWorkingDay).toBe(calendar.isWorkingEpochDay(day));
      }),
      { numRuns: 2000 },
    );
  });
});
