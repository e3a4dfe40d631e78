import { z } from 'zod';
import { LocalizedTextSchema } from '../calendar/calendar.schemas';
import { IsoDateSchema } from '../common.schemas';
import { DayUnitSchema, DeadlineOptionsSchema, ExplanationSchema, RuleIdSchema, RuleSetSchema } from './deadlines.schemas';

export const MatterTypeSchema = z.enum(['petition', 'reception', 'complaint', 'denunciation']);
export type MatterType = z.infer<typeof MatterTypeSchema>;

/**
 * Events recorded on a matter; each one is dated by its decision or act, except `dialogue-scheduled` and
 * `online-session-scheduled`, dated by the day set for the dialogue or the online session.
 */
export const MATTER_EVENT_TYPES = [
  'learned-of-act',
  /** A documented objective obstacle to filing began / ended (Law on Complaints 2011, Art. 9). */
  'obstacle-began',
  'obstacle-ended',
  'received',
  'refused',
  'refusal-notice-sent',
  'online-session-scheduled',
  'online-notice-sent',
  'accepted',
  'rejected',
  'transferred',
  'guided',
  'filed',
  'notified',
  'complexity-determined',
  'extended',
  'suspended',
  'continued',
  'suspension-notice-sent',
  'dialogue-scheduled',
  'dialogue-notice-sent',
  'escalated',
  'report-requested',
  'report-request-received',
  'report-submitted',
  'withdrawn',
  'terminated',
  'decided',
  'decision-sent',
  'published',
  'decision-received',
  'decision-effective',
  'enforcement-directed',
  'second-complaint-received',
  'further-denounced',
  'further-reviewed',
] as const;
export const MatterEventTypeSchema = z.enum(MATTER_EVENT_TYPES);
export type MatterEventType = z.infer<typeof MatterEventTypeSchema>;

/**
 * The seven criteria of a complex matter (Decree 31/2019/NĐ-CP, Art. 3 for denunciations; the same list in Decree
 * 124/2020 Art. 3a, added by Decree 155/2026, for complaints): one makes a denunciation complex (one extension), two
 * or more especially complex (two extensions).
 */
export const COMPLEXITY_CRITERIA = [
  'several-places',
  'several-contents',
  'many-people',
  'foreign-element',
  'several-bodies',
  'disagreement',
  'conflicting-evidence',
] as const;
export const ComplexityCriterionSchema = z.enum(COMPLEXITY_CRITERIA);
export type ComplexityCriterion = z.infer<typeof ComplexityCriterionSchema>;

export const MatterEventSchema = z.object({
  type: MatterEventTypeSchema,
  date: IsoDateSchema,
  /** Days granted by an `extended` decision (default: the rule's full extension). */
  days: z.number().int().positive().optional(),
  /** The criteria a `complexity-determined` event records (the written determination; at least one). */
  criteria: z.array(ComplexityCriterionSchema).max(COMPLEXITY_CRITERIA.length).optional(),
  /** For `suspension-notice-sent`: the date of the decision sent (default: the earliest decision not yet sent). */
  decisionDate: IsoDateSchema.optional(),
});
export type MatterEvent = z.infer<typeof MatterEventSchema>;

/** A matter's options: those of a single deadline (extensions come from `extended` events instead), plus competence. */
export const MatterOptionsSchema = DeadlineOptionsSchema.omit({ extensions: true }).extend({
  /** The matter is outside the recipient's competence (starts denunciation.transfer). */
  outsideCompetence: z.boolean().optional(),
});
export type MatterOptions = z.infer<typeof MatterOptionsSchema>;

export const MatterClocksRequestSchema = z
  .object({
    matterType: MatterTypeSchema,
    events: z.array(MatterEventSchema),
    options: MatterOptionsSchema.optional(),
    today: IsoDateSchema,
  })
  .meta({ id: 'MatterClocksRequest' });
export type MatterClocksRequest = z.infer<typeof MatterClocksRequestSchema>;

/** very-overdue = past due by more than half the limit again. */
export const ClockStateSchema = z.enum(['running', 'paused', 'met', 'overdue', 'very-overdue']);
export type ClockState = z.infer<typeof ClockStateSchema>;

export const ClockSchema = z
  .object({
    rule: RuleIdSchema,
    ruleSet: RuleSetSchema,
    title: LocalizedTextSchema,
    source: LocalizedTextSchema,
    unit: DayUnitSchema,
    count: z.number().int(),
    start: IsoDateSchema,
    /** The event that started this clock (one clock per decision to send); null when it starts at a limit's expiry. */
    startedBy: MatterEventTypeSchema.nullable(),
    due: IsoDateSchema,
    /** True while suspended: `due` assumes the clock continues today. */
    dueIsProjected: z.boolean(),
    state: ClockStateSchema,
    completedOn: IsoDateSchema.nullable(),
    completedBy: MatterEventTypeSchema.nullable(),
    onTime: z.boolean().nullable(),
    /** Working days from today (exclusive) to the due date (inclusive); negative when overdue; null when met or paused. */
    workingDaysLeft: z.number().int().nullable(),
    /** Days past due in the rule's unit; 0 when not overdue. */
    overdueBy: z.number().int(),
    explanation: ExplanationSchema,
  })
  .meta({ id: 'Clock' });
export type Clock = z.infer<typeof ClockSchema>;
