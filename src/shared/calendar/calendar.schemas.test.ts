import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../common.schemas';
import { YearScheduleSchema } from './calendar.schemas';

describe('calendar schemas', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-7-1', false],
    ['', false],
  ])('IsoDateSchema accepts %s: %s', (value, ok) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(ok);
  });

  const base = { year: 2027, source: 'custom', sourceNote: 'test', daysOff: [], workingSaturdays: [] } as const;
  const name = { vi: 'Nghỉ', en: 'Off' };

  it('accepts a custom schedule', () => {
    const schedule = {
      ...base,
      daysOff: [{ date: '2027-02-05', kind: 'holiday', occasion: 'lunar-new-year', name }],
      workingSaturdays: [{ date: '2027-02-20', name, replaces: '2027-02-11' }],
    };
    expect(YearScheduleSchema.safeParse(schedule).success).toBe(true);
  });

  it.each([
    ['a date of another year', { daysOff: [{ date: '2026-12-31', kind: 'holiday', name }] }],
    ['the same date twice', { daysOff: [{ date: '2027-01-01', kind: 'holiday', name }, { date: '2027-01-01', kind: 'swapped', name }] }],
    ['a make-up day on a Wednesday', { workingSaturdays: [{ date: '2027-02-17', name }] }],
    ['an unknown kind', { daysOff: [{ date: '2027-01-01', kind: 'bridge', name }] }],
    ['a year out of range', { year: 2101 }],
  ])('rejects %s', (_label, patch) => {
    expect(YearScheduleSchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});
