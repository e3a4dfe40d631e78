/**
 * The 2026 rules as data: Law 136/2025/QH15 and Decrees 154, 155, 156/2026, in force from 1 July 2026 (rules A1).
 * Each 2021 rule carries over with what changed; rules that only exist from 2026 are listed separately.
 */
import type { RuleId } from './deadlines.schemas';
import { RULES_2021 } from './rule-table-2021';
import { cite, LAW_COMPLAINTS, LAW_DENUNCIATIONS, RULES_2026_FROM, src, type RuleRow } from './rule-rows';

/** Complaint suspension (rules B5): an article of Decree 124/2020 that Decree 155/2026 adds. */
const ART_28B = src(
  'Nghị định 124/2020/NĐ-CP, Điều 28b (bổ sung bởi Nghị định 155/2026/NĐ-CP, Điều 12)',
  'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)',
);

/** What the 2026 rules change in a 2021 rule; every other field is "same" (rules.md § J). */
const CHANGES_2026: Partial<Record<RuleId, Partial<RuleRow>>> = {
  'reception.refusal-notice': {
    source: src('Nghị định 154/2026/NĐ-CP, Điều 4 khoản 3', 'Decree 154/2026/NĐ-CP, Art. 4(3)'),
  },
  'complaint.filing': { source: cite(LAW_COMPLAINTS, 'Điều 9', 'Art. 9', true) },
  'complaint.acceptance': {
    count: 7,
    source: src(
      'Nghị định 155/2026/NĐ-CP, Điều 10 (sửa đổi Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP)',
      'Decree 155/2026/NĐ-CP, Art. 10 (amending Decree 124/2020/NĐ-CP, Art. 16(1))',
    ),
  },
  'complaint.resolution': {
    source: cite(LAW_COMPLAINTS, 'Điều 28', 'Art. 28', true),
    variants: RULES_2021.find((r) => r.id === 'complaint.resolution')!.variants.map((v) =>
      v.source ? { ...v, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37', true) } : v,
    ),
    pausable: true,
    pauseSource: src(`${ART_28B.vi}; Luật 136/2025/QH15 (Điều 11a mới)`, `${ART_28B.en}; Law 136/2025/QH15 (new Art. 11a)`),
    pauseTransition: src(
      'Nghị định 155/2026/NĐ-CP, Điều 22 khoản 1 (khiếu nại thụ lý trước ngày 01/07/2026, tạm đình chỉ từ ngày đó)',
      'Decree 155/2026/NĐ-CP, Art. 22(1) (a complaint accepted before 1 July 2026 and suspended from that date)',
    ),
  },
  'complaint.dialogue-notice': {
    source: src(
      'Nghị định 124/2020/NĐ-CP, Điều 28 khoản 1 (sửa đổi bởi Nghị định 155/2026/NĐ-CP)',
      'Decree 124/2020/NĐ-CP, Art. 28(1) (amended by Decree 155/2026/NĐ-CP)',
    ),
  },
  'complaint.second-filing': { source: cite(LAW_COMPLAINTS, 'Điều 33 khoản 1', 'Art. 33(1)', true) },
  'complaint.send-decision': {
    source: cite(LAW_COMPLAINTS, 'Điều 32', 'Art. 32', true),
    variants: [{ when: ['secondTime'], count: 7, unit: 'calendar', source: cite(LAW_COMPLAINTS, 'Điều 41 khoản 1', 'Art. 41(1)', true) }],
  },
  'complaint.publish': {
    source: src(
      'Luật Khiếu nại 2011 (sửa đổi bởi Luật 136/2025/QH15), Điều 41 khoản 2–3 (người giải quyết khiếu nại lần hai công khai quyết định); ' +
        'Nghị định 124/2020/NĐ-CP (mức 15 ngày; chưa xác minh điều khoản và việc áp dụng cho quyết định lần đầu)',
      'Law on Complaints 2011 (amended by Law 136/2025/QH15), Art. 41(2)–(3) (the second-time resolver publishes the decision); ' +
        'Decree 124/2020/NĐ-CP (the 15-day limit; article and application to first-time decisions not verified)',
    ),
  },
  // Decree 155/2026 does not amend Decree 124/2020 Art. 31 (enforcement): the 2021 citation carries over.
  'denunciation.initial-handling': { source: cite(LAW_DENUNCIATIONS, 'Điều 24 khoản 1', 'Art. 24(1)', true) },
  'denunciation.notify': { source: cite(LAW_DENUNCIATIONS, 'Điều 29', 'Art. 29', true) },
  // Decree 156/2026 does not amend Decree 31/2019 Art. 3 (complexity, extensions): the 2021 extension carries over.
  'denunciation.resolution': { source: cite(LAW_DENUNCIATIONS, 'Điều 30', 'Art. 30', true) },
};

/** Rules with no 2021 version: looking one up for an earlier date fails with DATE_OUT_OF_RANGE. */
const NEW_IN_2026: readonly RuleRow[] = [
  {
    id: 'reception.online-notice',
    validFrom: RULES_2026_FROM,
    title: src('Tiếp công dân trực tuyến: thông báo lịch tiếp', 'Online reception: notify the session schedule'),
    source: src('Nghị định 154/2026/NĐ-CP, Điều 23', 'Decree 154/2026/NĐ-CP, Art. 23'),
    startEvent: 'online-session', direction: 'before', unit: 'working', count: 5, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.suspension-notice',
    validFrom: RULES_2026_FROM,
    title: src(
      'Gửi quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết khiếu nại',
      'Send a suspension, termination or continuation decision',
    ),
    source: src(`${ART_28B.vi}; Luật 136/2025/QH15 (Điều 11a mới)`, `${ART_28B.en}; Law 136/2025/QH15 (new Art. 11a)`),
    startEvent: 'suspension-or-continuation', direction: 'after', unit: 'working', count: 3, variants: [], extension: null,
    pausable: false, pauseSource: null,
  },
];

export const RULES_2026: readonly RuleRow[] = [
  ...RULES_2021.map((row): RuleRow => ({ ...row, ...CHANGES_2026[row.id], validFrom: RULES_2026_FROM })),
  ...NEW_IN_2026,
];
