/**
 * Extensions of a denunciation's resolution limit follow its recorded complexity (rules E3): none unless complex;
 * one when one criterion is recorded (complex), two when two or more are (especially complex); each decided while
 * the limit still runs (Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP, Art. 3).
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import type { LocalizedText } from '../calendar/calendar.schemas';
import { formatIsoDate } from '../i18n/locale';
import type { ComplexityCriterion } from './matter-clocks.schemas';
import type { ClockContext } from './matter-clocks.rules';
import type { DatedEvent } from './matter-events.rules';
import { FAILURE_TEXTS } from './failure-messages';
import { limitAsOf } from './matter-resolution.rules';
import { findRuleVersion } from './rule-table';

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/** The seven criteria, as the determination names them. */
export const COMPLEXITY_CRITERION_LABELS: Record<ComplexityCriterion, LocalizedText> = {
  'several-places': text('xác minh ở nhiều địa điểm', 'verification at several places'),
  'several-contents': text('nhiều nội dung cần xác minh', 'several contents to verify'),
  'many-people': text('nhiều người tố cáo hoặc liên quan đến quyền, lợi ích của nhiều người', "many denouncers or many people's interests"),
  'foreign-element': text('có yếu tố nước ngoài', 'a foreign element'),
  'several-bodies': text('thuộc trách nhiệm quản lý của nhiều cơ quan', 'the responsibility of several bodies'),
  disagreement: text('các cơ quan có ý kiến khác nhau', 'the bodies disagree'),
  'conflicting-evidence': text('tài liệu, chứng cứ mâu thuẫn, cần thời gian hoặc ý kiến chuyên môn', 'conflicting evidence needing time or expert opinion'),
};

/** Extensions a determination with this many criteria allows (Decree 31/2019/NĐ-CP, Art. 3). */
export const extensionsAllowed = (criteria: number): number => (criteria >= 2 ? 2 : criteria === 1 ? 1 : 0);

function noteDetermination(event: DatedEvent, criteria: readonly ComplexityCriterion[]): LocalizedText {
  const allowed = extensionsAllowed(criteria.length);
  const names = (lang: 'vi' | 'en') => criteria.map((c) => COMPLEXITY_CRITERION_LABELS[c][lang]).join('; ');
  const [levelVi, levelEn] = allowed === 2 ? ['đặc biệt phức tạp', 'especially complex'] : ['phức tạp', 'complex'];
  return text(
    `Xác định vụ việc ${levelVi} ngày ${formatIsoDate(event.date, 'vi')} (${names('vi')}): được gia hạn tối đa ${allowed} lần ` +
      '(Nghị định 31/2019/NĐ-CP, Điều 3).',
    `Determined ${levelEn} on ${formatIsoDate(event.date, 'en')} (${names('en')}): up to ${allowed} extension${allowed === 1 ? '' : 's'} ` +
      '(Decree 31/2019/NĐ-CP, Art. 3).',
  );
}

/**
 * Checks every extension of a denunciation against the complexity recorded before it and the limit running when it
 * was decided; returns the determinations as explanation notes. A third extension is left to computeDeadline, which
 * refuses it by the rule's maximum.
 */
export function checkExtensions(events: readonly DatedEvent[], context: ClockContext): Result<LocalizedText[]> {
  const accepted = events.find((e) => e.type === 'accepted');
  if (!accepted) return succeed([]);
  const version = findRuleVersion('denunciation.resolution', accepted.date);
  const max = version.ok ? (version.value.extension?.maxExtensions ?? 0) : 0;
  const notes: LocalizedText[] = [];
  let criteria: readonly ComplexityCriterion[] = [];
  let nth = 0;
  for (const event of events) {
    if (event.type === 'complexity-determined') {
      criteria = [...new Set(event.criteria ?? [])];
      notes.push(noteDetermination(event, criteria));
    }
    if (event.type !== 'extended') continue;
    nth += 1;
    if (nth > max) break;
    const where = { index: event.index, type: event.type, date: event.date };
    if (criteria.length === 0) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.extensionWithoutComplexity(event.date), { ...where, reason: 'EXTENSION_WITHOUT_COMPLEXITY' });
    }
    if (nth > extensionsAllowed(criteria.length)) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.extensionBeyondComplexity(nth, event.date, criteria.length), {
        ...where,
        reason: 'EXTENSION_BEYOND_COMPLEXITY',
        criteria: criteria.length,
      });
    }
    const limit = limitAsOf('denunciation.resolution', events, accepted, event, context);
    if (!limit.ok) return limit;
    if (!limit.value.running) {
      return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.extensionAfterLimit(event.date, limit.value.due), {
        ...where,
        reason: 'EXTENSION_AFTER_LIMIT',
        due: limit.value.due,
      });
    }
  }
  return succeed(notes);
}
