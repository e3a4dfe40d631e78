import type { DayOffKind, LocalizedText, Occasion } from './calendar.schemas';
import { formatIsoDate } from '../i18n/locale';
import type { IsoDate } from './iso-date';

/** Names of the public holidays of Labour Code 2019, Art. 112(1). */
export const OCCASION_NAMES: Readonly<Record<Occasion, LocalizedText>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'lunar-new-year': { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Quốc tế Lao động 1/5', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
};

/** Display name of a day off: the holiday itself, its compensatory day (nghỉ bù) or a swapped day (hoán đổi). */
export function nameDayOff(kind: DayOffKind, occasion: Occasion): LocalizedText {
  const base = OCCASION_NAMES[occasion];
  switch (kind) {
    case 'holiday':
      return base;
    case 'compensatory':
      return { vi: `Nghỉ bù ${base.vi}`, en: `Compensatory day off (${base.en})` };
    case 'swapped':
      return { vi: `Nghỉ hoán đổi dịp ${base.vi}`, en: `Swapped day off (${base.en})` };
  }
}

export function nameWorkingSaturday(replaces: IsoDate | undefined): LocalizedText {
  return replaces
    ? { vi: `Làm bù cho ngày ${formatIsoDate(replaces, 'vi')}`, en: `Make-up working day for ${formatIsoDate(replaces, 'en')}` }
    : { vi: 'Ngày làm bù', en: 'Make-up working day' };
}
