/**
 * Suspensions, continuations and extension decisions of one deadline (rules A1, B5, E3): checked, ordered, and each
 * pause judged under the rule version in force on its suspension decision.
 */
import { fail, MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { parseIsoDate, toIsoDate, yearOf, type IsoDate } from '../calendar/iso-date';
import { formatIsoDate } from '../i18n/locale';
import type { DayUnit, DeadlineEvent, Rule, RuleCondition, RuleOverrides } from './deadlines.schemas';
import { FAILURE_TEXTS } from './failure-messages';
import { findRuleVersion } from './rule-table';

const EVENT_TYPES = new Set(['suspended', 'continued', 'extended']);

/** A pause whose suspension was decided under a rule set that does not exclude it (rules A1, B5). */
function notePauseCounted(pause: { suspended: number; continued: number }, ruleSet: string): LocalizedText {
  const [from, to] = [toIsoDate(pause.suspended), toIsoDate(pause.continued)];
  return {
    vi: `Tạm đình chỉ ngày ${formatIsoDate(from, 'vi')}, tiếp tục ngày ${formatIsoDate(to, 'vi')}: quy định ${ruleSet} (áp dụng theo ` +
      'ngày ra quyết định tạm đình chỉ) không loại trừ thời gian tạm đình chỉ; các ngày đó vẫn được tính.',
    en: `Suspended on ${formatIsoDate(from, 'en')}, continued on ${formatIsoDate(to, 'en')}: the ${ruleSet} rules (in force on the ` +
      'suspension decision) do not exclude suspension periods; those days were counted.',
  };
}
const NOTE_EXTENSION_NOT_ALLOWED: LocalizedText = {
  vi: 'Quy định này không cho phép gia hạn; quyết định gia hạn đã bị bỏ qua.',
  en: 'This rule allows no extension; the extension decisions were ignored.',
};
const NOTE_EVENTS_BEFORE: LocalizedText = {
  vi: 'Thời hạn này được tính ngược từ sự kiện; tạm đình chỉ và gia hạn không áp dụng và đã bị bỏ qua.',
  en: 'This limit is counted back from the event; suspensions and extensions do not apply and were ignored.',
};


/** A rule version with the options and override of one request applied. */
export interface ResolvedRule {
  version: Rule;
  unit: DayUnit;
  baseCount: number;
  conditions: RuleCondition[];
  source: LocalizedText;
  overrides: RuleOverrides | undefined;
}

interface Pause {
  suspended: number;
  continued: number;
  ruleSet: Rule['ruleSet'];
  source: LocalizedText;
}

export interface CollectedEvents {
  pauses: Pause[];
  extensions: { date: IsoDate | null; days: number }[];
  notes: LocalizedText[];
}

export function checkRange(date: IsoDate): Result<number> {
  const day = parseIsoDate(date);
  if (day === null) return fail('INVALID_DATE', FAILURE_TEXTS.invalidDate(date), { date });
  const year = yearOf(date);
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    return fail('DATE_OUT_OF_RANGE', FAILURE_TEXTS.dateOutOfRange(date), { date });
  }
  return succeed(day);
}

/** A period counted back from its event has no suspensions or extensions: the events are checked, then ignored. */
function ignoreEvents(events: readonly DeadlineEvent[]): Result<CollectedEvents> {
  for (const [index, event] of events.entries()) {
    const day = checkRange(event.date);
    if (!day.ok) return { ...day, details: { ...day.details, index } };
  }
  return succeed({ pauses: [], extensions: [], notes: events.length > 0 ? [NOTE_EVENTS_BEFORE] : [] });
}

/**
 * The pause from `suspended` to `continued` under the rule version in force on the suspension decision (rules A1, B5):
 * its source when that version leaves it out of the count (citing the transitional rule when the clock started under
 * an earlier rule set, e.g. Decree 155/2026, Art. 22(1)), or a null source when the days stay counted.
 */
function pauseUnder(rule: ResolvedRule, suspended: number, continued: number) {
  const found = findRuleVersion(rule.version.id, toIsoDate(suspended));
  const version = found.ok ? found.value : rule.version;
  const override = rule.overrides?.[version.id];
  const applies = override !== undefined && (override.ruleSet === undefined || override.ruleSet === version.ruleSet);
  const pausable = (applies ? override.pausable : undefined) ?? version.pausable;
  const base = version.pauseSource ?? version.source;
  const transition = version.ruleSet !== rule.version.ruleSet ? version.pauseTransition : undefined;
  const source = transition ? { vi: `${base.vi}; ${transition.vi}`, en: `${base.en}; ${transition.en}` } : base;
  return { suspended, continued, ruleSet: version.ruleSet, source: pausable ? source : null };
}

/** Validates and orders suspension, continuation and extension events (rules B5, E3). */
export function collectEvents(
  events: readonly DeadlineEvent[],
  start: number,
  rule: ResolvedRule,
  optionExtensions: number,
): Result<CollectedEvents> {
  if (rule.version.direction === 'before') return ignoreEvents(events);
  const parsed: { event: DeadlineEvent; day: number; index: number }[] = [];
  for (const [index, event] of events.entries()) {
    if (!EVENT_TYPES.has(event.type)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.unknownEventType(event.type), { index, type: event.type });
    }
    const day = checkRange(event.date);
    if (!day.ok) return { ...day, details: { ...day.details, index } };
    if (day.value < start) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.eventBeforeStart(event.type, event.date, toIsoDate(start)), {
        index,
        type: event.type,
        date: event.date,
      });
    }
    parsed.push({ event, day: day.value, index });
  }
  parsed.sort((a, b) => a.day - b.day || a.index - b.index);

  const extension = rule.version.extension;
  const out: CollectedEvents = { pauses: [], extensions: [], notes: [] };
  const closed: ReturnType<typeof pauseUnder>[] = [];
  let open: number | null = null;
  let ignoredExtension = false;
  for (const { event, day, index } of parsed) {
    if (event.type === 'suspended') {
      if (open !== null) return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.suspendedAgain(event.date), { index });
      open = day;
    } else if (event.type === 'continued') {
      if (open === null) return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.continuedWithoutSuspension(event.date), { index });
      closed.push(pauseUnder(rule, open, day));
      open = null;
    } else if (!extension) {
      ignoredExtension = true;
    } else {
      const days = event.days ?? extension.daysPerExtension;
      if (!Number.isInteger(days) || days < 1 || days > extension.daysPerExtension) {
        return fail('INVALID_OPTION', FAILURE_TEXTS.extensionDays(rule.version, extension.daysPerExtension), { index, days });
      }
      out.extensions.push({ date: event.date, days });
    }
  }
  if (open !== null) {
    return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.openSuspension(toIsoDate(open)), {
      reason: 'OPEN_SUSPENSION',
      suspended: toIsoDate(open),
    });
  }
  if (extension && out.extensions.length + optionExtensions > extension.maxExtensions) {
    return fail('INVALID_OPTION', FAILURE_TEXTS.tooManyExtensions(rule.version, extension.maxExtensions), {
      rule: rule.version.id,
      extensions: out.extensions.length + optionExtensions,
    });
  }
  if (ignoredExtension) out.notes.push(NOTE_EXTENSION_NOT_ALLOWED);
  for (const pause of closed) {
    if (pause.source === null) out.notes.push(notePauseCounted(pause, pause.ruleSet));
    else out.pauses.push({ ...pause, source: pause.source });
  }
  return succeed(out);
}

