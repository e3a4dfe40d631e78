export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/**
 * Picks the best supported language from an `Accept-Language` header (RFC 9110 §12.5.4).
 * Vietnamese is the default when the header names neither language.
 */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return DEFAULT_LOCALE;
}

/** Formats a number the way the locale writes it: `1.080` and `97,8` in Vietnamese, `1,080` and `97.8` in English. */
export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `dd/mm/yyyy` in Vietnamese, `d Mon yyyy` in English, for an ISO `YYYY-MM-DD` date. Written out by hand rather
 * than with Intl so the server, the CLI and every browser produce the very same text.
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (locale === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}
