/**
 * The legal basis of a year's days off when no official schedule is known (rules B3), in both languages. Kept apart
 * from `holidays.rules.ts` so that the web app can name the basis without loading the lunar calendar.
 */
import type { LocalizedText } from './calendar.schemas';

/** First year of the Labour Code 2019 holiday list (in force 1 January 2021). */
export const LABOUR_CODE_2019_FIRST_YEAR = 2021;

/** The Labour Code articles that fix the days off of a year without an official schedule. */
export function labourCodeBasis(year: number): LocalizedText {
  return year >= LABOUR_CODE_2019_FIRST_YEAR
    ? { vi: 'Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112)', en: 'Labour Code 2019 (Arts. 111(3), 112)' }
    : { vi: 'Bộ luật Lao động 2012 (Điều 115)', en: 'Labour Code 2012 (Art. 115)' };
}

/** The basis of a derived year's schedule, in Vietnamese and English. */
export function derivedSourceNote(year: number): LocalizedText {
  const code = labourCodeBasis(year);
  return {
    vi: `Suy ra theo ${code.vi}; Chính phủ có thể quyết định ngày nghỉ khác (chưa có lịch nghỉ chính thức năm ${year})`,
    en: `Derived from ${code.en}; the Government may fix other days (no official schedule known for ${year})`,
  };
}
