import { DeadlineComputeRequestSchema } from '../shared/deadlines/deadlines.schemas';
import { formatExplanation } from '../shared/deadlines/explain';
import { formatIsoDate } from '../shared/i18n/locale';
import { getCalendarYear } from '../server/calendar/calendar.service';
import type { Config } from '../server/config';
import { computeDeadlineFor } from '../server/deadlines/deadlines.service';
import { CliError, type Io, withRuntime } from './cli-context';
import { defineCommand } from './command';

export interface DeadlineArgs {
  rule?: string;
  start?: string;
  complex?: boolean;
  remote?: boolean;
  secondTime?: boolean;
  withReason?: boolean;
  extensions?: string;
  json?: boolean;
}

/**
 * `oversight deadline RULE START [--complex] [--remote] [--second-time] [--with-reason] [--extensions N] [--json]`:
 * the due date and how it was reached, using this instance's holiday schedules and rule overrides.
 */
export async function deadlineCommand(config: Config, io: Io, args: DeadlineArgs): Promise<number> {
  const extensions = args.extensions === undefined ? undefined : Number(args.extensions);
  const options = {
    ...(args.complex ? { complex: true } : {}),
    ...(args.remote ? { remote: true } : {}),
    ...(args.secondTime ? { secondTime: true } : {}),
    ...(args.withReason ? { withReason: true } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
  const parsed = DeadlineComputeRequestSchema.safeParse({ rule: args.rule, start: args.start, options });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'arguments'}: ${i.message}`);
    throw new CliError(`Usage: oversight deadline RULE START [--complex] [--remote] [--second-time] [--with-reason] [--extensions N] [--json]\n${lines.join('\n')}`, 2);
  }
  return withRuntime(config, async (rt) => {
    const result = await computeDeadlineFor(rt.deps, parsed.data);
    if (args.json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    const lang = config.cliLocale;
    io.out(`${lang === 'vi' ? 'Hạn' : 'Due'}: ${formatIsoDate(result.due, lang)} (${result.due})`);
    for (const line of formatExplanation(result.explanation, lang)) io.out(`  ${line}`);
    return 0;
  });
}

/** `oversight calendar YEAR [--json]`: days off, make-up working Saturdays, Tết and Hùng Kings' day. */
export async function calendarCommand(config: Config, io: Io, args: { year?: string; json?: boolean }): Promise<number> {
  const year = Number(args.year);
  if (!args.year || !/^\d{4}$/.test(args.year) || year < 1900 || year > 2100) {
    throw new CliError('Usage: oversight calendar YEAR [--json]   (YEAR from 1900 to 2100)', 2);
  }
  return withRuntime(config, async (rt) => {
    const y = await getCalendarYear(rt.deps, year);
    if (args.json) {
      io.out(JSON.stringify(y, null, 2));
      return 0;
    }
    const lang = config.cliLocale;
    const weekday = (d: number) => (lang === 'vi' ? ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] : ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])[d];
    io.out(`${year}: ${y.source} — ${y.sourceNote}`);
    io.out(`${lang === 'vi' ? 'Mùng 1 Tết' : 'Lunar New Year'}: ${formatIsoDate(y.lunarNewYear, lang)}; ${lang === 'vi' ? 'Giỗ Tổ Hùng Vương' : "Hung Kings' day"}: ${formatIsoDate(y.hungKings, lang)}`);
    io.out(`${lang === 'vi' ? 'Ngày nghỉ' : 'Days off'} (${y.weekdayDaysOff} ${lang === 'vi' ? 'ngày thường' : 'weekdays'}):`);
    for (const d of y.daysOff) io.out(`  ${d.date} ${weekday(d.weekday)}  ${d.name[lang]}`);
    if (y.workingSaturdays.length) {
      io.out(lang === 'vi' ? 'Ngày làm bù:' : 'Make-up working days:');
      for (const d of y.workingSaturdays) io.out(`  ${d.date}  ${d.name[lang]}`);
    }
    return 0;
  });
}

export const CALENDAR_COMMANDS = [
  defineCommand({
    name: 'deadline',
    synopsis: 'RULE START [--complex] [--remote] [--second-time] [--with-reason] [--extensions N] [--json]',
    summary: `a statutory due date and how it was reached (RULE e.g. complaint.resolution;
for complaint.dialogue-notice and reception.online-notice START is the
dialogue or session date and the answer is the latest day to send the notice)`,
    options: {
      complex: { type: 'boolean' },
      remote: { type: 'boolean' },
      'second-time': { type: 'boolean' },
      'with-reason': { type: 'boolean' },
      extensions: { type: 'string' },
      json: { type: 'boolean' },
    },
    run: ({ config, io, args, values: v }) =>
      deadlineCommand(config, io, {
        rule: args[0],
        start: args[1],
        complex: v.complex as boolean | undefined,
        remote: v.remote as boolean | undefined,
        secondTime: v['second-time'] as boolean | undefined,
        withReason: v['with-reason'] as boolean | undefined,
        extensions: v.extensions as string | undefined,
        json: v.json as boolean | undefined,
      }),
  }),
  defineCommand({
    name: 'calendar',
    synopsis: 'YEAR [--json]',
    summary: "days off, make-up working Saturdays, Tết and Hùng Kings' day",
    options: { json: { type: 'boolean' } },
    run: ({ config, io, args, values }) => calendarCommand(config, io, { year: args[0], json: values.json as boolean | undefined }),
  }),
];
