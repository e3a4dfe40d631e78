import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isValidIsoDate,
  parseIsoDate,
  toIsoDate,
  weekdayOf,
} from './iso-date';

describe('iso dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-4-01', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['not a date', false],
  ])('isValidIsoDate(%s) = %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4],
    ['2026-07-01', 3],
    ['2007-02-17', 6],
    ['1900-01-01', 1],
  ])('weekday of %s is %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });


  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('agrees with Date.UTC for every day 1900–2100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47846 }), (epochDay) => {
        const iso = toIsoDate(epochDay);
        expect(iso).toBe(new Date(epochDay * 86_400_000).toISOString().slice(0, 10));
        expect(parseIsoDate(iso)).toBe(epochDay);
      }),
    );
  });
});
