import { describe, expect, it } from 'vitest';
import { formatRegisterNumber, parseRegisterNumber, registerYear } from './register-number';

describe('register numbers', () => {
  it.each([
    [{ sequence: 15, year: 2026 }, undefined, '15/2026'],
    [{ sequence: 1, year: 2027 }, null, '1/2027'],
    [{ sequence: 211, year: 2023 }, 'CT', '211/2023/CT'],
  ])('formats %j with unit code %s as %s', (n, code, text) => {
    expect(formatRegisterNumber(n, code)).toBe(text);
  });

  it.each([
    ['15/2026', { sequence: 15, year: 2026, unitCode: null }],
    [' 15 / 2026 ', { sequence: 15, year: 2026, unitCode: null }],
    ['Số 15/2026', { sequence: 15, year: 2026, unitCode: null }],
    ['so 15/2026', { sequence: 15, year: 2026, unitCode: null }],
    ['211/2023/CT', { sequence: 211, year: 2023, unitCode: 'CT' }],
    ['0/2026', null],
    ['15-2026', null],
    ['15/26', null],
    ['Nguyễn Văn A', null],
  ])('parses %j', (text, expected) => {
    expect(parseRegisterNumber(text)).toEqual(expected);
  });

  it('round-trips what it formats', () => {
    const n = { sequence: 1080, year: 2023 };
    expect(parseRegisterNumber(formatRegisterNumber(n, 'TTCD'))).toEqual({ ...n, unitCode: 'TTCD' });
  });

  it('takes the year of the Vietnamese receipt date', () => {
    expect(registerYear('2026-12-31')).toBe(2026);
    expect(registerYear('2027-01-01')).toBe(2027);
  });
});
