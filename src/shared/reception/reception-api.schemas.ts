/**
 * What the reception API answers and the filters its lists take (the request bodies are in reception.schemas.ts).
 * Response schemas list every field sent, so internal columns never leak.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../calendar/calendar.schemas';
import { InstantSchema, IsoDateSchema, StringSchema } from '../common.schemas';
import { CONTENT_CLASSES, DECISION_KINDS, IDENTITY_DOCUMENT_KINDS, MATTER_FIELDS } from '../petitions/catalogues';
import { PRESIDERS, RECEPTION_FORMS, RECEPTION_KINDS, REFUSAL_GROUNDS } from './reception-catalogues';
import { HEAD_KINDS } from './reception-duty.rules';

const RefIdSchema = StringSchema().min(1).max(200);
const MonthSchema = StringSchema().regex(/^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$/, 'A month written YYYY-MM');
const Limit = z.coerce.number().int().min(1).max(500).default(100);
const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0);

const DocumentSchema = z.object({
  number: z.string(),
  date: z.string(),
  signer: z.string(),
  title: z.string().nullable(),
  attachmentId: z.string().nullable(),
});

export const ReceptionSessionSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    kind: z.enum(RECEPTION_KINDS),
    form: z.enum(RECEPTION_FORMS),
    date: z.string(),
    presidedBy: z.enum(PRESIDERS),
    headUserId: z.string().nullable(),
    presiderName: z.string(),
    presiderPosition: z.string().nullable(),
    authorisation: DocumentSchema.nullable(),
    place: z.string().nullable(),
    noticeSentOn: z.string().nullable(),
    /** Online: the latest day the notice was due (Decree 154/2026 Art. 23), computed by the deadline engine. */
    noticeDueOn: z.string().nullable(),
    note: z.string().nullable(),
    turnCount: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'ReceptionSession' });
export type ReceptionSession = z.infer<typeof ReceptionSessionSchema>;

export const ReceptionSessionListQuerySchema = z.object({
  /** A unit: its subtree (and its predecessors'), within your scope. */
  unitId: RefIdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  kind: z.enum(RECEPTION_KINDS).optional(),
  limit: Limit,
  offset: Offset,
});
export type ReceptionSessionListQuery = z.infer<typeof ReceptionSessionListQuerySchema>;

export const ReceptionTurnListQuerySchema = ReceptionSessionListQuerySchema.extend({ sessionId: RefIdSchema.optional() });
export type ReceptionTurnListQuery = z.infer<typeof ReceptionTurnListQuerySchema>;

export const ReceivedMatterSchema = z.object({
  id: z.string(),
  summary: z.string(),
  contentClass: z.enum(CONTENT_CLASSES),
  field: z.enum(MATTER_FIELDS),
  withinCompetence: z.boolean(),
  repeatOfMatterId: z.string().nullable(),
  priorResolutions: z.array(
    z.object({ bodyUnitId: z.string().nullable(), bodyName: z.string(), kind: z.enum(DECISION_KINDS), number: z.string().nullable(), date: z.string().nullable() }),
  ),
  outcome: z.enum(['guided', 'petition-received', 'answered', 'refused']),
  guidedToBodyName: z.string().nullable(),
  guidedToUnitId: z.string().nullable(),
  guidanceDocument: DocumentSchema.nullable(),
  refusalGround: z.enum(REFUSAL_GROUNDS).nullable(),
  /** The written refusal notice is due by then (`reception.refusal-notice`), when the ground requires one. */
  refusalNoticeDueOn: z.string().nullable(),
  /** The petition the turn produced (set when the petition feature records it). */
  petitionId: z.string().nullable(),
});

export const ReceptionTurnSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    unitId: z.string(),
    /** The turn's number in its unit's reception register, `sequence/year`. */
    registerNumber: z.string(),
    date: z.string(),
    headcount: z.number().int(),
    isGroup: z.boolean(),
    summary: z.string(),
    contentClass: z.enum(CONTENT_CLASSES),
    note: z.string().nullable(),
    citizens: z.array(z.object({ citizenId: z.string(), fullName: z.string(), isRepresentative: z.boolean() })),
    matters: z.array(ReceivedMatterSchema),
    createdAt: InstantSchema,
  })
  .meta({ id: 'ReceptionTurn' });
export type ReceptionTurn = z.infer<typeof ReceptionTurnSchema>;

export const CitizenLookupQuerySchema = z.object({
  /** What the officer typed: name, phone or document number, in any order, with or without accents. */
  q: StringSchema().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const CitizenSchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    address: z.string().nullable(),
    identity: z.object({ kind: z.enum(IDENTITY_DOCUMENT_KINDS), number: z.string() }).nullable(),
    phone: z.string().nullable(),
    gender: z.enum(['male', 'female']).nullable(),
    nationality: z.string(),
  })
  .meta({ id: 'CitizenSummary' });
export type Citizen = z.infer<typeof CitizenSchema>;

export const ReceptionDutyQuerySchema = z.object({
  /** The unit whose heads' sessions are checked. */
  unitId: RefIdSchema,
  month: MonthSchema,
  /** Which duty applies to the heads of this unit (rules F4). */
  headKind: z.enum(HEAD_KINDS),
  /** One head only; otherwise every head with a session of the unit that month. */
  headUserId: RefIdSchema.optional(),
});
export type ReceptionDutyQuery = z.infer<typeof ReceptionDutyQuerySchema>;

export const ReceptionDutySchema = z
  .object({
    headUserId: z.string(),
    headName: z.string(),
    month: z.string(),
    required: z.number().int(),
    held: z.number().int(),
    shortfall: z.number().int(),
    deputyNotCounted: z.number().int(),
    rules: z.array(z.object({ per: z.enum(['month', 'week']), days: z.number().int(), source: LocalizedTextSchema })),
  })
  .meta({ id: 'ReceptionDuty' });
export type ReceptionDuty = z.infer<typeof ReceptionDutySchema>;
