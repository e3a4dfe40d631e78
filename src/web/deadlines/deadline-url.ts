import { isValidIsoDate } from '../../shared/calendar/iso-date';
import {
  RULE_IDS,
  RuleConditionSchema,
  type DeadlineComputeRequest,
  type DeadlineEvent,
  type RuleCondition,
  type RuleId,
} from '../../shared/deadlines/deadlines.schemas';

const EVENT_TYPES: ReadonlyArray<DeadlineEvent['type']> = ['suspended', 'continued', 'extended'];

/**
 * The explainer's form in the address (`?rule=complaint.acceptance&start=2026-07-01&opts=complex&ext=1&ev=suspended:2026-07-10`),
 * so a computed deadline can be bookmarked or sent to a colleague. Anything unreadable is left out.
 */
export interface DeadlineQuery {
  rule: RuleId | null;
  start: string | null;
  conditions: RuleCondition[];
  extensions: number;
  events: DeadlineEvent[];
}

function parseEvent(text: string): DeadlineEvent | null {
  const [type, date, days] = text.split(':');
  if (!EVENT_TYPES.includes(type as DeadlineEvent['type']) || !isValidIsoDate(date)) return null;
  const n = Number(days);
  return { type: type as DeadlineEvent['type'], date, ...(days && Number.isInteger(n) && n > 0 ? { days: n } : {}) };
}

export function readDeadlineQuery(params: URLSearchParams): DeadlineQuery {
  const rule = params.get('rule');
  const start = params.get('start');
  const ext = Number(params.get('ext'));
  return {
    rule: RULE_IDS.includes(rule as RuleId) ? (rule as RuleId) : null,
    start: isValidIsoDate(start) ? start : null,
    conditions: (params.get('opts') ?? '')
      .split(',')
      .filter((c): c is RuleCondition => RuleConditionSchema.safeParse(c).success),
    extensions: Number.isInteger(ext) && ext > 0 ? ext : 0,
    events: (params.get('ev') ?? '')
      .split(',')
      .filter(Boolean)
      .map(parseEvent)
      .filter((e): e is DeadlineEvent => e !== null),
  };
}

export function writeDeadlineQuery(query: DeadlineQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.rule) params.set('rule', query.rule);
  if (query.start) params.set('start', query.start);
  if (query.conditions.length) params.set('opts', query.conditions.join(','));
  if (query.extensions > 0) params.set('ext', String(query.extensions));
  if (query.events.length) {
    params.set('ev', query.events.map((e) => [e.type, e.date, ...(e.days ? [e.days] : [])].join(':')).join(','));
  }
  return params;
}

/** The API request for a complete query; `null` until a rule and a start date are chosen. */
export function toComputeRequest(query: DeadlineQuery): DeadlineComputeRequest | null {
  if (!query.rule || !query.start) return null;
  const options = {
    ...Object.fromEntries(query.conditions.map((c) => [c, true])),
    ...(query.extensions > 0 ? { extensions: query.extensions } : {}),
  };
  return {
    rule: query.rule,
    start: query.start,
    ...(query.events.length ? { events: query.events } : {}),
    ...(Object.keys(options).length ? { options } : {}),
  };
}
