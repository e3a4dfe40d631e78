/**
 * What the deadline engine tells a person when it refuses a request, in Vietnamese and in English. A failure's
 * `details` stay machine-readable; these texts are for people: dates as dd/mm/yyyy in Vietnamese and d Mon yyyy in
 * English, events and conditions by their Vietnamese names (docs/glossary.md), rules by their titles.
 */
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { formatIsoDate } from '../i18n/locale';
import type { MatterEventType } from './matter-clocks.schemas';
import type { Rule, RuleCondition, RuleSet } from './deadlines.schemas';

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/** The events recorded on a matter, named as an officer would name them. */
export const CASE_EVENT_LABELS: Record<MatterEventType, LocalizedText> = {
  'learned-of-act': text('biết được quyết định, hành vi bị khiếu nại', 'learned of the act'),
  'obstacle-began': text('bắt đầu trở ngại khách quan', 'obstacle began'),
  'obstacle-ended': text('hết trở ngại khách quan', 'obstacle ended'),
  received: text('nhận đơn', 'received'),
  refused: text('từ chối tiếp công dân', 'refused'),
  'refusal-notice-sent': text('gửi thông báo từ chối tiếp công dân', 'refusal notice sent'),
  'online-session-scheduled': text('buổi tiếp công dân trực tuyến', 'online session scheduled'),
  'online-notice-sent': text('thông báo lịch tiếp công dân trực tuyến', 'online notice sent'),
  accepted: text('thụ lý', 'accepted'),
  rejected: text('không thụ lý', 'rejected'),
  transferred: text('chuyển đơn', 'transferred'),
  guided: text('hướng dẫn', 'guided'),
  filed: text('lưu đơn', 'filed'),
  notified: text('thông báo việc thụ lý', 'parties notified'),
  'complexity-determined': text('xác định vụ việc phức tạp', 'complexity determined'),
  extended: text('gia hạn', 'extended'),
  suspended: text('tạm đình chỉ', 'suspended'),
  continued: text('tiếp tục giải quyết', 'continued'),
  'suspension-notice-sent': text('gửi quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết', 'suspension notice sent'),
  'dialogue-scheduled': text('đối thoại', 'dialogue scheduled'),
  'dialogue-notice-sent': text('gửi thông báo đối thoại', 'dialogue notice sent'),
  escalated: text('tố cáo tiếp', 'escalated'),
  'report-requested': text('yêu cầu báo cáo', 'report requested'),
  'report-request-received': text('nhận được yêu cầu báo cáo', 'report request received'),
  'report-submitted': text('báo cáo cấp trên', 'report submitted'),
  withdrawn: text('rút đơn', 'withdrawn'),
  terminated: text('đình chỉ', 'terminated'),
  decided: text('ra quyết định giải quyết', 'decided'),
  'decision-sent': text('gửi quyết định giải quyết', 'decision sent'),
  published: text('công khai quyết định giải quyết', 'published'),
  'decision-received': text('nhận được quyết định giải quyết', 'decision received'),
  'decision-effective': text('quyết định giải quyết có hiệu lực pháp luật', 'decision effective'),
  'enforcement-directed': text('chỉ đạo thi hành quyết định', 'enforcement directed'),
  'second-complaint-received': text('nhận đơn khiếu nại lần hai', 'second complaint received'),
  'further-denounced': text('tố cáo tiếp sau khi đã có kết luận', 'further denunciation after the decision'),
  'further-reviewed': text('xem xét tố cáo tiếp', 'further denunciation reviewed'),
};

const ART_30 = text('Luật Tố cáo 2018, Điều 30', 'Law on Denunciations 2018, Art. 30');
const ART_3 = text('Nghị định 31/2019/NĐ-CP, Điều 3', 'Decree 31/2019/NĐ-CP, Art. 3');

/** The options that select a variant of a rule. */
const CONDITION_LABELS: Record<RuleCondition, LocalizedText> = {
  complex: text('vụ việc phức tạp', 'complex matter'),
  remote: text('vùng sâu, vùng xa, đi lại khó khăn', 'remote area'),
  secondTime: text('giải quyết lần hai', 'second-time resolution'),
  withReason: text('kéo dài có lý do được ghi nhận', 'prolonged for a recorded reason'),
};

const SUPPORTED_YEARS = `${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`;
const vi = (date: string) => formatIsoDate(date, 'vi');
const en = (date: string) => formatIsoDate(date, 'en');
const event = (type: MatterEventType) => CASE_EVENT_LABELS[type] ?? text(String(type), String(type));
const option = (key: RuleCondition) => CONDITION_LABELS[key] ?? text(String(key), String(key));

/** "Sự kiện thứ 2 (…): ngày …" — a date check's message, prefixed by whose date it is. */
function about(what: LocalizedText | undefined, message: LocalizedText): LocalizedText {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return what ? text(`${what.vi}: ${lower(message.vi)}`, `${what.en}: ${lower(message.en)}`) : message;
}

/** Texts of the failures of computeDeadline and computeClocks, one builder per way a request can fail. */
export const FAILURE_TEXTS = {
  invalidDate: (date: unknown, what?: LocalizedText) =>
    about(
      what,
      text(`Ngày ${String(date)} không hợp lệ (phải là ngày có thật, viết theo dạng YYYY-MM-DD)`, `Not a valid YYYY-MM-DD date: ${String(date)}`),
    ),
  dateOutOfRange: (date: string, what?: LocalizedText) =>
    about(
      what,
      text(`Ngày ${vi(date)} nằm ngoài khoảng năm hệ thống hỗ trợ (${SUPPORTED_YEARS})`, `${en(date)} is outside ${SUPPORTED_YEARS}`),
    ),
  /** Who a date belongs to, for the date checks of computeClocks. */
  today: text('Ngày đối chiếu trạng thái (today)', 'today'),
  eventNumber: (index: number, type: MatterEventType) =>
    text(`Sự kiện thứ ${index + 1} ("${event(type).vi}")`, `Event ${index + 1} ("${event(type).en}")`),

  unknownRule: (id: string) => text(`Không tìm thấy quy định thời hạn "${id}"`, `There is no deadline rule "${id}"`),
  notYetInForce: (rule: Rule, date: string) =>
    text(
      `Quy định "${rule.title.vi}" chưa có hiệu lực vào ngày ${vi(date)}: quy định này áp dụng từ ngày ${vi(rule.validFrom)} ` +
        `(${rule.source.vi})`,
      `No version of "${rule.title.en}" is in force on ${en(date)}: it applies from ${en(rule.validFrom)} (${rule.source.en})`,
    ),
  /** The rule exists from `from` on (e.g. online reception, 1 July 2026), or applied until `until`. */
  notInRuleSet: (ruleSet: RuleSet, date: string, edge: { rule: Rule; from?: string; until?: string }) => {
    const { rule, from, until } = edge;
    const whyVi = from ? `quy định này chỉ có từ ngày ${vi(from)}` : `quy định này chỉ áp dụng đến hết ngày ${vi(until!)}`;
    const whyEn = from ? `it exists from ${en(from)}` : `it applied until ${en(until!)}`;
    return text(
      `Quy định "${rule.title.vi}" không thuộc bộ quy định ${ruleSet} áp dụng vào ngày ${vi(date)}: ${whyVi} (${rule.source.vi})`,
      `"${rule.title.en}" is not part of the ${ruleSet} rules in force on ${en(date)}: ${whyEn} (${rule.source.en})`,
    );
  },

  optionNotBoolean: (key: RuleCondition) =>
    text(
      `Tùy chọn "${option(key).vi}" (${key}) chỉ nhận giá trị true hoặc false`,
      `Option "${option(key).en}" (${key}) must be true or false`,
    ),
  optionNotApplicable: (key: RuleCondition, rule: Rule) =>
    text(
      `Tùy chọn "${option(key).vi}" (${key}) không áp dụng cho quy định "${rule.title.vi}"`,
      `Option "${option(key).en}" (${key}) does not apply to "${rule.title.en}"`,
    ),
  noVariant: (conditions: readonly RuleCondition[], rule: Rule) =>
    text(
      `Quy định "${rule.title.vi}" không có thời hạn riêng cho trường hợp ${conditions.map((c) => option(c).vi).join(' + ')}`,
      `"${rule.title.en}" defines no limit for ${conditions.map((c) => option(c).en).join(' + ')}`,
    ),
  overrideUnit: (rule: Rule) =>
    text(
      `Điều chỉnh thời hạn của quy định "${rule.title.vi}" phải tính theo ngày (calendar) hoặc ngày làm việc (working)`,
      `The override of "${rule.title.en}" must count calendar or working days`,
    ),
  overrideCount: (rule: Rule) =>
    text(
      `Số ngày trong điều chỉnh thời hạn của quy định "${rule.title.vi}" phải là số nguyên không âm`,
      `The override of "${rule.title.en}" must count a whole number of days ≥ 0`,
    ),
  extensionsNotWhole: () => text('Số lần gia hạn (extensions) phải là số nguyên không âm', 'extensions must be a whole number ≥ 0'),
  noExtension: (rule: Rule) =>
    text(`Quy định "${rule.title.vi}" không cho phép gia hạn`, `"${rule.title.en}" allows no extension`),
  extensionDays: (rule: Rule, max: number) =>
    text(`Mỗi lần gia hạn theo quy định "${rule.title.vi}" từ 1 đến ${max} ngày`, `An extension of "${rule.title.en}" is 1–${max} days`),
  tooManyExtensions: (rule: Rule, max: number) =>
    text(`Quy định "${rule.title.vi}" chỉ cho phép gia hạn tối đa ${max} lần`, `"${rule.title.en}" allows at most ${max} extensions`),

  unknownEventType: (type: unknown) =>
    text(`Loại sự kiện không xác định: ${String(type)}`, `Unknown event type: ${String(type)}`),
  eventBeforeStart: (type: MatterEventType, date: string, start: string) =>
    text(
      `Sự kiện "${event(type).vi}" ngày ${vi(date)} diễn ra trước ngày bắt đầu tính thời hạn (${vi(start)})`,
      `The "${event(type).en}" event on ${en(date)} is before the start ${en(start)}`,
    ),
  suspendedAgain: (date: string) =>
    text(
      `Tạm đình chỉ lại vào ngày ${vi(date)} trong khi lần tạm đình chỉ trước chưa có quyết định tiếp tục giải quyết`,
      `Suspended again on ${en(date)} without a continuation`,
    ),
  continuedWithoutSuspension: (date: string) =>
    text(
      `Tiếp tục giải quyết vào ngày ${vi(date)} nhưng trước đó không có quyết định tạm đình chỉ`,
      `Continued on ${en(date)} without a suspension`,
    ),
  openSuspension: (since: string) =>
    text(
      `Việc giải quyết đang tạm đình chỉ từ ngày ${vi(since)} và chưa có quyết định tiếp tục giải quyết, ` +
        'nên chưa xác định được hạn cuối',
      `The clock is suspended since ${en(since)} without a continuation: the due date is not yet known`,
    ),
  recordedTwice: (type: MatterEventType) =>
    text(`Sự kiện "${event(type).vi}" được ghi nhận hai lần`, `The "${event(type).en}" event is recorded twice`),
  needsEarlier: (type: MatterEventType, date: string, required: readonly MatterEventType[]) => {
    const quoted = (locale: 'vi' | 'en') => required.map((t) => `"${event(t)[locale]}"`);
    return text(
      `Sự kiện "${event(type).vi}" ngày ${vi(date)} cần có sự kiện ${quoted('vi').join(' hoặc ')} trước đó`,
      `The "${event(type).en}" event on ${en(date)} needs an earlier ${quoted('en').join(' or ')} event`,
    );
  },
  isBefore: (second: MatterEventType, date: string, first: MatterEventType) =>
    text(
      `Sự kiện "${event(second).vi}" ngày ${vi(date)} diễn ra trước sự kiện "${event(first).vi}"`,
      `The "${event(second).en}" event on ${en(date)} is before the "${event(first).en}" event`,
    ),
  afterClose: (type: MatterEventType, date: string) =>
    text(
      `Sự kiện "${event(type).vi}" ngày ${vi(date)} diễn ra sau khi vụ việc đã có quyết định giải quyết hoặc đã bị đình chỉ`,
      `The "${event(type).en}" event on ${en(date)} comes after the matter was decided or terminated`,
    ),

  obstacleAgain: (date: string) =>
    text(
      `Trở ngại khách quan bắt đầu lại ngày ${vi(date)} trong khi trở ngại trước chưa kết thúc`,
      `An obstacle begins again on ${en(date)} before the previous one ended`,
    ),
  noticeWithoutDecision: (date: string, decisionDate: string) =>
    text(
      `Gửi quyết định ngày ${vi(date)} ghi là của quyết định ngày ${vi(decisionDate)}, nhưng không có quyết định tạm đình chỉ, ` +
        'đình chỉ hoặc tiếp tục giải quyết nào vào ngày đó',
      `The sending of ${en(date)} names a decision of ${en(decisionDate)}, but no suspension, termination or continuation ` +
        'decision is recorded on that day',
    ),

  complexityWithoutCriteria: (date: string) =>
    text(
      `Xác định vụ việc phức tạp ngày ${vi(date)} phải nêu ít nhất một tiêu chí (${ART_3.vi})`,
      `The complexity determination of ${en(date)} must name at least one criterion (${ART_3.en})`,
    ),
  extensionWithoutComplexity: (date: string) =>
    text(
      `Gia hạn ngày ${vi(date)} không hợp lệ: vụ việc chưa được xác định là phức tạp trước ngày đó (${ART_30.vi}; ${ART_3.vi})`,
      `The extension of ${en(date)} is not allowed: the matter was not determined complex by then (${ART_30.en}; ${ART_3.en})`,
    ),
  extensionBeyondComplexity: (nth: number, date: string, criteria: number) =>
    text(
      `Gia hạn lần ${nth} ngày ${vi(date)} không hợp lệ: vụ việc phức tạp (${criteria} tiêu chí) chỉ được gia hạn 1 lần; ` +
        `gia hạn 2 lần cần từ 2 tiêu chí trở lên (${ART_30.vi}; ${ART_3.vi})`,
      `Extension ${nth} of ${en(date)} is not allowed: a complex matter (${criteria} criterion) has one extension; ` +
        `a second needs two or more criteria (${ART_30.en}; ${ART_3.en})`,
    ),
  extensionAfterLimit: (date: string, due: string) =>
    text(
      `Gia hạn ngày ${vi(date)} không hợp lệ: thời hạn giải quyết đã hết ngày ${vi(due)}; chỉ được gia hạn khi thời hạn ` +
        `còn đang chạy (${ART_30.vi})`,
      `The extension of ${en(date)} is not allowed: the resolution limit ran out on ${en(due)}; an extension is decided ` +
        `while the limit still runs (${ART_30.en})`,
    ),
  escalationBeforeLimit: (date: string, due: string) =>
    text(
      `Tố cáo tiếp ngày ${vi(date)} chưa đúng Điều 38 Luật Tố cáo 2018: chỉ được tố cáo tiếp khi đã hết thời hạn giải quyết ` +
        `mà tố cáo chưa được giải quyết (thời hạn hết ngày ${vi(due)})`,
      `The escalation of ${en(date)} does not meet Art. 38 of the Law on Denunciations 2018: a denouncer escalates only ` +
        `after the resolution limit passed without resolution (the limit ends on ${en(due)})`,
    ),
  escalationWhileSuspended: (date: string, since: string) =>
    text(
      `Tố cáo tiếp ngày ${vi(date)} chưa đúng Điều 38 Luật Tố cáo 2018: việc giải quyết đang tạm đình chỉ từ ngày ` +
        `${vi(since)} nên thời hạn giải quyết chưa hết`,
      `The escalation of ${en(date)} does not meet Art. 38 of the Law on Denunciations 2018: resolution is suspended ` +
        `since ${en(since)}, so the limit has not passed`,
    ),
  escalationAfterDecision: (date: string, decided: string) =>
    text(
      `Tố cáo tiếp ngày ${vi(date)} sau khi đã có kết luận ngày ${vi(decided)} là tố cáo tiếp theo Điều 37 Luật Tố cáo 2018: ` +
        `ghi nhận sự kiện "${event('further-denounced').vi}" thay cho "${event('escalated').vi}"`,
      `A denunciation of ${en(date)} after the decision of ${en(decided)} is a further denunciation under Art. 37 of the ` +
        `Law on Denunciations 2018: record "${event('further-denounced').en}" instead of "${event('escalated').en}"`,
    ),
};
