import { z } from 'zod';
import { ATTACHMENT_TYPES } from './attachment-types';

/** A file's own name: one line, no folder part (what a browser gives for a picked file). */
export const AttachmentFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f-\u009f/\\]/.test(name), 'A file name without folders or control characters');

export const AttachmentOwnerSchema = z.object({
  ownerType: z.string().regex(/^[a-z][a-z-]{0,39}$/),
  ownerId: z.string().min(1).max(80).regex(/^[A-Za-z0-9._:-]+$/),
});

export const AttachmentUploadQuerySchema = AttachmentOwnerSchema.extend({
  /** Store it encrypted and show it only to those allowed to see protected identities (a denouncer's handwriting). */
  protected: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const AttachmentIdParamsSchema = z.object({ id: z.uuid() });

export const AttachmentSchema = z.object({
  id: z.string(),
  ownerType: z.string(),
  ownerId: z.string(),
  /** Null for a protected attachment shown to someone who may not see its name. */
  fileName: z.string().nullable(),
  type: z.enum(ATTACHMENT_TYPES),
  mediaType: z.string(),
  size: z.number().int(),
  /** SHA-256 of the file, hex; null for a protected attachment (a hash identifies a known file). */
  sha256: z.string().nullable(),
  protected: z.boolean(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
