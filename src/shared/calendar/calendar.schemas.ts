import { z } from 'zod';
import { addBilingualIssue } from '../errors';
import { IsoDateSchema, StringSchema } from '../common.schemas';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from './calendar-result';
import { isValidIsoDate, weekdayOf } from './iso-date';


export const LocalizedTextSchema = z.object({ vi: StringSchema().min(1), en: StringSchema().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The public holidays of Labour Code 2019, Art. 112(1) (Labour Code 2012, Art. 115(1) before 2021). */
export const OccasionSchema = z.enum([
  'new-year',
  'lunar-new-year',
  'hung-kings',
  'reunification',
  'labour-day',
  'national-day',
]);
export type Occasion = z.infer<typeof OccasionSchema>;

/** holiday = the statutory day itself; compensatory = nghỉ bù (Art. 111(3)); swapped = hoán đổi with a working Saturday. */
export const DayOffKindSchema = z.enum(['holiday', 'compensatory', 'swapped']);
export type DayOffKind = z.infer<typeof DayOffKindSchema>;

export const DayOffSchema = z.object({
  date: IsoDateSchema,
  name: LocalizedTextSchema,
  kind: DayOffKindSchema,
  occasion: OccasionSchema.optional(),
});
export type DayOff = z.infer<typeof DayOffSchema>;

export const WorkingSaturdaySchema = z.object({
  date: IsoDateSchema,
  name: LocalizedTextSchema,
  /** The weekday given off in exchange (may fall in the previous year, e.g. 2018-12-31 for 2019-01-05). */
  replaces: IsoDateSchema.optional(),
});
export type WorkingSaturday = z.infer<typeof WorkingSaturdaySchema>;

export const ScheduleSourceSchema = z.enum(['official', 'derived', 'custom']);
export type ScheduleSource = z.infer<typeof ScheduleSourceSchema>;

export const YearScheduleSchema = z
  .object({
    year: z.number().int().min(MIN_SUPPORTED_YEAR).max(MAX_SUPPORTED_YEAR),
    source: ScheduleSourceSchema,
    sourceNote: z.string(),
    daysOff: z.array(DayOffSchema),
    workingSaturdays: z.array(WorkingSaturdaySchema),
  })
  .superRefine((schedule, ctx) => {
    const seen = new Set<string>();
    const check = (date: string, path: (string | number)[]) => {
      if (!isValidIsoDate(date)) return;
      if (Number(date.slice(0, 4)) !== schedule.year) {
        addBilingualIssue(ctx, path, { vi: `Ngày ${date} không thuộc năm ${schedule.year}`, en: `Date ${date} is not in ${schedule.year}` });
      }
      if (seen.has(date)) addBilingualIssue(ctx, path, { vi: `Ngày ${date} bị ghi hai lần`, en: `Date ${date} is listed twice` });
      seen.add(date);
    };
    schedule.daysOff.forEach((d, i) => check(d.date, ['daysOff', i, 'date']));
    schedule.workingSaturdays.forEach((s, i) => {
      check(s.date, ['workingSaturdays', i, 'date']);
      if (isValidIsoDate(s.date) && weekdayOf(s.date) !== 6 && weekdayOf(s.date) !== 0) {
        addBilingualIssue(ctx, ['workingSaturdays', i, 'date'], {
          vi: `Ngày ${s.date} không phải thứ Bảy hay Chủ nhật`,
          en: `${s.date} is not a weekend day`,
        });
      }
    });
  })
  .meta({ id: 'YearSchedule', description: "One year's days off and make-up working Saturdays for civil servants" });
export type YearSchedule = z.infer<typeof YearScheduleSchema>;

export const DayKindSchema = z.enum(['working', 'weekend', 'holiday', 'swapped-working']);
export type DayKind = z.infer<typeof DayKindSchema>;

export const DayDescriptionSchema = z.object({
  date: IsoDateSchema,
  kind: DayKindSchema,
  isWorkingDay: z.boolean(),
  name: LocalizedTextSchema.optional(),
  offKind: DayOffKindSchema.optional(),
  occasion: OccasionSchema.optional(),
  source: ScheduleSourceSchema,
  sourceNote: z.string(),
});
export type DayDescription = z.infer<typeof DayDescriptionSchema>;

/** `GET /api/v1/calendar/{year}`: the year's days off and make-up working days, with where they come from. */
export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    source: ScheduleSourceSchema,
    sourceNote: z.string(),
    /** Days off that replace a working day (Monday–Friday), then those falling on a weekend, in date order. */
    daysOff: z.array(DayOffSchema.extend({ weekday: z.number().int().min(0).max(6) })),
    workingSaturdays: z.array(WorkingSaturdaySchema),
    /** Mùng 1 Tết (Vietnamese lunar calendar, UTC+7). */
    lunarNewYear: IsoDateSchema,
    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
    hungKings: IsoDateSchema,
    weekdayDaysOff: z.number().int(),
    /** The official (or derived) schedule that a custom schedule replaced, when there is one. */
    replaces: ScheduleSourceSchema.nullable(),
  })
  .meta({ id: 'CalendarYear' });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/** An administrator's schedule for one year (source is always `custom`). */
export const CalendarYearInputSchema = z
  .object({
    sourceNote: StringSchema({ multiline: true }).trim().min(1).max(500),
    daysOff: z.array(DayOffSchema).max(60),
    workingSaturdays: z.array(WorkingSaturdaySchema).max(20),
  })
  .meta({ id: 'CalendarYearChange' });
export type CalendarYearInput = z.infer<typeof CalendarYearInputSchema>;
