import dayjs, { type Dayjs } from 'dayjs';
import { formatIsoDate, type Locale } from '../../shared/i18n/locale';

/** The UI language as the shared helpers name it. */
export function toLocale(language: string | undefined): Locale {
  return language?.startsWith('vi') ? 'vi' : 'en';
}

/** DatePicker display format: dd/mm/yyyy in Vietnamese, d MMM yyyy in English. */
export function datePickerFormat(locale: Locale): string {
  return locale === 'vi' ? 'DD/MM/YYYY' : 'D MMM YYYY';
}

/** Today's date in the browser's calendar, `YYYY-MM-DD`. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function toIso(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromIso(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD') : null;
}

/** An instant in the browser's time zone: `25/11/2026 14:03` in Vietnamese, `25 Nov 2026 14:03` in English. */
export function formatInstant(iso: string | null | undefined, locale: Locale, withSeconds = false): string {
  if (!iso) return '';
  const time = withSeconds ? 'HH:mm:ss' : 'HH:mm';
  return dayjs(iso).format(locale === 'vi' ? `DD/MM/YYYY ${time}` : `D MMM YYYY ${time}`);
}

/** `dd/mm/yyyy – dd/mm/yyyy`, open ends written with the given words. */
export function formatPeriod(
  from: string | null,
  to: string | null,
  locale: Locale,
  words: { since: string; until: string; always: string },
): string {
  if (from && to) return `${formatIsoDate(from, locale)} – ${formatIsoDate(to, locale)}`;
  if (from) return `${words.since} ${formatIsoDate(from, locale)}`;
  if (to) return `${words.until} ${formatIsoDate(to, locale)}`;
  return words.always;
}
