/**
 * Reception sessions and turns (rules F; Decree 154/2026; reception book Mẫu 03/TCD; form 01/TCD). A session is one
 * sitting (regular duty, or the head's periodic or unscheduled reception, in person or online); a turn is one visit by
 * one person or one group, raising one or more matters.
 */
import { z } from 'zod';
import { IsoDateSchema, OptionalTextSchema, StringSchema, TextSchema } from '../common.schemas';
import { CitizenRefSchema, ContentClassSchema, DocumentRefSchema, MatterFieldSchema, PriorResolutionSchema } from '../petitions/petitions.schemas';
import { RECEPTION_KINDS, RECEPTION_FORMS, PRESIDERS, REFUSAL_GROUNDS } from './reception-catalogues';

const RefIdSchema = StringSchema().min(1).max(200);

export const ReceptionSessionCreateSchema = z
  .object({
    unitId: RefIdSchema,
    kind: z.enum(RECEPTION_KINDS),
    /** Online reception exists from 1 July 2026 (Law 136/2025 new Art. 3a; Decree 154/2026 Arts. 19–24). */
    form: z.enum(RECEPTION_FORMS).default('in-person'),
    date: IsoDateSchema,
    /** Who presided: the officer on duty (regular), the head in person, or a deputy the head authorised. */
    presidedBy: z.enum(PRESIDERS),
    /** The head whose periodic duty this session serves (rule F4); for `deputy`, the head who authorised. */
    headUserId: RefIdSchema.nullish().transform((v) => v ?? null),
    presiderName: TextSchema(200),
    presiderPosition: OptionalTextSchema(200),
    /** The written authorisation of a deputy. */
    authorisation: DocumentRefSchema.nullish().transform((v) => v ?? null),
    place: OptionalTextSchema(300),
    /** Online: the day the notice was sent (due 5 working days before, Decree 154/2026 Art. 23). */
    noticeSentOn: IsoDateSchema.nullish().transform((v) => v ?? null),
    note: OptionalTextSchema(2000, { multiline: true }),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.kind === 'regular' && s.presidedBy !== 'officer') issue('presidedBy', 'A regular session is held by the officer on duty');
    if (s.kind !== 'regular' && s.presidedBy === 'officer') issue('presidedBy', 'A periodic or unscheduled session is held by the head or an authorised deputy');
    if (s.kind !== 'regular' && !s.headUserId) issue('headUserId', "The head's session names the head");
    if (s.presidedBy === 'deputy' && !s.authorisation) issue('authorisation', 'A deputy needs the written authorisation');
    if (s.form === 'online' && s.date < '2026-07-01') issue('form', 'Online reception exists from 1 July 2026');
  })
  .meta({ id: 'ReceptionSessionCreate' });
export type ReceptionSessionCreate = z.infer<typeof ReceptionSessionCreateSchema>;

/** What became of one matter raised at a turn (reception book columns 9–11). */
export const TurnOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guided'), toBodyName: TextSchema(300), toUnitId: RefIdSchema.nullish().transform((v) => v ?? null), guidanceDocument: DocumentRefSchema.nullish().transform((v) => v ?? null) }),
  /** A petition was received (or written down and signed): the service creates it and its matter. */
  z.object({ kind: z.literal('petition-received') }),
  /** Answered on the spot by the presiding head (Decree 154/2026 Art. 25(3)). */
  z.object({ kind: z.literal('answered') }),
  z.object({ kind: z.literal('refused'), ground: z.enum(REFUSAL_GROUNDS) }),
]);
export type TurnOutcome = z.infer<typeof TurnOutcomeSchema>;

/** One matter raised at a turn: first-time, or a repeat linked to its earlier matter (rules F1, C6). */
export const RaisedMatterSchema = z.object({
  summary: TextSchema(4000, { multiline: true }),
  contentClass: ContentClassSchema,
  field: MatterFieldSchema,
  withinCompetence: z.boolean(),
  repeatOfMatterId: RefIdSchema.nullish().transform((v) => v ?? null),
  /** Bodies that already handled it (reception book column 8). */
  priorResolutions: z.array(PriorResolutionSchema).max(20).default([]),
  outcome: TurnOutcomeSchema,
});
export type RaisedMatter = z.infer<typeof RaisedMatterSchema>;

export const ReceptionTurnCreateSchema = z
  .object({
    sessionId: RefIdSchema,
    date: IsoDateSchema,
    /** The people received (returning citizens by id); for a group, at least its representatives. */
    citizens: z.array(z.object({ citizen: CitizenRefSchema, isRepresentative: z.boolean().default(false) })).min(1).max(500),
    /** Everyone who came, named or not (form 01/TCD counts people, not names). */
    headcount: z.number().int().min(1).max(100_000),
    /** The reception officer's summary of what was said. */
    summary: TextSchema(4000, { multiline: true }),
    matters: z.array(RaisedMatterSchema).min(1).max(20),
    note: OptionalTextSchema(2000, { multiline: true }),
  })
  .superRefine((t, ctx) => {
    if (t.headcount < t.citizens.length) ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'Fewer people than citizens named' });
  })
  .meta({ id: 'ReceptionTurnCreate' });
export type ReceptionTurnCreate = z.infer<typeof ReceptionTurnCreateSchema>;
