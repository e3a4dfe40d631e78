/**
 * Result unions of the petition, matter and reception rules. An expected refusal is returned, never thrown, and names
 * its legal source in both languages, so the server can answer 409 with it (and write nothing).
 */
import type { LocalizedText } from '../calendar/calendar.schemas';

/**
 * Codes the rules return. Each needs an entry in `APP_ERROR_CODES` (src/shared/errors.ts), a status in
 * server/http/problem.ts (409; `PETITION_INVALID` and `PETITION_NOT_ELIGIBLE`: 422) and messages in i18n/error-messages.ts.
 */
export const PETITION_RULE_CODES = [
  /** The action is not allowed on the matter as it stands (wrong state, class, order, once-only…). */
  'MATTER_ACTION_NOT_ALLOWED',
  /** A petition, turn or session breaks a rule of sections C or F (e.g. a group without representatives). */
  'PETITION_INVALID',
  /** Not eligible for handling, with the reason codes of rule C2 (the matter is filed, not refused with an error). */
  'PETITION_NOT_ELIGIBLE',
] as const;
export type PetitionRuleCode = (typeof PETITION_RULE_CODES)[number];

export interface RuleFailure<C extends string = PetitionRuleCode> {
  ok: false;
  code: C;
  /** Why, for the user, in both languages; it names the source too. */
  message: LocalizedText;
  /** The legal source of the rule that refused. */
  source: LocalizedText;
  /** Stable, machine-readable facts: `reason` (SCREAMING_SNAKE), and what the reason needs (dates, counts…). */
  details: { reason: string } & Record<string, unknown>;
}

export interface RuleSuccess<T> {
  ok: true;
  value: T;
}

export type RuleResult<T, C extends string = PetitionRuleCode> = RuleSuccess<T> | RuleFailure<C>;

export const ok = <T>(value: T): RuleSuccess<T> => ({ ok: true, value });

/** A legal source, written the way each language cites it. */
export interface Source {
  vi: string;
  en: string;
}

export const src = (vi: string, en: string): Source => ({ vi, en });

/** A refusal whose message ends with its source, so the reader always sees which rule speaks. */
export function refuse(
  reason: string,
  why: LocalizedText,
  source: Source,
  extra: Record<string, unknown> = {},
  code: PetitionRuleCode = 'MATTER_ACTION_NOT_ALLOWED',
): RuleFailure {
  return {
    ok: false,
    code,
    message: { vi: `${why.vi} (${source.vi}).`, en: `${why.en} (${source.en}).` },
    source: { vi: source.vi, en: source.en },
    details: { reason, ...extra },
  };
}

/** Sources cited by several rules. */
export const SOURCES = {
  lawReception: src('Luật Tiếp công dân 2013', 'Law on Citizen Reception 2013'),
  receptionArt9: src('Luật Tiếp công dân 2013, Điều 9', 'Law on Citizen Reception 2013, Art. 9'),
  receptionArt29: src('Luật Tiếp công dân 2013, Điều 29', 'Law on Citizen Reception 2013, Art. 29'),
  decree154Art4: src('Nghị định 154/2026/NĐ-CP, Điều 4 khoản 1', 'Decree 154/2026/NĐ-CP, Art. 4(1)'),
  decree154Art14: src('Nghị định 154/2026/NĐ-CP, Điều 14 khoản 4', 'Decree 154/2026/NĐ-CP, Art. 14(4)'),
  circular05Art6: src('Thông tư 05/2021/TT-TTCP, Điều 6', 'Circular 05/2021/TT-TTCP, Art. 6'),
  circular05Art14: src('Luật Tố cáo 2018, Điều 24; Thông tư 05/2021/TT-TTCP, Điều 14 khoản 1', 'Law on Denunciations 2018, Art. 24; Circular 05/2021/TT-TTCP, Art. 14(1)'),
  guideOnce: src('Thông tư 05/2021/TT-TTCP, Điều 6 khoản 2 điểm b và Điều 8 khoản 1', 'Circular 05/2021/TT-TTCP, Art. 6(2)(b) and Art. 8(1)'),
  anonymous: src('Luật Tố cáo 2018, Điều 25', 'Law on Denunciations 2018, Art. 25'),
  complaintsArt11: src('Luật Khiếu nại 2011, Điều 11', 'Law on Complaints 2011, Art. 11'),
  complaintsArt27: src('Luật Khiếu nại 2011, Điều 27 và 36', 'Law on Complaints 2011, Arts. 27 and 36'),
  complaintsArt28: src('Luật Khiếu nại 2011, Điều 28 và 37', 'Law on Complaints 2011, Arts. 28 and 37'),
  complaintsArt33: src('Luật Khiếu nại 2011, Điều 33 khoản 1', 'Law on Complaints 2011, Art. 33(1)'),
  complaintsWithdrawal: src(
    'Luật Khiếu nại 2011, Điều 10; Nghị định 124/2020/NĐ-CP, Điều 7a (bổ sung bởi Nghị định 155/2026/NĐ-CP)',
    'Law on Complaints 2011, Art. 10; Decree 124/2020/NĐ-CP, Art. 7a (added by Decree 155/2026/NĐ-CP)',
  ),
  complaintsDialogue: src('Luật Khiếu nại 2011, Điều 30 và 39', 'Law on Complaints 2011, Arts. 30 and 39'),
  complaintsDecision: src('Luật Khiếu nại 2011, Điều 31, 32, 40 và 41', 'Law on Complaints 2011, Arts. 31, 32, 40 and 41'),
  complaintsEnforcement: src('Luật Khiếu nại 2011, Điều 44; Nghị định 124/2020/NĐ-CP, Điều 31', 'Law on Complaints 2011, Art. 44; Decree 124/2020/NĐ-CP, Art. 31'),
  complex: src(
    'Nghị định 31/2019/NĐ-CP, Điều 3; Nghị định 124/2020/NĐ-CP, Điều 3a (bổ sung bởi Nghị định 155/2026/NĐ-CP)',
    'Decree 31/2019/NĐ-CP, Art. 3; Decree 124/2020/NĐ-CP, Art. 3a (added by Decree 155/2026/NĐ-CP)',
  ),
  denunciationsArt29: src('Luật Tố cáo 2018, Điều 29', 'Law on Denunciations 2018, Art. 29'),
  denunciationsArt30: src('Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3', 'Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP, Art. 3'),
  denunciationsArt33: src('Luật Tố cáo 2018, Điều 33', 'Law on Denunciations 2018, Art. 33'),
  denunciationsArt34: src('Luật Tố cáo 2018, Điều 34', 'Law on Denunciations 2018, Art. 34'),
  denunciationsArt35: src('Luật Tố cáo 2018, Điều 35 và 36', 'Law on Denunciations 2018, Arts. 35 and 36'),
  denunciationsArt37: src('Luật Tố cáo 2018, Điều 37', 'Law on Denunciations 2018, Art. 37'),
  denunciationsArt38: src('Luật Tố cáo 2018, Điều 38', 'Law on Denunciations 2018, Art. 38'),
  suspension: src(
    'Luật Tố cáo 2018, Điều 34; Nghị định 124/2020/NĐ-CP, Điều 28b (bổ sung bởi Nghị định 155/2026/NĐ-CP)',
    'Law on Denunciations 2018, Art. 34; Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP)',
  ),
  handling: src('Thông tư 05/2021/TT-TTCP, Điều 8–15', 'Circular 05/2021/TT-TTCP, Arts. 8–15'),
  urge: src('Thông tư 05/2021/TT-TTCP, Điều 14 khoản 2', 'Circular 05/2021/TT-TTCP, Art. 14(2)'),
} satisfies Record<string, Source>;
