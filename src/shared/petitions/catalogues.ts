/**
 * Code lists of petitions and matters, each with Vietnamese and English labels. They cover the national complaints
 * database's 14 catalogues (vn-kntc-systems.md §2.4; `NATIONAL_CATALOGUES` says where each one lives), so an export maps
 * one to one through a table of national codes, and every count of the statistics forms (statistics-forms.md) is a
 * count over these codes. Reception catalogues (session kinds, refusal grounds) are in shared/reception.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';

type Labels<T extends string> = Record<T, LocalizedText>;
const labels = <T extends string>(pairs: Record<T, readonly [string, string]>): Labels<T> =>
  Object.fromEntries(Object.entries<readonly [string, string]>(pairs).map(([k, [vi, en]]) => [k, { vi, en }])) as Labels<T>;

/** Content class of a petition and of each matter (rules C1). A citizen's kiến nghị is a `proposal` (glossary). */
export const CONTENT_CLASSES = ['complaint', 'denunciation', 'proposal', 'reflection'] as const;
export type ContentClass = (typeof CONTENT_CLASSES)[number];
export const CONTENT_CLASS_LABELS = labels<ContentClass>({
  complaint: ['Khiếu nại', 'Complaint'],
  denunciation: ['Tố cáo', 'Denunciation'],
  proposal: ['Kiến nghị', 'Proposal'],
  reflection: ['Phản ánh', 'Reflection'],
});

/** National catalogue 5 (nguồn đơn): how a petition came in (rules C; Decree 154/2026 Art. 6(3)). */
export const PETITION_CHANNELS = ['reception', 'post', 'online', 'transfer', 'hand-delivered', 'other'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];
export const PETITION_CHANNEL_LABELS = labels<PetitionChannel>({
  reception: ['Tiếp công dân trực tiếp', 'In person at reception'],
  post: ['Qua dịch vụ bưu chính', 'By post'],
  online: ['Trực tuyến', 'Online'],
  transfer: ['Cơ quan, tổ chức, cá nhân khác chuyển đến', 'Transferred by another body'],
  'hand-delivered': ['Trao tay, gửi trực tiếp không qua tiếp công dân', 'Handed in, not at a reception'],
  other: ['Nguồn khác', 'Other'],
});

/**
 * Field (lĩnh vực) of a matter: the columns of 02/XLD (complaints: 10–15), 03/XLD (denunciations: 10–17) and 04/XLD
 * (proposals and reflections: 9–12). `group: 'administrative'` rolls up into the "Lĩnh vực hành chính" total.
 */
export const MATTER_FIELDS = [
  'policies-regimes',
  'land-housing',
  'civil-service',
  'administrative-other',
  'corruption',
  'judicial',
  'party-mass-organisations',
  'other',
] as const;
export type MatterField = (typeof MATTER_FIELDS)[number];
export const MATTER_FIELD_LABELS = labels<MatterField>({
  'policies-regimes': ['Chế độ, chính sách', 'Policies and regimes'],
  'land-housing': ['Đất đai, nhà cửa', 'Land and housing'],
  'civil-service': ['Công chức, công vụ', 'Civil service'],
  'administrative-other': ['Hành chính khác', 'Other administrative'],
  corruption: ['Tham nhũng', 'Corruption'],
  judicial: ['Tư pháp', 'Judicial'],
  'party-mass-organisations': ['Đảng, đoàn thể', 'Party and mass organisations'],
  other: ['Lĩnh vực khác', 'Other fields'],
});
export const ADMINISTRATIVE_FIELDS: readonly MatterField[] = ['policies-regimes', 'land-housing', 'civil-service', 'administrative-other'];
/** The fields each class is counted under (02/XLD, 03/XLD, 04/XLD of Circular 01/2024). */
export const FIELDS_BY_CLASS: Record<ContentClass, readonly MatterField[]> = {
  complaint: ['policies-regimes', 'land-housing', 'administrative-other', 'judicial', 'party-mass-organisations', 'other'],
  denunciation: [...MATTER_FIELDS],
  proposal: ['policies-regimes', 'land-housing', 'judicial', 'other'],
  reflection: ['policies-regimes', 'land-housing', 'judicial', 'other'],
};

/** National catalogue 9 (thẩm quyền giải quyết): the kind of body competent for a matter. */
export const COMPETENCE_KINDS = ['administrative', 'judicial', 'party', 'elected-body', 'mass-organisation', 'other'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];
export const COMPETENCE_KIND_LABELS = labels<CompetenceKind>({
  administrative: ['Cơ quan hành chính các cấp', 'State administrative bodies'],
  judicial: ['Cơ quan tư pháp các cấp', 'Judicial bodies'],
  party: ['Cơ quan Đảng', 'Party bodies'],
  'elected-body': ['Cơ quan dân cử', 'Elected bodies'],
  'mass-organisation': ['Mặt trận, tổ chức chính trị - xã hội', 'Front and socio-political organisations'],
  other: ['Khác', 'Other'],
});

/** The five reasons a petition is not eligible for handling (rules C2; Circular 05/2021/TT-TTCP, Art. 6(2)(b)). */
export const INELIGIBILITY_REASONS = ['missing-elements', 'sent-to-several-bodies', 'already-guided', 'improper-content', 'illegible'] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];
export const INELIGIBILITY_REASON_LABELS = labels<IneligibilityReason>({
  'missing-elements': ['Không đáp ứng các yêu cầu của đơn đủ điều kiện xử lý', 'Does not meet the requirements of an eligible petition'],
  'sent-to-several-bodies': ['Đơn gửi nhiều nơi, trong đó có cơ quan có thẩm quyền', 'Sent to several bodies, including the competent one'],
  'already-guided': ['Đã được hướng dẫn một lần về cùng nội dung', 'Already guided once on the same content'],
  'improper-content': [
    'Nội dung chống phá đường lối của Đảng, chính sách của Nhà nước, kích động, xúc phạm, vu khống',
    "Opposes the Party's line or State policy, incites division, or is abusive or defamatory",
  ],
  illegible: ['Đơn bị rách, mất chữ, tẩy xóa, không đọc được', 'Torn, erased or illegible'],
});

/**
 * National catalogue 13 (hướng xử lý): the direction a matter takes when handled (rules C4). `urge` = đôn đốc, for a
 * matter a subordinate is overdue on (Circular 05/2021 Art. 14(2)); statistics count guided / transferred / urged.
 */
export const HANDLING_DIRECTIONS = ['accept', 'transfer', 'guide', 'urge', 'return', 'reject', 'file', 'refuse-reception'] as const;
export type HandlingDirection = (typeof HANDLING_DIRECTIONS)[number];
export const HANDLING_DIRECTION_LABELS = labels<HandlingDirection>({
  accept: ['Thụ lý', 'Accept'],
  transfer: ['Chuyển đơn', 'Transfer'],
  guide: ['Hướng dẫn', 'Guide'],
  urge: ['Đôn đốc giải quyết', 'Urge resolution'],
  return: ['Trả lại đơn và giấy tờ', 'Return the petition and papers'],
  reject: ['Không thụ lý', 'Not accepted'],
  file: ['Lưu đơn', 'File away'],
  'refuse-reception': ['Từ chối tiếp', 'Refuse reception'],
});

/** National catalogue 10 (loại kết quả giải quyết) and rule D6: the outcome of a resolved matter. */
export const RESOLUTION_OUTCOMES = ['correct', 'partly-correct', 'wrong', 'withdrawn', 'terminated', 'answered'] as const;
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];
export const RESOLUTION_OUTCOME_LABELS = labels<ResolutionOutcome>({
  correct: ['Đúng', 'Correct'],
  'partly-correct': ['Có đúng, có sai (đúng một phần)', 'Partly correct'],
  wrong: ['Sai', 'Wrong'],
  withdrawn: ['Rút đơn (qua giải thích, thuyết phục)', 'Withdrawn'],
  terminated: ['Đình chỉ', 'Terminated'],
  answered: ['Đã trả lời (kiến nghị, phản ánh)', 'Answered (proposal, reflection)'],
});
/** What a second-time complaint decision does to the first (01/KQGQ columns 23–24). */
export const SECOND_TIME_RESULTS = ['upheld', 'annulled-or-amended'] as const;
export type SecondTimeResult = (typeof SECOND_TIME_RESULTS)[number];
export const SECOND_TIME_RESULT_LABELS = labels<SecondTimeResult>({
  upheld: ['Công nhận quyết định giải quyết lần đầu', 'First decision upheld'],
  'annulled-or-amended': ['Hủy, sửa quyết định giải quyết lần đầu', 'First decision annulled or amended'],
});

/** National catalogue 8 (loại quyết định giải quyết), also the kind of an earlier resolution by another body. */
export const DECISION_KINDS = [
  'complaint-first',
  'complaint-second',
  'denunciation-conclusion',
  'written-answer',
  'court-judgment',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_LABELS = labels<DecisionKind>({
  'complaint-first': ['Quyết định giải quyết khiếu nại lần đầu', 'First-time complaint decision'],
  'complaint-second': ['Quyết định giải quyết khiếu nại lần hai', 'Second-time complaint decision'],
  'denunciation-conclusion': ['Kết luận nội dung tố cáo', 'Denunciation conclusion'],
  'written-answer': ['Văn bản trả lời', 'Written answer'],
  'court-judgment': ['Bản án, quyết định của Tòa án', 'Court judgment or decision'],
});

/** National catalogue 11 (loại giấy tờ): the identity document a citizen shows (Decree 154/2026 Art. 12(1)). */
export const IDENTITY_DOCUMENT_KINDS = ['citizen-id', 'identity-card', 'identity-certificate', 'personal-id-number', 'passport', 'other'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];
export const IDENTITY_DOCUMENT_KIND_LABELS = labels<IdentityDocumentKind>({
  'citizen-id': ['Căn cước công dân / Thẻ căn cước', 'Citizen identity card'],
  'identity-card': ['Chứng minh nhân dân', 'Identity card (old)'],
  'identity-certificate': ['Giấy chứng nhận căn cước', 'Identity certificate'],
  'personal-id-number': ['Số định danh cá nhân', 'Personal identification number'],
  passport: ['Hộ chiếu', 'Passport'],
  other: ['Giấy tờ khác', 'Other document'],
});

/** National catalogue 14 (bước giải quyết): the step each action records (resolution-step column of an export). */
export const RESOLUTION_STEPS = [
  'handling', 'acceptance', 'verification', 'complexity', 'extension', 'suspension', 'continuation', 'dialogue',
  'withdrawal', 'termination', 'decision', 'notification', 'enforcement', 'escalation',
] as const;
export type ResolutionStep = (typeof RESOLUTION_STEPS)[number];
export const RESOLUTION_STEP_LABELS = labels<ResolutionStep>({
  handling: ['Xử lý đơn', 'Handling'],
  acceptance: ['Thụ lý', 'Acceptance'],
  verification: ['Xác minh', 'Verification'],
  complexity: ['Xác định vụ việc phức tạp', 'Complexity determination'],
  extension: ['Gia hạn', 'Extension'],
  suspension: ['Tạm đình chỉ', 'Suspension'],
  continuation: ['Tiếp tục giải quyết', 'Continuation'],
  dialogue: ['Đối thoại', 'Dialogue'],
  withdrawal: ['Rút đơn', 'Withdrawal'],
  termination: ['Đình chỉ', 'Termination'],
  decision: ['Ban hành quyết định, kết luận', 'Decision or conclusion'],
  notification: ['Gửi, thông báo, công khai', 'Sending, notice, publication'],
  enforcement: ['Thi hành', 'Enforcement'],
  escalation: ['Tố cáo tiếp', 'Further denunciation'],
});

/** Grounds to terminate (đình chỉ) other than withdrawal (Law 136/2025 new Art. 11a; Law on Denunciations Art. 34). */
export const TERMINATION_GROUNDS = ['person-died', 'organisation-dissolved', 'other'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];
export const TERMINATION_GROUND_LABELS = labels<TerminationGround>({
  'person-died': ['Cá nhân chết mà không có người thừa kế quyền, nghĩa vụ', 'The person died without successors to the rights'],
  'organisation-dissolved': ['Tổ chức giải thể, phá sản mà không có tổ chức kế thừa', 'The organisation was dissolved without a successor'],
  other: ['Căn cứ khác theo quy định', 'Another legal ground'],
});

/** Who filed: one person, several (many signers), or an organisation (rules C7; 2021 forms split one / many signers). */
export const FILER_KINDS = ['individual', 'many', 'organisation'] as const;
export type FilerKind = (typeof FILER_KINDS)[number];
export const FILER_KIND_LABELS = labels<FilerKind>({
  individual: ['Cá nhân', 'One person'],
  many: ['Nhiều người cùng đứng tên', 'Many signers'],
  organisation: ['Cơ quan, tổ chức', 'Organisation'],
});

/**
 * The national database's 14 catalogues (LoaiDanhMuc 1–14) and where each one lives here: a code list above, the
 * organisation graph, or reference data to import (not typed: they are long national lists kept by others).
 */
export const NATIONAL_CATALOGUES = [
  { no: 1, vi: 'Địa giới hành chính', en: 'Administrative boundaries', here: 'org-units (kind province/commune…, GSO code)' },
  { no: 2, vi: 'Cơ quan hành chính', en: 'Administrative bodies', here: 'org-units' },
  { no: 3, vi: 'Quốc gia', en: 'Countries', here: 'reference data: ISO 3166-1 alpha-2 (Citizen.nationality)' },
  { no: 4, vi: 'Dân tộc', en: 'Ethnic groups', here: 'reference data: the 54 ethnic groups, national codes (Citizen.ethnicity)' },
  { no: 5, vi: 'Nguồn đơn', en: 'Petition source', here: 'PETITION_CHANNELS' },
  { no: 6, vi: 'Loại khiếu tố', en: 'Complaint/denunciation type', here: 'CONTENT_CLASSES × MATTER_FIELDS' },
  { no: 7, vi: 'Đơn vị trực thuộc', en: 'Affiliated units', here: 'org-units (children)' },
  { no: 8, vi: 'Loại quyết định giải quyết', en: 'Decision type', here: 'DECISION_KINDS' },
  { no: 9, vi: 'Thẩm quyền giải quyết', en: 'Competence', here: 'COMPETENCE_KINDS' },
  { no: 10, vi: 'Loại kết quả giải quyết', en: 'Resolution outcome', here: 'RESOLUTION_OUTCOMES, SECOND_TIME_RESULTS' },
  { no: 11, vi: 'Loại giấy tờ', en: 'Document type', here: 'IDENTITY_DOCUMENT_KINDS' },
  { no: 12, vi: 'Loại rà soát đơn', en: 'Petition review type', here: 'INELIGIBILITY_REASONS (meaning unconfirmed; see report)' },
  { no: 13, vi: 'Hướng xử lý', en: 'Handling direction', here: 'HANDLING_DIRECTIONS' },
  { no: 14, vi: 'Bước giải quyết', en: 'Resolution step', here: 'RESOLUTION_STEPS' },
] as const;
