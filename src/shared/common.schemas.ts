import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const DateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected a real date written YYYY-MM-DD' })
  .meta({ description: 'Calendar date, YYYY-MM-DD', example: '2025-07-01' });

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
