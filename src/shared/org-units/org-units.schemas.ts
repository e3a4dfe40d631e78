import { z } from 'zod';
import { IsoDateSchema, InstantSchema, OptionalTextSchema, StringSchema, TextSchema } from '../common.schemas';

/** Kinds of unit: territorial units and the bodies (Party, State, Front, mass organisations...) that sit in them. */
export const ORG_UNIT_KINDS = [
  'province',
  'district',
  'township',
  'commune',
  'ward',
  'party_committee',
  'party_body',
  'peoples_council',
  'peoples_committee',
  'agency',
  'fatherland_front',
  'mass_organisation',
  'court',
  'procuracy',
  'police',
  'military',
  'other',
] as const;
export const OrgUnitKindSchema = z.enum(ORG_UNIT_KINDS);
export type OrgUnitKind = z.infer<typeof OrgUnitKindSchema>;

export const TERRITORIAL_KINDS: readonly OrgUnitKind[] = ['province', 'district', 'township', 'commune', 'ward'];

export const ORG_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export const OrgLevelSchema = z.enum(ORG_LEVELS);
export type OrgLevel = z.infer<typeof OrgLevelSchema>;

export const OrgUnitSchema = z
  .object({
    id: z.string(),
    code: z.string().nullable(),
    nameVi: z.string(),
    nameEn: z.string().nullable(),
    kind: OrgUnitKindSchema,
    level: OrgLevelSchema,
    parentId: z.string().nullable(),
    validFrom: IsoDateSchema.nullable(),
    validTo: IsoDateSchema.nullable(),
    note: z.string().nullable(),
    updatedAt: InstantSchema,
  })
  .meta({ id: 'OrgUnit' });
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A unit id chosen by an administrator or an import file (the server otherwise assigns a UUID). */
export const UnitIdSchema = StringSchema()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'Letters, digits, dot, dash and underscore; at most 80');

const periodOk = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validFrom <= v.validTo;

export const OrgUnitCreateSchema = z
  .object({
    id: UnitIdSchema.optional(),
    code: OptionalTextSchema(40),
    nameVi: TextSchema(300),
    nameEn: OptionalTextSchema(300),
    kind: OrgUnitKindSchema,
    level: OrgLevelSchema,
    parentId: StringSchema().min(1).max(200).nullable().default(null),
    validFrom: IsoDateSchema.nullable().default(null),
    validTo: IsoDateSchema.nullable().default(null),
    note: OptionalTextSchema(2000, { multiline: true }),
  })
  .refine(periodOk, { message: 'validFrom must be on or before validTo', path: ['validTo'] })
  .meta({ id: 'OrgUnitCreate' });
export type OrgUnitCreate = z.infer<typeof OrgUnitCreateSchema>;

export const OrgUnitUpdateSchema = z
  .object({
    code: OptionalTextSchema(40),
    nameVi: TextSchema(300),
    nameEn: OptionalTextSchema(300),
    kind: OrgUnitKindSchema,
    level: OrgLevelSchema,
    parentId: StringSchema().min(1).max(200).nullable(),
    validFrom: IsoDateSchema.nullable(),
    validTo: IsoDateSchema.nullable(),
    note: OptionalTextSchema(2000, { multiline: true }),
  })
  .partial()
  .refine(periodOk, { message: 'validFrom must be on or before validTo', path: ['validTo'] })
  .meta({ id: 'OrgUnitUpdate' });
export type OrgUnitUpdate = z.infer<typeof OrgUnitUpdateSchema>;

export const OrgUnitListQuerySchema = z.object({
  asOf: IsoDateSchema.optional().meta({ description: 'Only units valid on this date (default: all dates)' }),
  q: StringSchema().max(200).optional().meta({ description: 'Search in names and codes; Vietnamese diacritics and đ are ignored' }),
  parentId: StringSchema().max(200).optional(),
  kind: OrgUnitKindSchema.optional(),
});
export type OrgUnitListQuery = z.infer<typeof OrgUnitListQuerySchema>;

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'dissolve', 'establish', 'transfer'] as const;
export const SuccessionKindSchema = z.enum(SUCCESSION_KINDS);
export type SuccessionKind = z.infer<typeof SuccessionKindSchema>;

/** How many units a list leaves out because they are outside the reader's scope. */
const HiddenCountSchema = z.number().int().min(0);

export const SuccessionEventSchema = z
  .object({
    id: z.string(),
    kind: SuccessionKindSchema,
    effectiveDate: IsoDateSchema,
    documentNumber: z.string().nullable(),
    documentDate: IsoDateSchema.nullable(),
    documentTitle: z.string().nullable(),
    note: z.string().nullable(),
    /** Only the units the reader may see; the others are counted in `hidden`. */
    predecessorIds: z.array(z.string()),
    successorIds: z.array(z.string()),
    hidden: z
      .object({ predecessors: HiddenCountSchema, successors: HiddenCountSchema })
      .meta({ description: 'How many units of the event are outside your scope and left out' }),
  })
  .meta({ id: 'SuccessionEvent' });
export type SuccessionEvent = z.infer<typeof SuccessionEventSchema>;

export const SuccessionEventCreateSchema = z
  .object({
    kind: SuccessionKindSchema,
    effectiveDate: IsoDateSchema,
    documentNumber: OptionalTextSchema(80),
    documentDate: IsoDateSchema.nullable().default(null),
    documentTitle: OptionalTextSchema(500),
    note: OptionalTextSchema(2000, { multiline: true }),
    predecessorIds: z.array(StringSchema().min(1).max(200)).max(100).default([]),
    successorIds: z.array(StringSchema().min(1).max(200)).max(100).default([]),
  })
  .refine((e) => e.predecessorIds.length + e.successorIds.length > 0, {
    message: 'An event needs at least one predecessor or successor',
    path: ['predecessorIds'],
  })
  .meta({ id: 'SuccessionEventCreate' });
export type SuccessionEventCreate = z.infer<typeof SuccessionEventCreateSchema>;

// A recursive schema needs a component id: without one, the OpenAPI document points at a definition it never emits.
export const OrgUnitTreeNodeSchema: z.ZodType<OrgUnitTreeNode> = z
  .lazy(() => OrgUnitSchema.extend({ children: z.array(OrgUnitTreeNodeSchema) }))
  .meta({ id: 'OrgUnitTreeNode' });
export type OrgUnitTreeNode = OrgUnit & { children: OrgUnitTreeNode[] };

export const OrgUnitHistorySchema = z
  .object({
    unit: OrgUnitSchema,
    events: z.array(SuccessionEventSchema),
    /** Units this one came from (transitively), oldest first. */
    predecessors: z.array(OrgUnitSchema),
    /** The chain of successors down to today's units. */
    successors: z.array(OrgUnitSchema),
    /** Today's units that carry this unit on (itself if still valid). */
    currentUnits: z.array(OrgUnitSchema),
    hidden: z
      .object({ predecessors: HiddenCountSchema, successors: HiddenCountSchema, currentUnits: HiddenCountSchema })
      .meta({ description: 'How many units of each list are outside your scope and left out' }),
  })
  .meta({ id: 'OrgUnitHistory' });
export type OrgUnitHistory = z.infer<typeof OrgUnitHistorySchema>;
