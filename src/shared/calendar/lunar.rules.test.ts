import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, toEpochDay, toIsoDate } from './iso-date';
import {
  CHINA_TIME_ZONE,
  epochDayFromLunar,
  hungKingsDay,
  lunarFromEpochDay,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from './lunar.rules';

const vn = (r: { ok: boolean; value?: unknown }) => (r.ok ? r.value : r);

// vn-public-holidays.md § 4: mùng 1 Tết and Giỗ Tổ (10/3 âm lịch), VN (UTC+7) and China (UTC+8, computed).
const SECTION_4: readonly (readonly [number, string, string, string, string])[] = [
  [2019, '2019-02-05', '2019-04-14', '2019-02-05', '2019-04-14'],
  [2020, '2020-01-25', '2020-04-02', '2020-01-25', '2020-04-02'],
  [2021, '2021-02-12', '2021-04-21', '2021-02-12', '2021-04-21'],
  [2022, '2022-02-01', '2022-04-10', '2022-02-01', '2022-04-10'],
  [2023, '2023-01-22', '2023-04-29', '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18', '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07', '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26', '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16', '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04', '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23', '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12', '2030-02-03', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01', '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19', '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09', '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28', '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17', '2035-02-08', '2035-04-17'],
];

describe('Vietnamese lunar calendar (rules B4, vn-public-holidays.md § 4)', () => {
  it.each(SECTION_4)('%i: Tết %s, Giỗ Tổ %s (VN); Tết %s, 10/3 %s (UTC+8)', (year, tet, hk, tetCn, hkCn) => {
    expect(vn(lunarNewYear(year))).toBe(tet);
    expect(vn(hungKingsDay(year))).toBe(hk);
    expect(vn(lunarNewYear(year, { timeZone: CHINA_TIME_ZONE }))).toBe(tetCn);
    expect(vn(hungKingsDay(year, { timeZone: CHINA_TIME_ZONE }))).toBe(hkCn);
  });

  // § 5: years where Viet Nam's Tết differs from China's (tuvilyso.net; Wikipedia "Vietnamese calendar").
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1969, '1969-02-16', '1969-02-17'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i is %s in Viet Nam but %s at UTC+8', (year, vnDate, cnDate) => {
    expect(vn(lunarNewYear(year))).toBe(vnDate);
    expect(vn(lunarNewYear(year, { timeZone: CHINA_TIME_ZONE }))).toBe(cnDate);
  });

  it.each([
    [1975, '1975-04-20', '1975-04-21'],
    [2009, '2009-04-04', '2009-04-05'],
    [2037, '2037-04-24', '2037-04-25'],
    [2038, '2038-04-13', '2038-04-14'],
  ])('Giỗ Tổ %i is %s at UTC+7 but %s at UTC+8 (computed, § 5)', (year, vnDate, cnDate) => {
    expect(vn(hungKingsDay(year))).toBe(vnDate);
    expect(vn(hungKingsDay(year, { timeZone: CHINA_TIME_ZONE }))).toBe(cnDate);
  });

  it.each([
    ['2020-01-24', { year: 2019, month: 12, day: 30, isLeapMonth: false }], // 30 Tết Canh Tý ([kt2020])
    ['2024-02-08', { year: 2023, month: 12, day: 29, isLeapMonth: false }], // 29 tháng Chạp ([sst2024])
    ['2025-01-27', { year: 2024, month: 12, day: 28, isLeapMonth: false }], // 28 tháng Chạp ([sggp2025])
    ['2026-02-20', { year: 2026, month: 1, day: 4, isLeapMonth: false }], // mùng 4 ([cao2026])
    ['2023-03-22', { year: 2023, month: 2, day: 1, isLeapMonth: true }], // Quý Mão had a leap 2nd month
    ['1985-01-21', { year: 1985, month: 1, day: 1, isLeapMonth: false }],
  ])('%s is lunar %o', (date, lunar) => {
    expect(vn(solarToLunar(date))).toEqual(lunar);
    expect(vn(lunarToSolar(lunar))).toBe(date);
  });

  it('puts every Tết 1900–2100 between 21 January and 20 February', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(tet.ok && tet.value.slice(5) >= '01-21' && tet.value.slice(5) <= '02-20').toBe(true);
    }
  });

  it('round-trips solar → lunar → solar for any day 1900-03-01…2100-11-30 (property)', () => {
    const from = parseIsoDate('1900-03-01')!;
    const to = parseIsoDate('2100-11-30')!;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const lunar = lunarFromEpochDay(day);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(vn(lunarToSolar(lunar))).toBe(toIsoDate(day));
      }),
      { numRuns: 500 },
    );
  });

  it('advances the lunar day by one from one solar day to the next, or starts a new month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseIsoDate('1901-01-01')!, max: parseIsoDate('2100-12-30')! }), (day) => {
        const a = lunarFromEpochDay(day);
        const b = lunarFromEpochDay(day + 1);
        if (b.day === 1) expect([29, 30]).toContain(a.day);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('rejects lunar dates that do not exist', () => {
    expect(lunarToSolar({ year: 2024, month: 2, day: 1, isLeapMonth: true })).toMatchObject({ ok: false, code: 'INVALID_DATE' });
    // 12th month of Ất Tỵ (2025) has 29 days: 2026-02-16 is 29 tháng Chạp and 2026-02-17 is mùng 1.
    expect(lunarToSolar({ year: 2025, month: 12, day: 30, isLeapMonth: false })).toMatchObject({
      ok: false,
      code: 'INVALID_DATE',
      message: { vi: 'Không có ngày 30 tháng 12 năm 2025 âm lịch', en: 'There is no lunar date 30/12/2025' },
    });
    expect(lunarToSolar({ year: 2025, month: 13, day: 1, isLeapMonth: false })).toMatchObject({ ok: false, code: 'INVALID_DATE' });
  });

  it('reports bad input as result codes', () => {
    expect(solarToLunar('2025-02-30')).toMatchObject({ ok: false, code: 'INVALID_DATE' });
    expect(solarToLunar('1899-12-31')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(lunarNewYear(2101)).toMatchObject({
      ok: false,
      code: 'DATE_OUT_OF_RANGE',
      message: { vi: 'Năm 2101 nằm ngoài khoảng năm hệ thống hỗ trợ (1900–2100)', en: 'Year 2101 is outside 1900–2100' },
    });
    expect(hungKingsDay(1899)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(lunarNewYear(2026, { timeZone: Number.NaN })).toMatchObject({ ok: false, code: 'INVALID_OPTION' });
    expect(vn(lunarNewYear(1900))).toBe('1900-01-31');
    expect(vn(lunarNewYear(2100))).toBe('2100-02-09');
  });
});

describe('lunarFromEpochDay over the whole supported range', () => {
  // Regression: the new moon that starts a month can fall more than one mean lunation step away; 2054-05-07 and
  // 2062-04-09 used to come out as lunar day 0.
  it.each([['2054-05-07'], ['2062-04-09']])('gives %s a real lunar day', (date) => {
    const lunar = lunarFromEpochDay(toEpochDay(date));
    expect(lunar.day).toBeGreaterThanOrEqual(1);
    expect(epochDayFromLunar(lunar)).toBe(toEpochDay(date));
  });

  it('converts every day of 1901–2100 to a lunar date and back, at UTC+7 and UTC+8', () => {
    const broken: string[] = [];
    for (const tz of [7, 8]) {
      for (let day = toEpochDay('1901-01-01'); day <= toEpochDay('2100-12-31') && broken.length < 5; day++) {
        const lunar = lunarFromEpochDay(day, tz);
        if (lunar.day < 1 || lunar.day > 30 || epochDayFromLunar(lunar, tz) !== day) broken.push(`${tz}: ${day}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
