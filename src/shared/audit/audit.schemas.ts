import { z } from 'zod';
import { IsoDateSchema, InstantSchema, StringSchema } from '../common.schemas';

export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: InstantSchema,
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    unitId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.object({
  entityType: StringSchema().max(50).optional(),
  entityId: StringSchema().max(200).optional(),
  actorId: StringSchema().max(200).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeSeq: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z
  .object({ entries: z.array(AuditEntrySchema), nextBeforeSeq: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });

export const AuditVerifySchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerify' });
export type AuditVerify = z.infer<typeof AuditVerifySchema>;
