/**
 * The inputs of each matter action (rules C4–C5, D, E): dated, and carrying the document the law requires (number,
 * date, signer). The actor is not part of the input: the server takes it from the session and records it.
 */
import { z } from 'zod';
import { IsoDateSchema, OptionalTextSchema, StringSchema, TextSchema } from '../common.schemas';
import { ComplexityCriterionSchema, COMPLEXITY_CRITERIA } from '../deadlines/matter-clocks.schemas';
import { INELIGIBILITY_REASONS, RESOLUTION_OUTCOMES, SECOND_TIME_RESULTS, TERMINATION_GROUNDS } from './catalogues';
import { DocumentRefSchema } from './petitions.schemas';

const RefIdSchema = StringSchema().min(1).max(200);
const Count = z.number().int().min(0).max(1_000_000);
/** Money in đồng and land in m² (forms print million đồng; converted when a report is built). */
const Amount = z.object({ money: z.number().int().min(0).max(1e15).default(0), landM2: z.number().min(0).max(1e10).default(0) });

/** The remedies a decision or conclusion orders (01/KQGQ columns 7–19; 03/KQGQ columns 11–23). */
export const RemediesSchema = z.object({
  recoverToState: Amount.default({ money: 0, landM2: 0 }),
  returnToOrganisations: Amount.default({ money: 0, landM2: 0 }),
  returnToIndividuals: Amount.default({ money: 0, landM2: 0 }),
  organisationsRestored: Count.default(0),
  individualsRestored: Count.default(0),
  sanctionsRecommended: z.object({ persons: Count, officials: Count }).default({ persons: 0, officials: 0 }),
  referredToInvestigation: z.object({ cases: Count, persons: Count, officials: Count }).default({ cases: 0, persons: 0, officials: 0 }),
});
export type Remedies = z.infer<typeof RemediesSchema>;

/** What enforcement achieved so far (02/KQGQ and 04/KQGQ columns). */
export const EnforcementResultSchema = z.object({
  completed: z.boolean(),
  recovered: Amount.default({ money: 0, landM2: 0 }),
  returnedToOrganisations: Amount.default({ money: 0, landM2: 0 }),
  returnedToIndividuals: Amount.default({ money: 0, landM2: 0 }),
  sanctioned: z.object({ persons: Count, officials: Count }).default({ persons: 0, officials: 0 }),
  prosecuted: z.object({ cases: Count, persons: Count, officials: Count }).default({ cases: 0, persons: 0, officials: 0 }),
});

const base = { date: IsoDateSchema, note: OptionalTextSchema(2000, { multiline: true }) };
const withDocument = { ...base, document: DocumentRefSchema };
const withOptionalDocument = { ...base, document: DocumentRefSchema.nullish().transform((v) => v ?? null) };
const Body = { toUnitId: RefIdSchema.nullish().transform((v) => v ?? null), toBodyName: TextSchema(300) };
const act = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) => z.object({ action: z.literal(action), ...shape });

export const MatterActionInputSchema = z
  .discriminatedUnion('action', [
    act('accept', withDocument),
    act('reject', { ...withDocument, reason: TextSchema(1000) }),
    act('transfer', { ...withDocument, ...Body }),
    act('guide', { ...withDocument, ...Body }),
    act('urge', { ...withDocument, ...Body }),
    act('file', { ...base, reason: z.enum([...INELIGIBILITY_REASONS, 'anonymous', 'no-action-needed', 'other']) }),
    act('assign-verification', { ...withDocument, assignee: TextSchema(300) }),
    act('report-verification', withDocument),
    act('mark-complex', { ...withDocument, criteria: z.array(ComplexityCriterionSchema).min(1).max(COMPLEXITY_CRITERIA.length) }),
    act('extend', { ...withDocument, days: z.number().int().min(1).max(30) }),
    act('suspend', { ...withDocument, ground: TextSchema(1000) }),
    act('continue', withDocument),
    act('send-suspension-notice', { ...base, decisionDate: IsoDateSchema }),
    act('notify-parties', withOptionalDocument),
    act('schedule-dialogue', { ...base, dialogueOn: IsoDateSchema, place: TextSchema(300) }),
    act('send-dialogue-notice', withOptionalDocument),
    act('hold-dialogue', withDocument),
    act('resolve', {
      ...withDocument,
      outcome: z.enum(RESOLUTION_OUTCOMES).exclude(['withdrawn', 'terminated']),
      secondTimeResult: z.enum(SECOND_TIME_RESULTS).nullish().transform((v) => v ?? null),
      remedies: RemediesSchema.default(RemediesSchema.parse({})),
    }),
    act('send-decision', withOptionalDocument),
    act('publish-decision', withOptionalDocument),
    act('record-decision-receipt', base),
    act('record-effect', base),
    act('record-enforcement', { ...withOptionalDocument, result: EnforcementResultSchema }),
    act('withdraw', {
      ...withDocument,
      scope: z.enum(['whole', 'partial']),
      content: OptionalTextSchema(2000, { multiline: true }),
      /** A denunciation whose withdrawal does not end it (signs of violation, coerced withdrawal…): why. */
      continueReason: OptionalTextSchema(1000),
    }),
    act('terminate', { ...withDocument, ground: z.enum(TERMINATION_GROUNDS) }),
    act('escalate', { ...withOptionalDocument, superiorName: TextSchema(300) }),
    act('request-report', withDocument),
    act('receive-report-request', base),
    act('submit-report', withDocument),
    act('further-denounce', { ...withOptionalDocument, superiorName: TextSchema(300) }),
    act('review-further', withDocument),
    act('record-second-complaint', { ...base, secondMatterId: RefIdSchema.nullish().transform((v) => v ?? null) }),
    act('record-transfer-reply', withDocument),
  ])
  .meta({ id: 'MatterActionInput' });
export type MatterActionInput = z.infer<typeof MatterActionInputSchema>;
export type MatterAction = MatterActionInput['action'];
export type ActionInput<A extends MatterAction> = Extract<MatterActionInput, { action: A }>;
export const MATTER_ACTIONS = MatterActionInputSchema.options.map((o) => o.shape.action.value) as readonly MatterAction[];
