/**
 * Reception code lists (rules F) with Vietnamese and English labels: session kinds and forms, who presides, and the
 * grounds to refuse reception as each rule set lists them.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import type { IsoDate } from '../calendar/iso-date';

const l = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Regular duty at the reception place, or the head's periodic or unscheduled reception (rules F2; 01/TCD). */
export const RECEPTION_KINDS = ['regular', 'periodic', 'unscheduled'] as const;
export type ReceptionKind = (typeof RECEPTION_KINDS)[number];
export const RECEPTION_KIND_LABELS: Record<ReceptionKind, LocalizedText> = {
  regular: l('Tiếp thường xuyên', 'Regular reception'),
  periodic: l('Tiếp định kỳ của người đứng đầu', "Head's periodic reception"),
  unscheduled: l('Tiếp đột xuất của người đứng đầu', "Head's unscheduled reception"),
};

/** Direct or online reception (Law 136/2025 new Art. 3a, from 1 July 2026). */
export const RECEPTION_FORMS = ['in-person', 'online'] as const;
export type ReceptionForm = (typeof RECEPTION_FORMS)[number];
export const RECEPTION_FORM_LABELS: Record<ReceptionForm, LocalizedText> = {
  'in-person': l('Trực tiếp', 'In person'),
  online: l('Trực tuyến', 'Online'),
};

/** Who presided: 01/TCD splits the head's reception into "Thủ trưởng tiếp" and "Ủy quyền tiếp". */
export const PRESIDERS = ['officer', 'head', 'deputy'] as const;
export type Presider = (typeof PRESIDERS)[number];
export const PRESIDER_LABELS: Record<Presider, LocalizedText> = {
  officer: l('Cán bộ tiếp công dân', 'Reception officer'),
  head: l('Thủ trưởng tiếp', 'The head in person'),
  deputy: l('Ủy quyền tiếp', 'An authorised deputy'),
};

export interface RefusalGround {
  label: LocalizedText;
  source: LocalizedText;
  validFrom: IsoDate;
  /** A written refusal notice (Mẫu 01/TCD) within 3 working days (`reception.refusal-notice`). */
  noticeRequired: boolean;
}

const LAW_2014 = '2014-07-01';
const DECREE_154 = '2026-07-01';
const law9 = (n: number) => l(`Luật Tiếp công dân 2013, Điều 9 khoản ${n}`, `Law on Citizen Reception 2013, Art. 9(${n})`);
const d154 = (p: string) => l(`Nghị định 154/2026/NĐ-CP, Điều 4 khoản 1 điểm ${p}`, `Decree 154/2026/NĐ-CP, Art. 4(1)(${p})`);

/** Grounds to refuse reception (rules F5): Law 42/2013 Art. 9(1)–(3), and from 1 July 2026 Decree 154/2026 Art. 4(1). */
export const REFUSAL_GROUND_TABLE = {
  incapacitated: { label: l('Say do chất kích thích, bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức', 'Intoxicated or without the capacity to understand'), source: law9(1), validFrom: LAW_2014, noticeRequired: false },
  'threatening-or-disorderly': { label: l('Đe dọa, xúc phạm hoặc vi phạm nội quy nơi tiếp công dân', 'Threatening, insulting or breaking the rules of the reception place'), source: law9(2), validFrom: LAW_2014, noticeRequired: false },
  'persistent-after-resolution': { label: l('Vụ việc đã giải quyết đúng, đã được rà soát, thông báo, vẫn cố tình kéo dài', 'Already resolved properly, reviewed and notified, yet persisting'), source: law9(3), validFrom: LAW_2014, noticeRequired: true },
  weapons: { label: l('Mang vũ khí, vật liệu nổ, vật dụng nguy hiểm, không gửi lại', 'Carrying weapons or dangerous objects and not depositing them'), source: d154('a'), validFrom: DECREE_154, noticeRequired: false },
  'security-check-refused': { label: l('Không chấp hành kiểm tra an ninh', 'Refusing the security check'), source: d154('b'), validFrom: DECREE_154, noticeRequired: false },
  'unauthorised-recording': { label: l('Tự ý ghi âm, ghi hình, phát trực tiếp khi đã bị yêu cầu không làm', 'Recording or livestreaming after being asked not to'), source: d154('c'), validFrom: DECREE_154, noticeRequired: false },
  'inciting-disorder': { label: l('Kích động, lôi kéo, gây rối trật tự', 'Inciting or causing disorder'), source: d154('d'), validFrom: DECREE_154, noticeRequired: false },
  'no-legal-representative': { label: l('Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', 'Without full civil capacity and without a legal representative'), source: d154('đ'), validFrom: DECREE_154, noticeRequired: false },
  'representation-unproven': { label: l('Người đại diện không xuất trình được giấy tờ chứng minh', 'A representative who cannot prove the representation'), source: d154('e'), validFrom: DECREE_154, noticeRequired: false },
  'not-a-petition': { label: l('Nội dung không thuộc khiếu nại, tố cáo, kiến nghị, phản ánh', 'Not a complaint, denunciation, proposal or reflection'), source: d154('g'), validFrom: DECREE_154, noticeRequired: false },
  'answered-no-new-content': { label: l('Kiến nghị, phản ánh đã được trả lời đúng quy định, không có nội dung mới', 'A proposal or reflection already answered properly, with nothing new'), source: d154('h'), validFrom: DECREE_154, noticeRequired: true },
  'court-judgment-final': { label: l('Đã có bản án, quyết định của Tòa án có hiệu lực, không thuộc trường hợp xem xét lại', 'A final court judgment exists and is not open to review'), source: d154('i'), validFrom: DECREE_154, noticeRequired: false },
  'handled-elsewhere': { label: l('Đang được cơ quan có thẩm quyền khác thụ lý, giải quyết', 'Being handled by another competent body'), source: d154('k'), validFrom: DECREE_154, noticeRequired: false },
} as const satisfies Record<string, RefusalGround>;
export type RefusalGroundCode = keyof typeof REFUSAL_GROUND_TABLE;
export const REFUSAL_GROUNDS = Object.keys(REFUSAL_GROUND_TABLE) as [RefusalGroundCode, ...RefusalGroundCode[]];

/** Whether a ground could be invoked on `date` (the 2026 grounds did not exist before 1 July 2026). */
export const isRefusalGroundInForce = (ground: RefusalGroundCode, date: IsoDate): boolean => date >= REFUSAL_GROUND_TABLE[ground].validFrom;
