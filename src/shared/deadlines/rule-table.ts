/**
 * The statutory time limits as versioned data (rules A, C–F, J). A future amendment is a new row, not a code change.
 * The rule set is chosen by the date of the event that starts the clock (rules A1).
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import type { IsoDate } from '../calendar/iso-date';
import { RULE_IDS, type Rule, type RuleId } from './deadlines.schemas';

/** Law 136/2025/QH15 and Decrees 154, 155, 156/2026 are in force from this date. */
export const RULES_2026_FROM = '2026-07-01';
const RULES_2021_TO = '2026-06-30';

const src = (vi: string, en: string): LocalizedText => ({ vi, en });

const LAW_COMPLAINTS = src('Luật Khiếu nại 2011', 'Law on Complaints 2011');
const LAW_DENUNCIATIONS = src('Luật Tố cáo 2018', 'Law on Denunciations 2018');
const AMENDED_136 = src(' (sửa đổi bởi Luật 136/2025/QH15)', ' (amended by Law 136/2025/QH15)');

function cite(law: LocalizedText, articleVi: string, articleEn: string, amended = false): LocalizedText {
  return {
    vi: `${law.vi}${amended ? AMENDED_136.vi : ''}, ${articleVi}`,
    en: `${law.en}${amended ? AMENDED_136.en : ''}, ${articleEn}`,
  };
}

type RuleRow = Omit<Rule, 'ruleSet' | 'validTo'>;

/** 2021 rules: Laws 42/2013, 02/2011, 25/2018; Decrees 64/2014, 124/2020, 31/2019; Circulars 04/2021, 05/2021. */
const RULES_2021: readonly RuleRow[] = [
  {
    id: 'petition.handling',
    validFrom: '2014-07-01',
    title: src('Xử lý đơn (phân loại, quyết định hướng xử lý)', 'Handle a received petition (classify and decide)'),
    source: src(
      'Thông tư 05/2021/TT-TTCP (mức 10 ngày làm việc thường áp dụng; chưa xác minh điều khoản)',
      'Circular 05/2021/TT-TTCP (commonly applied 10 working days; article not verified)',
    ),
    startEvent: 'receipt', unit: 'working', count: 10, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'reception.refusal-notice',
    validFrom: '2014-07-01',
    title: src('Thông báo từ chối tiếp công dân', 'Written notice refusing reception'),
    source: src(
      'Luật Tiếp công dân 2013, Điều 9; Thông tư 04/2021/TT-TTCP (Mẫu 01/TCD)',
      'Law on Citizen Reception 2013, Art. 9; Circular 04/2021/TT-TTCP (form 01/TCD)',
    ),
    startEvent: 'refusal-grounds', unit: 'working', count: 3, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.filing',
    validFrom: '2012-07-01',
    title: src('Thời hiệu khiếu nại', 'Complaint filing limit'),
    source: cite(LAW_COMPLAINTS, 'Điều 9', 'Art. 9'),
    startEvent: 'learned-of-act', unit: 'calendar', count: 90, variants: [], extension: null,
    pausable: true,
    pauseSource: src(
      'Luật Khiếu nại 2011, Điều 9 (thời gian có trở ngại khách quan không tính vào thời hiệu)',
      'Law on Complaints 2011, Art. 9 (time lost to objective obstacles is not counted)',
    ),
  },
  {
    id: 'complaint.acceptance',
    validFrom: '2012-07-01',
    title: src('Thụ lý giải quyết khiếu nại', 'Accept a complaint'),
    source: src(
      'Luật Khiếu nại 2011, Điều 27, 36; Thông tư 07/2013/TT-TTCP, Điều 5 (sửa đổi bởi Thông tư 02/2016/TT-TTCP)',
      'Law on Complaints 2011, Arts. 27, 36; Circular 07/2013/TT-TTCP, Art. 5 (amended by Circular 02/2016/TT-TTCP)',
    ),
    startEvent: 'receipt', unit: 'working', count: 10, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.resolution',
    validFrom: '2012-07-01',
    title: src('Giải quyết khiếu nại', 'Resolve a complaint'),
    source: cite(LAW_COMPLAINTS, 'Điều 28', 'Art. 28'),
    startEvent: 'acceptance', unit: 'calendar', count: 30,
    variants: [
      { when: ['complex'], count: 45 },
      { when: ['remote'], count: 45 },
      { when: ['complex', 'remote'], count: 60 },
      { when: ['secondTime'], count: 45, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'complex'], count: 60, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'remote'], count: 60, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
      { when: ['secondTime', 'complex', 'remote'], count: 70, source: cite(LAW_COMPLAINTS, 'Điều 37', 'Art. 37') },
    ],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.second-filing',
    validFrom: '2012-07-01',
    title: src('Thời hạn khiếu nại lần hai', 'Window for a second complaint'),
    source: cite(LAW_COMPLAINTS, 'Điều 33', 'Art. 33'),
    startEvent: 'decision-received', unit: 'calendar', count: 30,
    variants: [{ when: ['remote'], count: 45 }],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.send-decision',
    validFrom: '2012-07-01',
    title: src('Gửi quyết định giải quyết khiếu nại', 'Send the complaint decision'),
    source: cite(LAW_COMPLAINTS, 'Điều 32', 'Art. 32'),
    startEvent: 'decision', unit: 'working', count: 3,
    variants: [
      {
        when: ['secondTime'], count: 7, unit: 'calendar',
        source: src('Thông tư 07/2013/TT-TTCP, Điều 22', 'Circular 07/2013/TT-TTCP, Art. 22'),
      },
    ],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.publish',
    validFrom: '2012-07-01',
    title: src('Công khai quyết định giải quyết khiếu nại', 'Publish the complaint decision'),
    source: src(
      'Nghị định 124/2020/NĐ-CP (công khai quyết định giải quyết khiếu nại; chưa xác minh điều khoản)',
      'Decree 124/2020/NĐ-CP (publication of complaint decisions; article not verified)',
    ),
    startEvent: 'decision', unit: 'calendar', count: 15, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'complaint.enforcement',
    validFrom: '2012-07-01',
    title: src('Chỉ đạo thi hành quyết định giải quyết khiếu nại có hiệu lực', 'Direct enforcement of the effective decision'),
    source: src('Nghị định 124/2020/NĐ-CP, Điều 31', 'Decree 124/2020/NĐ-CP, Art. 31'),
    startEvent: 'effect', unit: 'working', count: 5, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.initial-handling',
    validFrom: '2019-01-01',
    title: src('Tiếp nhận, xử lý ban đầu tố cáo', 'Initial handling of a denunciation (register, classify, verify identity)'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 24 khoản 1', 'Art. 24(1)'),
    startEvent: 'receipt', unit: 'working', count: 7,
    variants: [{ when: ['withReason'], count: 10 }],
    extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.transfer',
    validFrom: '2019-01-01',
    title: src('Chuyển tố cáo không thuộc thẩm quyền', 'Transfer a denunciation outside competence'),
    source: src(
      'Luật Tố cáo 2018, Điều 24 khoản 2; Thông tư 05/2021/TT-TTCP, Điều 14',
      'Law on Denunciations 2018, Art. 24(2); Circular 05/2021/TT-TTCP, Art. 14',
    ),
    startEvent: 'receipt', unit: 'working', count: 5, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.notify',
    validFrom: '2019-01-01',
    title: src('Thông báo việc thụ lý tố cáo', 'Notify the parties of acceptance'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 29', 'Art. 29'),
    startEvent: 'acceptance', unit: 'working', count: 5, variants: [], extension: null, pausable: false, pauseSource: null,
  },
  {
    id: 'denunciation.resolution',
    validFrom: '2019-01-01',
    title: src('Giải quyết tố cáo', 'Resolve a denunciation'),
    source: cite(LAW_DENUNCIATIONS, 'Điều 30', 'Art. 30'),
    startEvent: 'acceptance', unit: 'calendar', count: 30, variants: [],
    extension: {
      daysPerExtension: 30,
      maxExtensions: 2,
      source: src('Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3', 'Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP, Art. 3'),
    },
    pausable: true,
    pauseSource: src('Luật Tố cáo 2018, Điều 31 (tạm đình chỉ giải quyết tố cáo)', 'Law on Denunciations 2018, Art. 31 (suspension)'),
  },
];

/** What the 2026 rules change; every other field is "same" as in 2021 (rules.md § J). */
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
    pauseSource: src(
      'Nghị định 155/2026/NĐ-CP, Điều 28b; Luật 136/2025/QH15 (Điều 11a mới)',
      'Decree 155/2026/NĐ-CP, Art. 28b; Law 136/2025/QH15 (new Art. 11a)',
    ),
  },
  'complaint.second-filing': { source: cite(LAW_COMPLAINTS, 'Điều 33', 'Art. 33', true) },
  'complaint.send-decision': { source: cite(LAW_COMPLAINTS, 'Điều 32', 'Art. 32', true) },
  'complaint.enforcement': {
    source: src(
      'Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP), Điều 31',
      'Decree 124/2020/NĐ-CP (amended by Decree 155/2026/NĐ-CP), Art. 31',
    ),
  },
  'denunciation.initial-handling': { source: cite(LAW_DENUNCIATIONS, 'Điều 24 khoản 1', 'Art. 24(1)', true) },
  'denunciation.notify': { source: cite(LAW_DENUNCIATIONS, 'Điều 29', 'Art. 29', true) },
  'denunciation.resolution': {
    source: cite(LAW_DENUNCIATIONS, 'Điều 30', 'Art. 30', true),
    extension: {
      daysPerExtension: 30,
      maxExtensions: 2,
      source: src(
        'Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP (sửa đổi bởi Nghị định 156/2026/NĐ-CP), Điều 3',
        'Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP (amended by Decree 156/2026/NĐ-CP), Art. 3',
      ),
    },
  },
};

/** Every rule version, 2021 and 2026 rule sets. */
export const RULE_TABLE: readonly Rule[] = [
  ...RULES_2021.map((row): Rule => ({ ...row, ruleSet: '2021', validTo: RULES_2021_TO })),
  ...RULES_2021.map((row): Rule => ({
    ...row,
    ...CHANGES_2026[row.id],
    ruleSet: '2026',
    validFrom: RULES_2026_FROM,
    validTo: null,
  })),
];

const BY_ID = new Map<string, Rule[]>(RULE_IDS.map((id) => [id, RULE_TABLE.filter((r) => r.id === id)]));

export function isRuleId(value: string): value is RuleId {
  return BY_ID.has(value);
}

/** Every version of one rule, oldest first. */
export function listRuleVersions(id: RuleId): readonly Rule[] {
  return BY_ID.get(id) ?? [];
}

/** The version of rule `id` in force on `date` (the date of the event that starts the clock; rules A1). */
export function findRuleVersion(id: string, date: IsoDate): Result<Rule> {
  const versions = BY_ID.get(id);
  if (!versions) return fail('UNKNOWN_RULE', `Unknown rule: ${id}`, { rule: id, known: [...RULE_IDS] });
  const version = versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
  if (!version) {
    return fail('DATE_OUT_OF_RANGE', `No version of ${id} is in force on ${date}`, {
      rule: id,
      date,
      validFrom: versions[0]?.validFrom,
    });
  }
  return succeed(version);
}
