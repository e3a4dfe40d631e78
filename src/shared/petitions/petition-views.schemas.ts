/**
 * What the petition API answers: a petition with its matters, events and clocks, a register page, duplicate
 * candidates and "my work". A protected identity (rules E5) reads `[protected]` (name) or null (other fields) unless
 * the denouncer waived protection; only `GET /petitions/{id}/identity` shows it, to holders of the reveal permission.
 */
import { z } from 'zod';
import { IsoDateSchema, StringSchema } from '../common.schemas';
import { ClockSchema, ClockStateSchema, MatterEventSchema } from '../deadlines/matter-clocks.schemas';
import { COMPLEXITY_CRITERIA } from '../deadlines/matter-clocks.schemas';
import { HANDLING_DIRECTIONS, IDENTITY_DOCUMENT_KINDS, INELIGIBILITY_REASONS } from './catalogues';
import {
  CompetenceKindSchema, ContentClassSchema, FilerKindSchema, MatterFieldSchema, MatterStatusSchema, PetitionChannelSchema,
} from './petitions.schemas';

/** What a protected name reads as, wherever it is shown without the permission. */
export const PROTECTED_NAME = '[protected]';

export const SignerViewSchema = z.object({
  position: z.number().int(),
  isRepresentative: z.boolean(),
  /** A denouncer who did not waive protection: identity fields are hidden here. */
  isProtected: z.boolean(),
  protectionWaived: z.boolean(),
  fullName: z.string(),
  address: z.string().nullable(),
  identity: z
    .object({ kind: z.enum(IDENTITY_DOCUMENT_KINDS), number: z.string(), issuedOn: z.string().nullable(), issuedBy: z.string().nullable() })
    .nullable(),
  phone: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  ethnicity: z.string().nullable(),
  nationality: z.string(),
});
export type SignerView = z.infer<typeof SignerViewSchema>;

export const MatterViewSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    contentClass: ContentClassSchema,
    field: MatterFieldSchema,
    summary: z.string(),
    subject: z.object({ kind: z.string(), name: z.string(), position: z.string().nullable(), workplace: z.string().nullable() }).nullable(),
    round: z.number().int(),
    remote: z.boolean(),
    withinCompetence: z.boolean(),
    competence: CompetenceKindSchema,
    status: MatterStatusSchema,
    complexity: z.array(z.enum(COMPLEXITY_CRITERIA)),
    /** The direction the rules suggest at intake (C3, C4, C5); the officer decides by an action. */
    /** `inspect`: an anonymous denunciation that goes to inspection within competence (rules C3). */
    suggestedDirection: z.enum([...HANDLING_DIRECTIONS, 'inspect']),
    repeatOfMatterId: z.string().nullable(),
    firstTimeMatterId: z.string().nullable(),
    nextDueOn: IsoDateSchema.nullable(),
    nextRule: z.string().nullable(),
    events: z.array(MatterEventSchema),
    /** computeClocks over `events`, as of today. */
    clocks: z.array(ClockSchema),
    /** The actions the lifecycle table allows now (guards may still refuse one). */
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'MatterView' });
export type MatterView = z.infer<typeof MatterViewSchema>;

export const PetitionViewSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    /** `15/2026` in the receiving unit's register. */
    registrationNumber: z.string(),
    channel: PetitionChannelSchema,
    receivedOn: IsoDateSchema,
    writtenOn: IsoDateSchema.nullable(),
    receptionTurnId: z.string().nullable(),
    filerKind: FilerKindSchema,
    organisationName: z.string().nullable(),
    primaryClass: ContentClassSchema,
    anonymous: z.boolean(),
    eligible: z.boolean(),
    ineligibilityReasons: z.array(z.enum(INELIGIBILITY_REASONS)),
    nextDueOn: IsoDateSchema.nullable(),
    signers: z.array(SignerViewSchema),
    matters: z.array(MatterViewSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'Petition' });
export type PetitionView = z.infer<typeof PetitionViewSchema>;

/** A denouncer's identity as revealed to a holder of `petition:reveal-identity` (every call is audit-logged). */
export const PetitionIdentitySchema = z
  .object({ petitionId: z.string(), signers: z.array(SignerViewSchema) })
  .meta({ id: 'PetitionIdentity' });
export type PetitionIdentity = z.infer<typeof PetitionIdentitySchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const Id = StringSchema().min(1).max(200);

export const PetitionListQuerySchema = z.object({
  /** Names (not protected ones), summaries and registration numbers; accent-insensitive, any word order. */
  q: StringSchema().max(200).optional(),
  status: MatterStatusSchema.optional(),
  contentClass: ContentClassSchema.optional(),
  field: MatterFieldSchema.optional(),
  unitId: Id.optional(),
  channel: PetitionChannelSchema.optional(),
  officerId: Id.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** Only petitions with an open matter past its next due date. */
  overdue: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuerySchema>;

export const PetitionListItemSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  registrationNumber: z.string(),
  channel: PetitionChannelSchema,
  receivedOn: IsoDateSchema,
  primaryClass: ContentClassSchema,
  /** Signers' names; a protected one reads `[protected]`. */
  signerNames: z.array(z.string()),
  summary: z.string(),
  matterCount: z.number().int(),
  nextDueOn: IsoDateSchema.nullable(),
  overdue: z.boolean(),
});
export const PetitionPageSchema = z
  .object({ items: z.array(PetitionListItemSchema), hasMore: z.boolean() })
  .meta({ id: 'PetitionPage' });
export type PetitionPage = z.infer<typeof PetitionPageSchema>;

/** What an officer has typed at intake, to look for earlier petitions of the same petitioner and content (rules C6). */
export const DuplicateQuerySchema = z.object({
  unitId: Id,
  summary: StringSchema().min(1).max(4000),
  contentClass: ContentClassSchema.optional(),
  fullName: StringSchema().max(200).optional(),
  identityNumber: StringSchema().max(30).optional(),
});
export type DuplicateQuery = z.infer<typeof DuplicateQuerySchema>;

export const DuplicateCandidateSchema = z.object({
  matterId: z.string(),
  petitionId: z.string(),
  unitId: z.string(),
  registrationNumber: z.string(),
  receivedOn: IsoDateSchema,
  contentClass: ContentClassSchema,
  summary: z.string(),
  status: MatterStatusSchema,
  /** Share of words in common with the typed summary (0–1). */
  similarity: z.number(),
  /** A signer (not a protected one) has the same name or identity number. */
  samePetitioner: z.boolean(),
  /** Same petitioner, class and unit, and similar enough: a repeat to link (rules C6). */
  likelyRepeat: z.boolean(),
});
export const DuplicateCandidatesSchema = z.object({ candidates: z.array(DuplicateCandidateSchema) }).meta({ id: 'DuplicateCandidates' });
export type DuplicateCandidates = z.infer<typeof DuplicateCandidatesSchema>;

export const MyWorkQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const MyWorkItemSchema = z.object({
  matterId: z.string(),
  petitionId: z.string(),
  unitId: z.string(),
  registrationNumber: z.string(),
  contentClass: ContentClassSchema,
  status: MatterStatusSchema,
  summary: z.string(),
  nextDueOn: IsoDateSchema.nullable(),
  nextRule: z.string().nullable(),
  /** running / overdue / very-overdue as of today (the next clock's state). */
  state: ClockStateSchema.nullable(),
});
export const MyWorkPageSchema = z.object({ items: z.array(MyWorkItemSchema), hasMore: z.boolean() }).meta({ id: 'MyWorkPage' });
export type MyWorkPage = z.infer<typeof MyWorkPageSchema>;
