import type { TFunction } from 'i18next';
import type { DayUnit, Rule, RuleOverride, RuleSet, RuleVariant } from '../../shared/deadlines/deadlines.schemas';
import { RULE_IDS } from '../../shared/deadlines/deadlines.schemas';

/** "10 ngày làm việc" / "10 working days". */
export function formatLimit(t: TFunction, count: number, unit: DayUnit): string {
  return t(`rules.limit.${unit}`, { count });
}

/** "Quy định 2021" / "Quy định 2026 (từ 01/07/2026)". */
export function formatRuleSet(t: TFunction, ruleSet: RuleSet): string {
  return t(`rules.ruleSet.${ruleSet}`);
}

/** "Vụ việc phức tạp + vùng sâu, vùng xa: 60 ngày". */
export function formatVariant(t: TFunction, rule: Rule, variant: RuleVariant): string {
  const when = variant.when.map((c) => t(`rules.condition.${c}`)).join(' + ');
  return `${when}: ${formatLimit(t, variant.count, variant.unit ?? rule.unit)}`;
}

/** Whether an administrator's override changes this version of the rule. */
export function overrideApplies(override: RuleOverride | undefined, rule: Rule): override is RuleOverride {
  return !!override && (!override.ruleSet || override.ruleSet === rule.ruleSet);
}

/** Rule versions in the order of the rule table (rules.md § J), oldest version first. */
export function sortRules(rules: Rule[]): Rule[] {
  const order = (r: Rule) => RULE_IDS.indexOf(r.id);
  return [...rules].sort((a, b) => order(a) - order(b) || a.validFrom.localeCompare(b.validFrom));
}
