import { z } from 'zod';
import { isValidIsoDate } from './calendar/iso-date';

/** A real calendar date written `YYYY-MM-DD` (2025-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'Expected a real date written YYYY-MM-DD' })
  .meta({ description: 'Calendar date, YYYY-MM-DD', example: '2026-07-01' });

export const InstantSchema = z.string().meta({ description: 'Instant, ISO-8601 UTC', example: '2026-11-25T01:00:00.000Z' });

export const CONTROL_CHARACTERS_MESSAGE = 'Must be one line, without control characters';
export const CONTROL_CHARACTERS_MULTILINE_MESSAGE = 'Must not contain control characters (only line breaks and tabs are allowed)';

/** Whether `s` holds a C0 control, DEL or a C1 control; tab, line feed and carriage return only when `multiline`. */
export function hasControlCharacters(s: string, multiline = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (multiline && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * The base of every string the API, the CLI and import files accept: no control characters (PostgreSQL cannot store
 * NUL, and none belongs in an official's text), so a stray byte is a clear field error instead of a 500.
 * `multiline` fields (notes) may hold line breaks and tabs.
 */
export const StringSchema = (options: { multiline?: boolean } = {}) =>
  z.string().refine((s) => !hasControlCharacters(s, options.multiline), {
    message: options.multiline ? CONTROL_CHARACTERS_MULTILINE_MESSAGE : CONTROL_CHARACTERS_MESSAGE,
  });

/** Trimmed, NFC-normalised text: the form every Vietnamese string is stored and searched in. */
export const TextSchema = (max = 500, options: { multiline?: boolean } = {}) =>
  StringSchema(options)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

export const OptionalTextSchema = (max = 2000, options: { multiline?: boolean } = {}) =>
  StringSchema(options)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .nullish()
    .transform((s) => (s ? s : null));

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof ProblemSchema>;

export const IdParamsSchema = z.object({ id: StringSchema().min(1).max(200) });
