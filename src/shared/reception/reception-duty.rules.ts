/**
 * The heads' reception duty (rules F4): the minimum days a head must receive citizens, as the rule stood on each
 * date, against the days actually held. A versioned table, so an amendment is a new row.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import { daysInMonth, parseIsoDate, toIsoDate, type IsoDate } from '../calendar/iso-date';
import type { Presider, ReceptionKind } from './reception-catalogues';

export const HEAD_KINDS = [
  'province-committee-chair', 'district-committee-chair', 'commune-committee-chair', 'agency-head',
  'province-party-secretary', 'district-party-secretary', 'commune-party-secretary',
] as const;
export type HeadKind = (typeof HEAD_KINDS)[number];

export interface DutyRule {
  head: HeadKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  days: number;
  per: 'month' | 'week';
  /** A session held by an authorised deputy counts toward the head's duty. */
  deputyCounts: boolean;
  source: LocalizedText;
}

const l = (vi: string, en: string): LocalizedText => ({ vi, en });
const LAW = (art: string, artEn: string) => l(`Luật Tiếp công dân 2013, ${art}`, `Law on Citizen Reception 2013, ${artEn}`);
const LAW_2026 = l('Luật 136/2025/QH15 (sửa Luật Tiếp công dân); Nghị định 154/2026/NĐ-CP, Điều 25', 'Law 136/2025/QH15 (amending the Law on Citizen Reception); Decree 154/2026/NĐ-CP, Art. 25');
const REG_11 = l('Quy định 11-QĐi/TW ngày 18/02/2019', 'Regulation 11-QĐi/TW of 18 Feb 2019');
const KL_215 = l('Quy định 11-QĐi/TW, sửa đổi bởi Kết luận 215-KL/TW ngày 23/11/2025', 'Regulation 11-QĐi/TW as amended by Conclusion 215-KL/TW of 23 Nov 2025');
const START = '2014-07-01';
const RULES_2026 = '2026-07-01';

/**
 * The rows (rules F4). State heads: until 30 June 2026 an authorised deputy's session counts (01/TCD counts it as the
 * head's reception, "ủy quyền tiếp"); from 1 July 2026 delegation does not satisfy the duty. Party heads receive in
 * person (Regulation 11-QĐi/TW: "trực tiếp"); deputies never count. District heads end with the district level
 * (30 June 2025).
 */
export const DUTY_RULES: readonly DutyRule[] = [
  { head: 'province-committee-chair', validFrom: START, validTo: '2026-06-30', days: 1, per: 'month', deputyCounts: true, source: LAW('Điều 12 khoản 5', 'Art. 12(5)') },
  { head: 'province-committee-chair', validFrom: RULES_2026, validTo: null, days: 1, per: 'month', deputyCounts: false, source: LAW_2026 },
  { head: 'district-committee-chair', validFrom: START, validTo: '2025-06-30', days: 2, per: 'month', deputyCounts: true, source: LAW('Điều 13 khoản 5', 'Art. 13(5)') },
  { head: 'commune-committee-chair', validFrom: START, validTo: '2026-06-30', days: 1, per: 'week', deputyCounts: true, source: LAW('Điều 15 khoản 2 điểm d', 'Art. 15(2)(d)') },
  { head: 'commune-committee-chair', validFrom: RULES_2026, validTo: null, days: 2, per: 'month', deputyCounts: false, source: LAW_2026 },
  { head: 'agency-head', validFrom: START, validTo: '2026-06-30', days: 1, per: 'month', deputyCounts: true, source: LAW('Điều 18 khoản 2', 'Art. 18(2)') },
  { head: 'agency-head', validFrom: RULES_2026, validTo: null, days: 1, per: 'month', deputyCounts: false, source: LAW_2026 },
  { head: 'province-party-secretary', validFrom: '2019-02-18', validTo: null, days: 1, per: 'month', deputyCounts: false, source: REG_11 },
  { head: 'district-party-secretary', validFrom: '2019-02-18', validTo: '2025-06-30', days: 1, per: 'month', deputyCounts: false, source: REG_11 },
  { head: 'commune-party-secretary', validFrom: '2019-02-18', validTo: '2025-11-22', days: 2, per: 'month', deputyCounts: false, source: REG_11 },
  { head: 'commune-party-secretary', validFrom: '2025-11-23', validTo: null, days: 2, per: 'month', deputyCounts: false, source: KL_215 },
];

/** A head's session as the duty check reads it. */
export interface DutySession {
  date: IsoDate;
  kind: ReceptionKind;
  presidedBy: Presider;
}

export interface DutyMonth {
  month: string;
  required: number;
  held: number;
  /** Days (or, for a weekly duty, week-days) missing; 0 = duty met. */
  shortfall: number;
  /** Sessions by a deputy that did not count (rules F2 under the 2026 rules). */
  deputyNotCounted: number;
  rules: { per: 'month' | 'week'; days: number; source: LocalizedText }[];
}

const inForce = (r: DutyRule, date: IsoDate) => date >= r.validFrom && (r.validTo === null || date <= r.validTo);
const ruleOn = (head: HeadKind, date: IsoDate) => DUTY_RULES.find((r) => r.head === head && inForce(r, date)) ?? null;

/** The Thursday of the week (Monday–Sunday) holding `day`: a week belongs to the month of its Thursday (ISO 8601). */
function thursdayOf(day: number): number {
  const fromMonday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 (epoch day 0) was a Thursday
  return day - fromMonday + 3;
}

/**
 * Required against held reception days of one head in one month (`YYYY-MM`), as the rule stood on each date (rules
 * F4): a monthly duty by the rule in force on the month's first day; a weekly duty week by week (each week in the month
 * of its Thursday), by the rule in force on that Thursday. Periodic and unscheduled sessions presided by the head count;
 * a deputy's only where the rule of that day lets delegation count; several sessions on one day are one day.
 */
export function checkReceptionDuty(head: HeadKind, month: string, sessions: readonly DutySession[]): DutyMonth {
  const first = parseIsoDate(`${month}-01`)!;
  const next = first + daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  let deputyNotCounted = 0;
  const heldDays = new Set<number>();
  for (const s of sessions) {
    const day = parseIsoDate(s.date)!;
    if (s.kind === 'regular' || s.presidedBy === 'officer') continue;
    const rule = ruleOn(head, s.date);
    if (s.presidedBy === 'deputy' && !rule?.deputyCounts) {
      if (day >= first && day < next) deputyNotCounted += 1;
      continue;
    }
    heldDays.add(day);
  }
  const rules = new Map<DutyRule, number>();
  let required = 0;
  let shortfall = 0;
  const monthly = ruleOn(head, toIsoDate(first));
  if (monthly?.per === 'month') {
    const held = [...heldDays].filter((d) => d >= first && d < next).length;
    required += monthly.days;
    shortfall += Math.max(0, monthly.days - held);
    rules.set(monthly, 1);
  }
  const firstThursday = thursdayOf(first) < first ? thursdayOf(first) + 7 : thursdayOf(first);
  for (let thursday = firstThursday; thursday < next; thursday += 7) {
    const rule = ruleOn(head, toIsoDate(thursday));
    if (rule?.per !== 'week') continue;
    const held = [...heldDays].filter((d) => d >= thursday - 3 && d <= thursday + 3).length;
    required += rule.days;
    shortfall += Math.max(0, rule.days - held);
    rules.set(rule, 1);
  }
  const held = [...heldDays].filter((d) => d >= first && d < next).length;
  return { month, required, held, shortfall, deputyNotCounted, rules: [...rules.keys()].map((r) => ({ per: r.per, days: r.days, source: r.source })) };
}
