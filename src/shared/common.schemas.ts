import { z } from 'zod';
import { isValidIsoDate } from './calendar/iso-date';

/** A real calendar date written `YYYY-MM-DD` (2025-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'Expected a real date written YYYY-MM-DD' })
  .meta({ description: 'Calendar date, YYYY-MM-DD', example: '2026-07-01' });

export const InstantSchema = z.string().meta({ description: 'Instant, ISO-8601 UTC', example: '2026-11-25T01:00:00.000Z' });

/** Trimmed, NFC-normalised text: the form every Vietnamese string is stored and searched in. */
export const TextSchema = (max = 500) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

export const OptionalTextSchema = (max = 2000) =>
  z
    .string()
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

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });
