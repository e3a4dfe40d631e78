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

/** `actorId=system` asks for the entries written by the system (seed, CLI), which have no actor id. */
export const AUDIT_SYSTEM_ACTOR = 'system';

/** The filters of the log page, shared by the list and the export (dates are days in Viet Nam). */
export const AuditFilterSchema = z.object({
  entityType: StringSchema().max(50).optional(),
  entityId: StringSchema().max(200).optional(),
  actorId: StringSchema().max(200).optional().meta({ description: "A user's id, or `system`" }),
  action: StringSchema().max(100).optional().meta({ description: 'e.g. `user.grant-role`' }),
  unitId: StringSchema().max(200).optional().meta({ description: 'Entries about this unit, its subtree and the units it replaced' }),
  q: StringSchema().max(200).optional().meta({ description: 'Free text; accents and case are ignored, đ = d' }),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditQuerySchema = AuditFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeSeq: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditExportQuerySchema = AuditFilterSchema.extend({
  lang: z.enum(['vi', 'en']).optional().meta({ description: 'Language of the file; default from Accept-Language' }),
});
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

/**
 * Names of the units and users the entries mention, so a reader sees names rather than ids. Units are named only
 * inside the reader's scope; a unit outside it is simply absent.
 */
export const AuditRefsSchema = z
  .object({
    units: z.record(z.string(), z.object({ nameVi: z.string(), nameEn: z.string().nullable() })),
    users: z.record(z.string(), z.object({ displayName: z.string(), username: z.string() })),
  })
  .meta({ id: 'AuditRefs' });
export type AuditRefs = z.infer<typeof AuditRefsSchema>;

export const AuditPageSchema = z
  .object({ entries: z.array(AuditEntrySchema), nextBeforeSeq: z.number().int().nullable(), refs: AuditRefsSchema })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AuditVerifySchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
    /** Entries written before the chain was keyed (plain SHA-256), sealed by the first keyed entry after them. */
    unkeyedEntries: z.number().int(),
    /** Non-secret fingerprint of the audit key the chain was checked with. */
    keyFingerprint: z.string(),
    /** What is wrong with the database triggers that keep the log append-only (empty: in place). */
    triggerProblems: z.array(z.string()),
  })
  .meta({ id: 'AuditVerify' });
export type AuditVerify = z.infer<typeof AuditVerifySchema>;
