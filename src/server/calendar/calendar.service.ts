import type { Kysely } from 'kysely';
import {
  type CalendarYear,
  type CalendarYearInput,
  type YearSchedule,
  YearScheduleSchema,
} from '../../shared/calendar/calendar.schemas';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from '../../shared/calendar/calendar-result';
import { weekdayOf } from '../../shared/calendar/iso-date';
import { hungKingsDay, lunarNewYear } from '../../shared/calendar/lunar.rules';
import { OFFICIAL_SCHEDULES } from '../../shared/calendar/official-schedules.data';
import { createWorkCalendar, type WorkCalendar } from '../../shared/calendar/work-calendar';
import { type RuleOverrides, RuleOverridesSchema } from '../../shared/deadlines/deadlines.schemas';
import { AppError, bilingualMessages } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { type Authorizer, INSTALLATION } from '../auth/authorize';
import type { TimeSource } from '../time-source';
import type { DB } from '../db/schema';
import { readVersion, write } from '../db/write';
import type { SecretKey } from '../secrets/key-file';
import * as repo from './calendar.repository';

export interface CalendarDeps {
  db: Kysely<DB>;
  time: TimeSource;
  auditKey: SecretKey;
  authz: Authorizer;
}

export interface DeadlineContext {
  calendar: WorkCalendar;
  ruleOverrides: RuleOverrides;
}

// One working calendar per process and database, rebuilt when an administrator changes a schedule or a rule
// (any process bumps `calendar_version`), so clocks computed after a change use it.
const contexts = new WeakMap<Kysely<DB>, { version: string; context: DeadlineContext }>();

export async function loadDeadlineContext(db: Kysely<DB>): Promise<DeadlineContext> {
  const version = await readVersion(db, 'calendar');
  const cached = contexts.get(db);
  if (cached && cached.version === version) return cached.context;
  const [schedules, overrides] = await Promise.all([repo.listHolidaySchedules(db), repo.listRuleOverrides(db)]);
  const context: DeadlineContext = {
    calendar: createWorkCalendar({ overrides: schedules.map((s) => YearScheduleSchema.parse(JSON.parse(s.scheduleJson))) }),
    ruleOverrides: RuleOverridesSchema.parse(Object.fromEntries(overrides.map((o) => [o.ruleId, JSON.parse(o.overrideJson)]))),
  };
  contexts.set(db, { version, context });
  return context;
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new AppError('DATE_OUT_OF_RANGE', { value: String(year) });
  }
}

/** The year's schedule as the API shows it, with Tết and Hùng Kings' day from the Vietnamese lunar calendar. */
export function describeYear(calendar: WorkCalendar, year: number): CalendarYear {
  assertYear(year);
  const schedule = calendar.yearSchedule(year);
  const tet = lunarNewYear(year);
  const hung = hungKingsDay(year);
  if (!tet.ok || !hung.ok) throw new AppError('DATE_OUT_OF_RANGE', { value: String(year) });
  const daysOff = schedule.daysOff
    .map((d) => ({ ...d, weekday: weekdayOf(d.date) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    source: schedule.source,
    sourceNote: schedule.sourceNote,
    daysOff,
    workingSaturdays: [...schedule.workingSaturdays].sort((a, b) => a.date.localeCompare(b.date)),
    lunarNewYear: tet.value,
    hungKings: hung.value,
    weekdayDaysOff: daysOff.filter((d) => d.weekday >= 1 && d.weekday <= 5).length,
    replaces: schedule.source === 'custom' ? (OFFICIAL_SCHEDULES.has(year) ? 'official' : 'derived') : null,
  };
}

export async function getCalendarYear(deps: CalendarDeps, year: number): Promise<CalendarYear> {
  return describeYear((await loadDeadlineContext(deps.db)).calendar, year);
}

/**
 * Replaces a year's schedule with an administrator's (e.g. the Prime Minister's decision on Tết, or a swap
 * announced by the Ministry of Home Affairs). Audit-logged; clocks computed afterwards use it.
 */
export async function putCalendarYear(deps: CalendarDeps, actor: Actor, year: number, input: CalendarYearInput): Promise<CalendarYear> {
  await deps.authz.assert(actor, 'calendar:write', INSTALLATION);
  assertYear(year);
  const parsed = YearScheduleSchema.safeParse({ year, source: 'custom', ...input });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {}, parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message, messages: bilingualMessages(i) })));
  }
  const schedule: YearSchedule = parsed.data;
  const before = await getCalendarYear(deps, year);
  await write(deps, actor, async (w) => {
    await repo.upsertHolidaySchedule(w.trx, year, JSON.stringify(schedule), w.now, actor.userId);
    w.changed('calendar');
    await w.audit({
      action: 'calendar.put-year',
      entityType: 'holiday-schedule',
      entityId: String(year),
      unitId: null,
      before: { source: before.source, daysOff: before.daysOff.map((d) => d.date), workingSaturdays: before.workingSaturdays.map((d) => d.date) },
      after: { source: 'custom', sourceNote: schedule.sourceNote, daysOff: schedule.daysOff.map((d) => d.date), workingSaturdays: schedule.workingSaturdays.map((d) => d.date) },
    });
  });
  return getCalendarYear(deps, year);
}

/** Drops an administrator's schedule: the year falls back to the official schedule, or to the Labour Code. */
export async function deleteCalendarYear(deps: CalendarDeps, actor: Actor, year: number): Promise<CalendarYear> {
  await deps.authz.assert(actor, 'calendar:write', INSTALLATION);
  assertYear(year);
  const existing = await repo.findHolidaySchedule(deps.db, year);
  if (!existing) throw new AppError('NOT_FOUND');
  await write(deps, actor, async (w) => {
    await repo.deleteHolidaySchedule(w.trx, year);
    w.changed('calendar');
    await w.audit({
      action: 'calendar.delete-year',
      entityType: 'holiday-schedule',
      entityId: String(year),
      unitId: null,
      before: JSON.parse(existing),
    });
  });
  return getCalendarYear(deps, year);
}
