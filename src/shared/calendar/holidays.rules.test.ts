import { describe, expect, it } from 'vitest';
import { derivedSourceNote } from './derived-source';
import { deriveYearSchedule, statutoryHolidays } from './holidays.rules';
import { weekdayOf } from './iso-date';
import { OFFICIAL_SCHEDULES } from './official-schedules.data';

const offDates = (year: number, occasion?: string) =>
  deriveYearSchedule(year)
    .daysOff.filter((d) => occasion === undefined || d.occasion === occasion)
    .map((d) => `${d.date} ${d.kind}`);

describe('derived holidays (Labour Code 2019, Arts. 111(3), 112; Labour Code 2012, Art. 115)', () => {
  it('has 11 statutory days from 2021 and 10 before', () => {
    expect(statutoryHolidays(2021)).toHaveLength(11);
    expect(statutoryHolidays(2035)).toHaveLength(11);
    expect(statutoryHolidays(2020)).toHaveLength(10);
    expect(statutoryHolidays(2019).filter((h) => h.occasion === 'national-day')).toHaveLength(1);
  });

  it('derives Tết as the last day of the lunar year through mùng 4 (Art. 112(1)(b))', () => {
    // 2027: mùng 1 = Sat 06/02, so the last day of Bính Ngọ is Fri 05/02; mùng 2 falls on Sunday.
    expect(offDates(2027, 'lunar-new-year')).toEqual([
      '2027-02-05 holiday',
      '2027-02-06 holiday',
      '2027-02-07 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 compensatory',
      '2027-02-11 compensatory',
    ]);
  });

  it.each([2019, 2022, 2026])('matches the official Tết days of %i, when the Government kept that pattern', (year) => {
    const official = OFFICIAL_SCHEDULES.get(year)!.daysOff.filter((d) => d.occasion === 'lunar-new-year').map((d) => d.date);
    expect(deriveYearSchedule(year).daysOff.filter((d) => d.occasion === 'lunar-new-year').map((d) => d.date)).toEqual(official);
  });

  it.each([2021, 2022, 2023, 2024, 2025, 2026])('picks the same adjacent Quốc khánh day as the Government in %i', (year) => {
    const official = OFFICIAL_SCHEDULES.get(year)!.daysOff.filter((d) => d.occasion === 'national-day' && d.kind === 'holiday');
    const derived = deriveYearSchedule(year).daysOff.filter((d) => d.occasion === 'national-day' && d.kind === 'holiday');
    expect(derived.map((d) => d.date)).toEqual(official.map((d) => d.date));
  });

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'reproduces the official compensatory days (nghỉ bù, Art. 111(3)) of the fixed holidays in %i',
    (year) => {
      const fixed = (d: { occasion?: string; kind: string }) => d.occasion !== 'lunar-new-year' && d.kind === 'compensatory';
      const official = OFFICIAL_SCHEDULES.get(year)!.daysOff.filter(fixed).map((d) => d.date);
      expect(deriveYearSchedule(year).daysOff.filter(fixed).map((d) => d.date)).toEqual(official);
    },
  );

  it('agrees with the fixed-date part of the unconfirmed 2027 projection (§ 3)', () => {
    const derived = new Set(deriveYearSchedule(2027).daysOff.map((d) => d.date));
    for (const date of ['2027-01-01', '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03']) {
      expect(derived.has(date)).toBe(true);
    }
  });

  it('gives a compensatory day when Giỗ Tổ falls on 30 April (1947)', () => {
    expect(offDates(1947).filter((d) => d.startsWith('1947-04-30') || d.startsWith('1947-05'))).toEqual([
      '1947-04-30 holiday',
      '1947-05-01 holiday',
      '1947-05-02 compensatory',
    ]);
  });

  it('only lists dates of its own year, in order, and never a compensatory day on a weekend', () => {
    for (let year = 1901; year <= 2099; year++) {
      const schedule = deriveYearSchedule(year);
      expect(schedule.source).toBe('derived');
      const dates = schedule.daysOff.map((d) => d.date);
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      for (const d of schedule.daysOff.filter((x) => x.kind === 'compensatory')) {
        expect([0, 6]).not.toContain(weekdayOf(d.date));
      }
    }
  });
});

describe('the basis of a derived year', () => {
  it('is written in Vietnamese in the schedule, like the official notes, and available in English for display', () => {
    expect(deriveYearSchedule(2027).sourceNote).toBe(
      'Suy ra theo Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112); Chính phủ có thể quyết định ngày nghỉ khác (chưa có lịch nghỉ chính thức năm 2027)',
    );
    expect(derivedSourceNote(2027).en).toBe(
      'Derived from Labour Code 2019 (Arts. 111(3), 112); the Government may fix other days (no official schedule known for 2027)',
    );
    expect(derivedSourceNote(2018).vi).toContain('Bộ luật Lao động 2012 (Điều 115)');
  });
});
