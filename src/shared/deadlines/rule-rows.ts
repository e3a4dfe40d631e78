/**
 * Building blocks of the rule table: the row shape, the rule-set boundary and bilingual citations.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import type { Rule } from './deadlines.schemas';

/** Law 136/2025/QH15 and Decrees 154, 155, 156/2026 are in force from this date. */
export const RULES_2026_FROM = '2026-07-01';
/** The last day of the 2021 rules. */
export const RULES_2021_TO = '2026-06-30';

/** One rule as written in a rule set; the table adds the rule set and its validity. */
export type RuleRow = Omit<Rule, 'ruleSet' | 'validTo'>;

export const src = (vi: string, en: string): LocalizedText => ({ vi, en });

export const LAW_COMPLAINTS = src('Luật Khiếu nại 2011', 'Law on Complaints 2011');
export const LAW_DENUNCIATIONS = src('Luật Tố cáo 2018', 'Law on Denunciations 2018');
const AMENDED_136 = src(' (sửa đổi bởi Luật 136/2025/QH15)', ' (amended by Law 136/2025/QH15)');

/** "Law on Complaints 2011 (amended by Law 136/2025/QH15), Art. 28" in both languages. */
export function cite(law: LocalizedText, articleVi: string, articleEn: string, amended = false): LocalizedText {
  return {
    vi: `${law.vi}${amended ? AMENDED_136.vi : ''}, ${articleVi}`,
    en: `${law.en}${amended ? AMENDED_136.en : ''}, ${articleEn}`,
  };
}
