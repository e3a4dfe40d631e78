/**
 * The statutory time limits as versioned data (rules A, C–F, J). A future amendment is a new row, not a code change.
 * The rule set is chosen by the date of the event that anchors the period (rules A1); a rule may exist in one rule
 * set only (e.g. online reception, from 1 July 2026).
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import type { IsoDate } from '../calendar/iso-date';
import { RULE_IDS, type Rule, type RuleId, type RuleSet } from './deadlines.schemas';
import { FAILURE_TEXTS } from './failure-messages';
import { RULES_2021 } from './rule-table-2021';
import { RULES_2026 } from './rule-table-2026';
import { RULES_2021_TO, RULES_2026_FROM } from './rule-rows';

export { RULES_2026_FROM };

/** Every rule version, 2021 and 2026 rule sets. */
export const RULE_TABLE: readonly Rule[] = [
  ...RULES_2021.map((row): Rule => ({ ...row, ruleSet: '2021', validTo: RULES_2021_TO })),
  ...RULES_2026.map((row): Rule => ({ ...row, ruleSet: '2026', validTo: null })),
];

const BY_ID = new Map<string, Rule[]>(RULE_IDS.map((id) => [id, RULE_TABLE.filter((r) => r.id === id)]));

export function isRuleId(value: string): value is RuleId {
  return BY_ID.has(value);
}

/** The rule set in force on `date` (rules A1). */
export function ruleSetOn(date: IsoDate): RuleSet {
  return date >= RULES_2026_FROM ? '2026' : '2021';
}

/** Every version of one rule, oldest first. */
export function listRuleVersions(id: RuleId): readonly Rule[] {
  return BY_ID.get(id) ?? [];
}

/** Why no version of a rule is in force on a date: not part of that date's rule set, or its law was not yet in force. */
function notInForce(id: string, date: IsoDate, versions: readonly Rule[]) {
  const ruleSet = ruleSetOn(date);
  const inSet = versions.find((v) => v.ruleSet === ruleSet);
  if (inSet) {
    return fail('DATE_OUT_OF_RANGE', FAILURE_TEXTS.notYetInForce(inSet, date), {
      rule: id,
      date,
      reason: 'NOT_YET_IN_FORCE',
      validFrom: inSet.validFrom,
    });
  }
  const next = versions.find((v) => v.validFrom > date);
  const previous = versions.findLast((v) => v.validTo !== null && v.validTo < date);
  const edge = next ? { rule: next, from: next.validFrom } : { rule: previous!, until: previous!.validTo! };
  return fail('DATE_OUT_OF_RANGE', FAILURE_TEXTS.notInRuleSet(ruleSet, date, edge), {
    rule: id,
    date,
    reason: 'NOT_IN_RULE_SET',
    ruleSet,
    validFrom: next?.validFrom,
    validTo: previous?.validTo,
  });
}

/** The version of rule `id` in force on `date` (the date of the event that anchors the period; rules A1). */
export function findRuleVersion(id: string, date: IsoDate): Result<Rule> {
  const versions = BY_ID.get(id);
  if (!versions) return fail('UNKNOWN_RULE', FAILURE_TEXTS.unknownRule(id), { rule: id, known: [...RULE_IDS] });
  const version = versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
  return version ? succeed(version) : notInForce(id, date, versions);
}
