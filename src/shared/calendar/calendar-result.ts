/**
 * Result unions for the pure calendar and deadline code. Expected failures are returned, never thrown.
 * Every code also exists in `APP_ERROR_CODES` (src/shared/errors.ts), so a service can rethrow it as `AppError`.
 */
import type { LocalizedText } from './calendar.schemas';

export const CALENDAR_ERROR_CODES = [
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'UNKNOWN_RULE',
  'INVALID_OPTION',
  'EVENTS_OUT_OF_ORDER',
] as const;

export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

export interface Failure<C extends string = CalendarErrorCode> {
  ok: false;
  code: C;
  /** What went wrong, for the user, in both languages (dates written the way each language writes them). */
  message: LocalizedText;
  /** Stable, machine-readable facts about the failure (rule id, date, index, reason…). */
  details?: Record<string, unknown>;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T, C extends string = CalendarErrorCode> = Success<T> | Failure<C>;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<C extends string>(code: C, message: LocalizedText, details?: Record<string, unknown>): Failure<C> {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}

/** First and last supported years of the lunar calendar, the holiday calendar and the deadline engine. */
export const MIN_SUPPORTED_YEAR = 1900;
export const MAX_SUPPORTED_YEAR = 2100;
