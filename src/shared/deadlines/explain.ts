/**
 * Renders a deadline explanation as readable lines in Vietnamese or English (rules.md: "every computed date must be
 * explainable to the user: rule, source, start, unit, count, skipped days, pauses, extensions").
 */
import { labourCodeBasis } from '../calendar/derived-source';
import { weekdayOf, type IsoDate } from '../calendar/iso-date';
import { formatIsoDate } from '../i18n/locale';
import type { DayUnit, Explanation, ExplanationSegment, RuleCondition, StartEvent } from './deadlines.schemas';

export type Language = 'vi' | 'en';

type Labels<K extends string> = Record<K, Record<Language, string>>;

const START_EVENTS: Labels<StartEvent> = {
  receipt: { vi: 'ngày nhận đơn', en: 'receipt' },
  'refusal-grounds': { vi: 'ngày có đủ căn cứ từ chối', en: 'grounds for refusal established' },
  'learned-of-act': { vi: 'ngày nhận được hoặc biết được quyết định, hành vi', en: 'learning of the decision or act' },
  acceptance: { vi: 'ngày thụ lý', en: 'acceptance' },
  decision: { vi: 'ngày ban hành quyết định', en: 'the decision' },
  'decision-received': { vi: 'ngày nhận được quyết định giải quyết lần đầu', en: 'receipt of the first decision' },
  effect: { vi: 'ngày quyết định có hiệu lực pháp luật', en: 'the decision taking effect' },
  dialogue: { vi: 'ngày đối thoại', en: 'the dialogue' },
  'suspension-or-continuation': {
    vi: 'ngày ban hành quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết',
    en: 'the suspension, termination or continuation decision',
  },
  'suspension-or-termination': {
    vi: 'ngày ban hành quyết định tạm đình chỉ hoặc đình chỉ',
    en: 'the suspension or termination decision',
  },
  'resolution-expiry': { vi: 'ngày hết thời hạn giải quyết lần đầu', en: 'expiry of the first resolution limit' },
  'escalation-received': { vi: 'ngày cấp trên nhận được tố cáo tiếp', en: "the superior's receipt of the escalated denunciation" },
  'report-requested': { vi: 'ngày cấp trên yêu cầu báo cáo', en: "the superior's request for a report" },
  'report-request-received': { vi: 'ngày nhận được yêu cầu báo cáo', en: 'receipt of the request for a report' },
  'further-denunciation': {
    vi: 'ngày nhận được tố cáo tiếp sau khi đã có kết luận',
    en: 'receipt of a further denunciation after the decision',
  },
  'online-session': { vi: 'ngày tiếp công dân trực tuyến', en: 'the online reception session' },
};

const CONDITIONS: Labels<RuleCondition> = {
  complex: { vi: 'vụ việc phức tạp', en: 'complex matter' },
  remote: { vi: 'vùng sâu, vùng xa, đi lại khó khăn', en: 'remote area' },
  secondTime: { vi: 'giải quyết lần hai', en: 'second-time resolution' },
  withReason: { vi: 'kéo dài có lý do được ghi nhận', en: 'extended with a recorded reason' },
};

const UNITS: Labels<DayUnit> = {
  calendar: { vi: 'ngày', en: 'days' },
  working: { vi: 'ngày làm việc', en: 'working days' },
};

const WEEKDAYS: Record<Language, readonly string[]> = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const ART_147 = { vi: 'Bộ luật Dân sự 2015, Điều 147', en: 'Civil Code 2015, Art. 147' };
const ART_148 = { vi: 'Bộ luật Dân sự 2015, Điều 148 khoản 5', en: 'Civil Code 2015, Art. 148(5)' };

function formatDate(date: IsoDate, lang: Language): string {
  return formatIsoDate(date, lang);
}

function formatRange(from: IsoDate, to: IsoDate, lang: Language): string {
  return from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

function segmentReason(segment: ExplanationSegment, lang: Language): string {
  switch (segment.reason) {
    case 'weekend':
      return segment.name ? segment.name[lang] : lang === 'vi' ? 'nghỉ cuối tuần' : 'weekend';
    case 'holiday':
      return segment.name ? segment.name[lang] : lang === 'vi' ? 'ngày nghỉ lễ' : 'public holiday';
    case 'pause':
      return lang === 'vi' ? 'tạm đình chỉ' : 'suspension';
    case 'working-saturday':
      return segment.name ? segment.name[lang] : lang === 'vi' ? 'ngày làm bù' : 'make-up working day';
    case 'counted':
      return '';
  }
}

function formatSegment(segment: ExplanationSegment, lang: Language): string {
  const range = formatRange(segment.from, segment.to, lang);
  if (segment.counted) {
    const extra = segment.reason === 'working-saturday' ? ` (${segmentReason(segment, lang)})` : '';
    return lang === 'vi'
      ? `Tính ${range}: ${segment.days} ngày${extra}`
      : `Counted ${range}: ${segment.days} day${segment.days === 1 ? '' : 's'}${extra}`;
  }
  return lang === 'vi'
    ? `Không tính ${range} (${segment.days} ngày): ${segmentReason(segment, lang)}`
    : `Skipped ${range} (${segment.days} day${segment.days === 1 ? '' : 's'}): ${segmentReason(segment, lang)}`;
}

function formatStartAfter(e: Explanation, lang: Language): string {
  const label = START_EVENTS[e.startEvent][lang];
  const day = e.firstCountedDay ? formatDate(e.firstCountedDay, lang) : null;
  if (lang === 'vi') {
    const first = day ? `bắt đầu tính từ ${day}` : 'không có ngày nào được tính';
    return `Sự kiện bắt đầu: ${label} ${formatDate(e.start, lang)}; không tính ngày xảy ra sự kiện, ${first} (${ART_147.vi}).`;
  }
  const first = day ? `counting starts on ${day}` : 'no day is counted';
  return `Start: ${label} on ${formatDate(e.start, lang)}; that day is not counted, ${first} (${ART_147.en}).`;
}

function formatStartBefore(e: Explanation, lang: Language): string {
  const label = START_EVENTS[e.startEvent][lang];
  const day = e.firstCountedDay ? formatDate(e.firstCountedDay, lang) : null;
  if (lang === 'vi') {
    const first = day ? `đếm ngược bắt đầu từ ${day}` : 'không có ngày nào được tính';
    return `Sự kiện: ${label} ${formatDate(e.start, lang)}; không tính ngày xảy ra sự kiện, ${first} (${ART_147.vi}, áp dụng theo chiều ngược).`;
  }
  const first = day ? `counting back starts on ${day}` : 'no day is counted';
  return `Event: ${label} on ${formatDate(e.start, lang)}; that day is not counted, ${first} (${ART_147.en}, applied backwards).`;
}

function formatShift(shift: NonNullable<Explanation['shift']>, before: boolean, lang: Language): string {
  const day = WEEKDAYS[lang][weekdayOf(shift.lastDay)];
  // Skipped days are listed in counting order: backwards for a 'before' period.
  const skipped = before ? [...shift.skipped].reverse() : shift.skipped;
  const reasons = [...new Set(skipped.map((s) => segmentReason(s, lang)))].join(', ');
  const last = formatDate(shift.lastDay, lang);
  const due = formatDate(shift.due, lang);
  if (before) {
    return lang === 'vi'
      ? `Ngày cuối cùng tính ngược (${day}, ${last}) không phải ngày làm việc (${reasons}); thông báo phải được gửi vào ngày làm việc nên hạn lùi về ngày làm việc liền trước, ${due} (theo hướng an toàn, tương tự ${ART_148.vi}).`
      : `The last day counted back (${day}, ${last}) is not a working day (${reasons}); the notice must be sent on a working day, so the limit moves back to the previous working day, ${due} (the safe direction, mirroring ${ART_148.en}).`;
  }
  return lang === 'vi'
    ? `Ngày cuối cùng (${day}, ${last}) không phải ngày làm việc (${reasons}); thời hạn kết thúc vào ngày làm việc tiếp theo, ${due} (${ART_148.vi}).`
    : `The last day (${day}, ${last}) is not a working day (${reasons}); the period ends on the next working day, ${due} (${ART_148.en}).`;
}

/**
 * The warning for a period that runs through years without an official holiday schedule: their days off are derived
 * from the Labour Code and the Government may still publish others. Null when every year has its schedule.
 */
export function formatDerivedWarning(explanation: Explanation, lang: Language): string | null {
  const years = explanation.derivedYears;
  if (years.length === 0) return null;
  const code = labourCodeBasis(years[0]!)[lang];
  const one = years.length === 1;
  if (lang === 'vi') {
    return `Lưu ý: chưa có lịch nghỉ chính thức năm ${years.join(', ')}; các ngày nghỉ lễ, nghỉ bù ${one ? 'của năm này' : 'của các năm này'} được suy ra theo ${code} và có thể khác lịch Chính phủ công bố sau này.`;
  }
  const list = one ? `${years[0]}` : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
  return `Note: no official holiday schedule is known for ${list}; ${one ? 'its' : 'their'} days off are derived from the ${code} and may differ from the schedule the Government publishes.`;
}

/**
 * Readable lines explaining how a due date was computed, in Vietnamese (dates dd/mm/yyyy) or English. A limit counted
 * before its event (every such limit in the law is a notice: dialogue, online reception) reads as the latest day to send.
 */
export function formatExplanation(explanation: Explanation, lang: Language): string[] {
  const e = explanation;
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(
    vi
      ? `${e.rule.title.vi} (${e.rule.id}, bộ quy định ${e.rule.ruleSet})`
      : `${e.rule.title.en} (${e.rule.id}, ${e.rule.ruleSet} rules)`,
  );
  lines.push(`${vi ? 'Căn cứ' : 'Legal basis'}: ${e.rule.source[lang]}`);
  const conditions = e.conditions.map((c) => CONDITIONS[c][lang]).join(', ');
  const before = e.direction === 'before';
  const startLabel = START_EVENTS[e.startEvent][lang];
  const limit = before
    ? vi
      ? `ít nhất ${e.count} ${UNITS[e.unit].vi} trước ${startLabel}`
      : `at least ${e.count} ${UNITS[e.unit].en} before ${startLabel}`
    : `${e.count} ${UNITS[e.unit][lang]}`;
  const breakdown = e.extensions.length > 0 ? ` = ${e.baseCount} + ${e.extensions.map((x) => x.days).join(' + ')}` : '';
  lines.push(`${vi ? 'Thời hạn' : 'Limit'}: ${limit}${breakdown}${conditions ? ` (${conditions})` : ''}`);
  lines.push(before ? formatStartBefore(e, lang) : formatStartAfter(e, lang));
  // A period counted back is listed in counting order, from the day before the event.
  const segments = before ? [...e.segments].reverse() : e.segments;
  for (const segment of segments) lines.push(formatSegment(segment, lang));
  for (const p of e.pauses) {
    const [from, to] = [formatDate(p.suspended, lang), formatDate(p.continued, lang)];
    if (p.kind === 'obstacle') {
      lines.push(
        vi
          ? `Trở ngại khách quan từ ngày ${from} đến ngày ${to}: thời gian này không tính vào thời hạn (${p.source.vi}).`
          : `Objective obstacle from ${from} to ${to}: that time is not counted (${p.source.en}).`,
      );
      continue;
    }
    lines.push(
      vi
        ? `Tạm đình chỉ ngày ${formatDate(p.suspended, lang)}, tiếp tục ngày ${formatDate(p.continued, lang)}: thời gian tạm đình chỉ không tính (${p.source.vi}).`
        : `Suspended on ${formatDate(p.suspended, lang)}, continued on ${formatDate(p.continued, lang)}: the suspension is not counted (${p.source.en}).`,
    );
  }
  for (const x of e.extensions) {
    const by = x.date ? (vi ? ` theo quyết định ngày ${formatDate(x.date, lang)}` : ` by decision of ${formatDate(x.date, lang)}`) : '';
    lines.push(vi ? `Gia hạn thêm ${x.days} ngày${by} (${x.source.vi}).` : `Extended by ${x.days} days${by} (${x.source.en}).`);
  }
  if (e.shift) lines.push(formatShift(e.shift, before, lang));
  for (const note of e.notes) lines.push(note[lang]);
  const derived = formatDerivedWarning(e, lang);
  if (derived) lines.push(derived);
  const dueLabel = before ? (vi ? 'Hạn gửi chậm nhất' : 'Send no later than') : vi ? 'Hạn cuối' : 'Due';
  lines.push(`${dueLabel}: ${WEEKDAYS[lang][weekdayOf(e.due)]}, ${formatDate(e.due, lang)}`);
  return lines;
}
