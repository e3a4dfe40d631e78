import { z } from 'zod';
import { LocalizedTextSchema } from '../calendar/calendar.schemas';
import { IsoDateSchema } from '../common.schemas';

/** Stable rule identifiers (rules.md § J, plus the other limits of sections C–F), in display order. */
export const RULE_IDS = [
  'petition.handling',
  'reception.refusal-notice',
  'reception.online-notice',
  'complaint.filing',
  'complaint.acceptance',
  'complaint.resolution',
  'complaint.dialogue-notice',
  'complaint.suspension-notice',
  'complaint.second-filing',
  'complaint.send-decision',
  'complaint.publish',
  'complaint.enforcement',
  'denunciation.initial-handling',
  'denunciation.transfer',
  'denunciation.notify',
  'denunciation.resolution',
  'denunciation.suspension-notice',
  'denunciation.escalation-request',
  'denunciation.escalation-report',
  'denunciation.further-review',
] as const;

export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

/** '2021' = texts in force until 30 June 2026; '2026' = Law 136/2025/QH15 and Decrees 154–156/2026 (rules A1). */
export const RuleSetSchema = z.enum(['2021', '2026']);
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** calendar = "ngày"; working = "ngày làm việc" (rules B1). */
export const DayUnitSchema = z.enum(['calendar', 'working']);
export type DayUnit = z.infer<typeof DayUnitSchema>;

/**
 * after = the period runs from the day after the event ("within N days of"); before = it runs back from the day
 * before the event and its result is the latest day to act ("at least N days before").
 */
export const DirectionSchema = z.enum(['after', 'before']);
export type Direction = z.infer<typeof DirectionSchema>;

/** The event whose date anchors the period (and selects the rule set). */
export const StartEventSchema = z.enum([
  'receipt',
  'refusal-grounds',
  'learned-of-act',
  'acceptance',
  'decision',
  'decision-received',
  'effect',
  'dialogue',
  'suspension-or-continuation',
  'suspension-or-termination',
  /** The first-time resolution limit expired without a decision (Law on Complaints 2011, Art. 33(1)). */
  'resolution-expiry',
  'escalation-received',
  'report-requested',
  'report-request-received',
  'further-denunciation',
  'online-session',
]);
export type StartEvent = z.infer<typeof StartEventSchema>;

export const RuleConditionSchema = z.enum(['complex', 'remote', 'secondTime', 'withReason']);
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

export const RuleVariantSchema = z.object({
  /** Applies when exactly these options are set. */
  when: z.array(RuleConditionSchema).min(1),
  count: z.number().int().min(0),
  unit: DayUnitSchema.optional(),
  source: LocalizedTextSchema.optional(),
});
export type RuleVariant = z.infer<typeof RuleVariantSchema>;

export const RuleExtensionSchema = z.object({
  daysPerExtension: z.number().int().positive(),
  maxExtensions: z.number().int().positive(),
  source: LocalizedTextSchema,
});
export type RuleExtension = z.infer<typeof RuleExtensionSchema>;

/** One version of one rule: a row of the rule table (rules A2). */
export const RuleSchema = z
  .object({
    id: RuleIdSchema,
    ruleSet: RuleSetSchema,
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable(),
    title: LocalizedTextSchema,
    source: LocalizedTextSchema,
    startEvent: StartEventSchema,
    direction: DirectionSchema,
    unit: DayUnitSchema,
    count: z.number().int().min(0),
    variants: z.array(RuleVariantSchema),
    extension: RuleExtensionSchema.nullable(),
    /** Whether suspension periods (tạm đình chỉ → tiếp tục) are left out of the count. */
    pausable: z.boolean(),
    pauseSource: LocalizedTextSchema.nullable(),
    /**
     * Why a pause decided under this version also stops a clock that started under an earlier rule set (a
     * transitional rule, e.g. Decree 155/2026, Art. 22(1)); a pause follows the version in force on its suspension.
     */
    pauseTransition: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'Rule', description: 'A versioned statutory time limit' });
export type Rule = z.infer<typeof RuleSchema>;

/** An administrator's change to a rule (unit, count, pausability), optionally for one rule set only. */
export const RuleOverrideSchema = z.object({
  ruleSet: RuleSetSchema.optional(),
  unit: DayUnitSchema.optional(),
  count: z.number().int().min(0).max(3650).optional(),
  pausable: z.boolean().optional(),
});
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;
export const RuleOverridesSchema = z.partialRecord(RuleIdSchema, RuleOverrideSchema);
export type RuleOverrides = z.infer<typeof RuleOverridesSchema>;

export const DeadlineOptionsSchema = z.object({
  complex: z.boolean().optional(),
  remote: z.boolean().optional(),
  secondTime: z.boolean().optional(),
  withReason: z.boolean().optional(),
  /** Number of full-length extensions decided (denunciation.resolution: 0–2). */
  extensions: z.number().int().min(0).max(10).optional(),
});
export type DeadlineOptions = z.infer<typeof DeadlineOptionsSchema>;

export const DeadlineEventSchema = z.object({
  type: z.enum(['suspended', 'continued', 'extended']),
  date: IsoDateSchema,
  /** Days granted by an extension decision (default: the rule's full extension). */
  days: z.number().int().positive().optional(),
});
export type DeadlineEvent = z.infer<typeof DeadlineEventSchema>;

export const DeadlineComputeRequestSchema = z
  .object({
    rule: RuleIdSchema,
    start: IsoDateSchema,
    events: z.array(DeadlineEventSchema).optional(),
    options: DeadlineOptionsSchema.optional(),
  })
  .meta({ id: 'DeadlineComputeRequest' });
export type DeadlineComputeRequest = z.infer<typeof DeadlineComputeRequestSchema>;

/** suspension = tạm đình chỉ → tiếp tục; obstacle = trở ngại khách quan (Law on Complaints 2011, Art. 9). */
export const PauseKindSchema = z.enum(['suspension', 'obstacle']);
export type PauseKind = z.infer<typeof PauseKindSchema>;

export const SegmentReasonSchema = z.enum(['counted', 'working-saturday', 'weekend', 'holiday', 'pause']);
export type SegmentReason = z.infer<typeof SegmentReasonSchema>;

/** A run of consecutive days that were counted, or skipped for one reason (always from ≤ to). */
export const ExplanationSegmentSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  days: z.number().int().positive(),
  counted: z.boolean(),
  reason: SegmentReasonSchema,
  name: LocalizedTextSchema.optional(),
});
export type ExplanationSegment = z.infer<typeof ExplanationSegmentSchema>;

export const ExplanationSchema = z
  .object({
    rule: z.object({ id: RuleIdSchema, ruleSet: RuleSetSchema, title: LocalizedTextSchema, source: LocalizedTextSchema }),
    startEvent: StartEventSchema,
    start: IsoDateSchema,
    direction: DirectionSchema,
    unit: DayUnitSchema,
    conditions: z.array(RuleConditionSchema),
    baseCount: z.number().int(),
    count: z.number().int(),
    /** The first day counted: the day after the event, or for a 'before' period the day before it (Art. 147). */
    firstCountedDay: IsoDateSchema.nullable(),
    /** In date order; for a 'before' period they run from the last day counted back up to the day before the event. */
    segments: z.array(ExplanationSegmentSchema),
    /**
     * Periods left out of the count: suspensions, each under the rule set in force on its decision (rules A1, B5), or
     * documented obstacles to filing a complaint (Law on Complaints 2011, Art. 9).
     */
    pauses: z.array(
      z.object({
        kind: PauseKindSchema,
        suspended: IsoDateSchema,
        continued: IsoDateSchema,
        ruleSet: RuleSetSchema,
        source: LocalizedTextSchema,
      }),
    ),
    extensions: z.array(z.object({ date: IsoDateSchema.nullable(), days: z.number().int(), source: LocalizedTextSchema })),
    /** The last counted day was not a working day: moved later (Art. 148(5)), or earlier for a 'before' period. */
    shift: z
      .object({ lastDay: IsoDateSchema, due: IsoDateSchema, skipped: z.array(ExplanationSegmentSchema) })
      .nullable(),
    due: IsoDateSchema,
    notes: z.array(LocalizedTextSchema),
    /** Years of the period whose days off are derived from the Labour Code: no official schedule is known for them. */
    derivedYears: z.array(z.number().int()),
  })
  .meta({ id: 'DeadlineExplanation' });
export type Explanation = z.infer<typeof ExplanationSchema>;

export const DeadlineComputeResponseSchema = z
  .object({
    rule: RuleIdSchema,
    due: IsoDateSchema,
    unit: DayUnitSchema,
    count: z.number().int(),
    ruleSet: RuleSetSchema,
    source: LocalizedTextSchema,
    explanation: ExplanationSchema,
  })
  .meta({ id: 'DeadlineComputeResponse' });
export type DeadlineComputeResponse = z.infer<typeof DeadlineComputeResponseSchema>;
