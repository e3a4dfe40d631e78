/**
 * Which events start and complete each clock of a matter (rules C4, C5, D1–D5, E1–E4, F2, F5), as data. A clock whose
 * rule is not part of the rule set in force on its start date does not run (e.g. complaint.suspension-notice before
 * 1 July 2026).
 */
import type { LocalizedText } from '../calendar/calendar.schemas';
import type { RuleId, StartEvent } from './deadlines.schemas';
import type { MatterEventType, MatterOptions, MatterType } from './matter-clocks.schemas';

export type PausePair = readonly [MatterEventType, MatterEventType];
export const SUSPENSION: PausePair = ['suspended', 'continued'];
/** Obstacles start on the day after the obstacle began, like every period (Civil Code 2015, Art. 147). */
export const OBSTACLE: PausePair = ['obstacle-began', 'obstacle-ended'];

export interface ClockDefinition {
  matter: MatterType;
  rule: RuleId;
  startOn: readonly MatterEventType[];
  completeOn: readonly MatterEventType[];
  /** One clock per starting event, each completed by its own sending (rule B5); otherwise one clock from the first. */
  each?: boolean;
  /** While none of `startOn` is recorded, these events start the clock instead, explained by the note. */
  fallback?: { on: readonly MatterEventType[]; startEvent: StartEvent; note: LocalizedText };
  /** With none of `startOn` recorded, the clock starts when that clock's limit expired unmet (Law on Complaints, Art. 33(1)). */
  orAtExpiryOf?: RuleId;
  /** Events that open and close a period left out of the count (suspension, or an obstacle to filing). */
  pauses?: PausePair;
  /** A resolution limit: extension decisions count too, and the pause is a suspension. */
  resolution?: boolean;
  applies?: (options: MatterOptions, types: ReadonlySet<MatterEventType>) => boolean;
}

export const NOTE_EXPIRY_START = (due: string, dueEn: string): LocalizedText => ({
  vi: `Không có quyết định giải quyết lần đầu khi hết thời hạn giải quyết (ngày ${due}, đã tính thời gian tạm đình chỉ): thời hạn ` +
    'khiếu nại lần hai tính từ ngày hết thời hạn (Luật Khiếu nại 2011, Điều 33 khoản 1).',
  en: `There was no first-time decision when the resolution limit expired (${dueEn}, pauses included): the window runs from that ` +
    'expiry (Law on Complaints 2011, Art. 33(1)).',
});

const NOTE_REQUEST_RECEIPT: LocalizedText = {
  vi: 'Chưa ghi nhận ngày nhận được yêu cầu báo cáo: thời hạn tạm tính từ ngày cấp trên yêu cầu, là thời điểm sớm nhất có thể ' +
    '(Luật Tố cáo 2018, Điều 38).',
  en: 'The receipt of the request is not recorded: counted from the date of the request, the earliest it can run ' +
    '(Law on Denunciations 2018, Art. 38).',
};

export const CLOCKS: readonly ClockDefinition[] = [
  { matter: 'petition', rule: 'petition.handling', startOn: ['received'], completeOn: ['accepted', 'rejected', 'transferred', 'guided', 'filed'] },
  { matter: 'reception', rule: 'reception.refusal-notice', startOn: ['refused'], completeOn: ['refusal-notice-sent'] },
  { matter: 'reception', rule: 'reception.online-notice', startOn: ['online-session-scheduled'], completeOn: ['online-notice-sent'] },
  { matter: 'complaint', rule: 'complaint.filing', startOn: ['learned-of-act'], completeOn: ['received'], pauses: OBSTACLE },
  { matter: 'complaint', rule: 'complaint.acceptance', startOn: ['received'], completeOn: ['accepted', 'rejected'] },
  { matter: 'complaint', rule: 'complaint.resolution', startOn: ['accepted'], completeOn: ['decided', 'terminated'], pauses: SUSPENSION, resolution: true },
  { matter: 'complaint', rule: 'complaint.dialogue-notice', startOn: ['dialogue-scheduled'], completeOn: ['dialogue-notice-sent'] },
  // Each suspension, termination and continuation decision is sent within 3 working days (Decree 124/2020, Art. 28b).
  { matter: 'complaint', rule: 'complaint.suspension-notice', startOn: ['suspended', 'continued', 'terminated'], completeOn: ['suspension-notice-sent'], each: true },
  { matter: 'complaint', rule: 'complaint.send-decision', startOn: ['decided'], completeOn: ['decision-sent'] },
  // Publication is the second-time resolver's duty (Law on Complaints 2011, Art. 41(2)–(3); rules.md D5).
  {
    matter: 'complaint', rule: 'complaint.publish', startOn: ['decided'], completeOn: ['published'],
    applies: (options) => options.secondTime === true,
  },
  {
    matter: 'complaint', rule: 'complaint.second-filing', startOn: ['decision-received'], completeOn: ['second-complaint-received'],
    orAtExpiryOf: 'complaint.resolution', applies: (options) => options.secondTime !== true,
  },
  { matter: 'complaint', rule: 'complaint.enforcement', startOn: ['decision-effective'], completeOn: ['enforcement-directed'] },
  { matter: 'denunciation', rule: 'denunciation.initial-handling', startOn: ['received'], completeOn: ['accepted', 'rejected', 'transferred'] },
  {
    matter: 'denunciation', rule: 'denunciation.transfer', startOn: ['received'], completeOn: ['transferred'],
    applies: (options, types) => options.outsideCompetence === true || types.has('transferred'),
  },
  { matter: 'denunciation', rule: 'denunciation.notify', startOn: ['accepted'], completeOn: ['notified'] },
  {
    matter: 'denunciation', rule: 'denunciation.resolution', startOn: ['accepted'], completeOn: ['decided', 'terminated'],
    pauses: SUSPENSION, resolution: true,
  },
  // Each suspension and termination decision is sent within 5 working days (Law on Denunciations 2018, Art. 34(4)).
  { matter: 'denunciation', rule: 'denunciation.suspension-notice', startOn: ['suspended', 'terminated'], completeOn: ['suspension-notice-sent'], each: true },
  { matter: 'denunciation', rule: 'denunciation.escalation-request', startOn: ['escalated'], completeOn: ['report-requested'] },
  {
    matter: 'denunciation', rule: 'denunciation.escalation-report', startOn: ['report-request-received'], completeOn: ['report-submitted'],
    fallback: { on: ['report-requested'], startEvent: 'report-requested', note: NOTE_REQUEST_RECEIPT },
  },
  { matter: 'denunciation', rule: 'denunciation.further-review', startOn: ['further-denounced'], completeOn: ['further-reviewed'] },
];
