/**
 * The matter lifecycle as data (rules C4–C5, D, E): for each action, the classes and statuses it applies to, the
 * status it leads to, the clock event it records (the input of `computeClocks`), its step and its legal source.
 * Guards that need more than this table live in matter-guards.rules.ts.
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import type { MatterEventType } from '../deadlines/matter-clocks.schemas';
import { CONTENT_CLASSES, type ContentClass, type HandlingDirection, type ResolutionStep } from './catalogues';
import type { MatterAction } from './matter-actions.schemas';
import type { MatterStatus } from './petitions.schemas';
import { src, SOURCES, type Source } from './rule-result';

export interface Transition {
  classes: readonly ContentClass[];
  from: readonly MatterStatus[];
  /** The status after the action (default: unchanged). */
  to?: MatterStatus;
  /** The clock event recorded, dated by the action (none: the action is kept in the history only). */
  event?: MatterEventType;
  step: ResolutionStep;
  /** The handling direction (national catalogue 13) the action records, for the handling forms (XLD). */
  direction?: HandlingDirection;
  source: Source;
  label: LocalizedText;
}

const ALL = CONTENT_CLASSES;
const DISPUTES: readonly ContentClass[] = ['complaint', 'denunciation'];
const COMPLAINT: readonly ContentClass[] = ['complaint'];
const DENUNCIATION: readonly ContentClass[] = ['denunciation'];
const ACTIVE: readonly MatterStatus[] = ['accepted', 'suspended'];
const l = (vi: string, en: string): LocalizedText => ({ vi, en });
const ACCEPT_SOURCE = src(
  'Luật Khiếu nại 2011, Điều 27 và 36; Luật Tố cáo 2018, Điều 29; Thông tư 05/2021/TT-TTCP, Điều 13',
  'Law on Complaints 2011, Arts. 27 and 36; Law on Denunciations 2018, Art. 29; Circular 05/2021/TT-TTCP, Art. 13',
);

export const TRANSITIONS: Record<MatterAction, Transition> = {
  accept: { classes: ALL, from: ['received'], to: 'accepted', event: 'accepted', step: 'acceptance', direction: 'accept', source: ACCEPT_SOURCE, label: l('thụ lý', 'accept') },
  reject: {
    classes: DISPUTES, from: ['received'], to: 'rejected', event: 'rejected', step: 'handling', direction: 'reject',
    source: src('Luật Khiếu nại 2011, Điều 11 và 27; Luật Tố cáo 2018, Điều 29', 'Law on Complaints 2011, Arts. 11 and 27; Law on Denunciations 2018, Art. 29'),
    label: l('không thụ lý', 'not accept'),
  },
  transfer: { classes: ALL, from: ['received'], to: 'transferred', event: 'transferred', step: 'handling', direction: 'transfer', source: SOURCES.circular05Art14, label: l('chuyển đơn', 'transfer') },
  guide: { classes: ALL, from: ['received'], to: 'guided', event: 'guided', step: 'handling', direction: 'guide', source: SOURCES.guideOnce, label: l('hướng dẫn', 'guide') },
  urge: { classes: ALL, from: ['received'], to: 'urged', step: 'handling', direction: 'urge', source: SOURCES.urge, label: l('đôn đốc giải quyết', 'urge resolution') },
  file: { classes: ALL, from: ['received'], to: 'filed', event: 'filed', step: 'handling', direction: 'file', source: SOURCES.circular05Art6, label: l('lưu đơn', 'file away') },
  'assign-verification': {
    classes: ALL, from: ['accepted'], step: 'verification',
    source: src('Luật Khiếu nại 2011, Điều 29; Luật Tố cáo 2018, Điều 31', 'Law on Complaints 2011, Art. 29; Law on Denunciations 2018, Art. 31'),
    label: l('giao xác minh', 'assign verification'),
  },
  'report-verification': {
    classes: ALL, from: ['accepted'], step: 'verification',
    source: src('Luật Khiếu nại 2011, Điều 29; Luật Tố cáo 2018, Điều 32', 'Law on Complaints 2011, Art. 29; Law on Denunciations 2018, Art. 32'),
    label: l('báo cáo kết quả xác minh', 'report the verification'),
  },
  'mark-complex': { classes: DISPUTES, from: ACTIVE, event: 'complexity-determined', step: 'complexity', source: SOURCES.complex, label: l('xác định vụ việc phức tạp', 'mark complex') },
  extend: { classes: DENUNCIATION, from: ['accepted'], event: 'extended', step: 'extension', source: SOURCES.denunciationsArt30, label: l('gia hạn', 'extend') },
  suspend: { classes: DISPUTES, from: ['accepted'], to: 'suspended', event: 'suspended', step: 'suspension', source: SOURCES.suspension, label: l('tạm đình chỉ', 'suspend') },
  continue: { classes: DISPUTES, from: ['suspended'], to: 'accepted', event: 'continued', step: 'continuation', source: SOURCES.suspension, label: l('tiếp tục giải quyết', 'continue') },
  'send-suspension-notice': {
    classes: DISPUTES, from: ['accepted', 'suspended', 'terminated', 'resolved'], event: 'suspension-notice-sent', step: 'notification', source: SOURCES.suspension,
    label: l('gửi quyết định tạm đình chỉ, tiếp tục, đình chỉ', 'send the suspension, continuation or termination decision'),
  },
  'notify-parties': {
    classes: DENUNCIATION, from: ['accepted', 'suspended', 'resolved'], event: 'notified', step: 'notification', source: SOURCES.denunciationsArt29,
    label: l('thông báo việc thụ lý', 'notify the parties of acceptance'),
  },
  'schedule-dialogue': { classes: COMPLAINT, from: ['accepted'], event: 'dialogue-scheduled', step: 'dialogue', source: SOURCES.complaintsDialogue, label: l('lên lịch đối thoại', 'schedule the dialogue') },
  'send-dialogue-notice': { classes: COMPLAINT, from: ACTIVE, event: 'dialogue-notice-sent', step: 'dialogue', source: SOURCES.complaintsDialogue, label: l('gửi thông báo đối thoại', 'send the dialogue notice') },
  'hold-dialogue': { classes: COMPLAINT, from: ['accepted'], step: 'dialogue', source: SOURCES.complaintsDialogue, label: l('tổ chức đối thoại', 'hold the dialogue') },
  resolve: {
    classes: ALL, from: ['accepted'], to: 'resolved', event: 'decided', step: 'decision',
    source: src('Luật Khiếu nại 2011, Điều 31 và 40; Luật Tố cáo 2018, Điều 35', 'Law on Complaints 2011, Arts. 31 and 40; Law on Denunciations 2018, Art. 35'),
    label: l('giải quyết', 'resolve'),
  },
  'send-decision': { classes: DISPUTES, from: ['resolved'], event: 'decision-sent', step: 'notification', source: SOURCES.complaintsDecision, label: l('gửi quyết định, kết luận', 'send the decision') },
  'publish-decision': { classes: COMPLAINT, from: ['resolved'], event: 'published', step: 'notification', source: SOURCES.complaintsDecision, label: l('công khai quyết định', 'publish the decision') },
  'record-decision-receipt': { classes: COMPLAINT, from: ['resolved'], event: 'decision-received', step: 'notification', source: SOURCES.complaintsArt33, label: l('ghi nhận ngày nhận quyết định', 'record the receipt of the decision') },
  'record-effect': {
    classes: DISPUTES, from: ['resolved'], event: 'decision-effective', step: 'enforcement',
    source: src('Luật Khiếu nại 2011, Điều 43', 'Law on Complaints 2011, Art. 43'), label: l('ghi nhận quyết định có hiệu lực', 'record the decision taking effect'),
  },
  'record-enforcement': { classes: DISPUTES, from: ['resolved'], event: 'enforcement-directed', step: 'enforcement', source: SOURCES.complaintsEnforcement, label: l('ghi nhận thi hành', 'record enforcement') },
  withdraw: { classes: ALL, from: ['received', 'accepted', 'suspended'], event: 'withdrawn', step: 'withdrawal', source: SOURCES.complaintsWithdrawal, label: l('rút đơn', 'withdraw') },
  terminate: {
    classes: DISPUTES, from: ACTIVE, to: 'terminated', event: 'terminated', step: 'termination',
    source: src('Luật 136/2025/QH15 (Điều 11a mới của Luật Khiếu nại); Luật Tố cáo 2018, Điều 34', 'Law 136/2025/QH15 (new Art. 11a of the Law on Complaints); Law on Denunciations 2018, Art. 34'),
    label: l('đình chỉ', 'terminate'),
  },
  escalate: { classes: DENUNCIATION, from: ['accepted', 'suspended', 'resolved'], event: 'escalated', step: 'escalation', source: SOURCES.denunciationsArt38, label: l('tố cáo tiếp khi quá hạn', 'escalate when overdue') },
  'request-report': { classes: DENUNCIATION, from: ['accepted', 'suspended', 'resolved'], event: 'report-requested', step: 'escalation', source: SOURCES.denunciationsArt38, label: l('yêu cầu báo cáo', 'request a report') },
  'receive-report-request': {
    classes: DENUNCIATION, from: ['accepted', 'suspended', 'resolved'], event: 'report-request-received', step: 'escalation', source: SOURCES.denunciationsArt38,
    label: l('ghi nhận ngày nhận yêu cầu báo cáo', 'record the receipt of the report request'),
  },
  'submit-report': { classes: DENUNCIATION, from: ['accepted', 'suspended', 'resolved'], event: 'report-submitted', step: 'escalation', source: SOURCES.denunciationsArt38, label: l('gửi báo cáo', 'submit the report') },
  'further-denounce': { classes: DENUNCIATION, from: ['resolved'], event: 'further-denounced', step: 'escalation', source: SOURCES.denunciationsArt37, label: l('tố cáo tiếp sau khi có kết luận', 'further denunciation after the conclusion') },
  'review-further': { classes: DENUNCIATION, from: ['resolved'], event: 'further-reviewed', step: 'escalation', source: SOURCES.denunciationsArt37, label: l('xem xét tố cáo tiếp', 'review the further denunciation') },
  'record-second-complaint': {
    classes: COMPLAINT, from: ['accepted', 'suspended', 'resolved'], event: 'second-complaint-received', step: 'notification', source: SOURCES.complaintsArt33,
    label: l('ghi nhận khiếu nại lần hai', 'record the second-time complaint'),
  },
  'record-transfer-reply': {
    classes: ALL, from: ['transferred'], step: 'handling', source: src('Thông tư 05/2021/TT-TTCP, Điều 14', 'Circular 05/2021/TT-TTCP, Art. 14'),
    label: l('ghi nhận văn bản phúc đáp', 'record the reply to the transfer'),
  },
};

export const MATTER_STATUS_LABELS: Record<MatterStatus, LocalizedText> = {
  received: l('đã tiếp nhận, đang xử lý đơn', 'received, being handled'),
  accepted: l('đã thụ lý, đang giải quyết', 'accepted, being resolved'),
  suspended: l('tạm đình chỉ', 'suspended'),
  resolved: l('đã giải quyết', 'resolved'),
  terminated: l('đã đình chỉ', 'terminated'),
  transferred: l('đã chuyển đơn', 'transferred'),
  guided: l('đã hướng dẫn', 'guided'),
  urged: l('đã đôn đốc', 'urged'),
  filed: l('đã lưu đơn', 'filed away'),
  rejected: l('không thụ lý', 'not accepted'),
};
