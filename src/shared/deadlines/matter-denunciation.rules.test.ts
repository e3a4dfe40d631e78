import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { formatExplanation } from './explain';
import { computeClocks, type MatterInput } from './matter-clocks.rules';
import type { Clock, ComplexityCriterion, MatterEvent } from './matter-clocks.schemas';

const calendar = createWorkCalendar();
const ev = (type: MatterEvent['type'], date: string): MatterEvent => ({ type, date });
const complex = (date: string, ...criteria: ComplexityCriterion[]): MatterEvent => ({ type: 'complexity-determined', date, criteria });
/** Accepted Tue 14/7/2026: the 30-day limit of Art. 30 ends Thu 13/8. */
const accepted = [ev('received', '2026-07-10'), ev('accepted', '2026-07-14')];
const run = (events: readonly MatterEvent[], today = '2026-10-20') =>
  computeClocks({ matterType: 'denunciation', events: [...accepted, ...events] }, { today, calendar });

function clocksOf(input: MatterInput, today: string): Clock[] {
  const result = computeClocks(input, { today, calendar });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return result.value;
}

describe('denunciation extensions follow the recorded complexity (Law on Denunciations 2018, Art. 30; Decree 31/2019, Art. 3)', () => {
  it.each([
    // label, events, due, count
    ['no extension: 14/7 + 30 = Thu 13/8', [], '2026-08-13', 30],
    ['complex (one criterion): one extension, 14/7 + 60 = Sat 12/9 → Mon 14/9', [complex('2026-08-05', 'several-places'), ev('extended', '2026-08-10')], '2026-09-14', 60],
    [
      'especially complex (two criteria): two extensions, 14/7 + 90 = Mon 12/10',
      [complex('2026-08-05', 'several-places', 'several-contents'), ev('extended', '2026-08-10'), ev('extended', '2026-09-10')],
      '2026-10-12', 90,
    ],
    [
      'complex, then especially complex by a later determination',
      [complex('2026-08-05', 'foreign-element'), ev('extended', '2026-08-10'), complex('2026-09-01', 'foreign-element', 'disagreement'), ev('extended', '2026-09-10')],
      '2026-10-12', 90,
    ],
    ['an extension on the last day of the running limit', [complex('2026-08-05', 'several-bodies'), ev('extended', '2026-08-13')], '2026-09-14', 60],
  ] as const)('%s', (_label, events, due, count) => {
    const result = run(events);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.find((c) => c.rule === 'denunciation.resolution')).toMatchObject({ due, count });
  });

  it.each([
    // label, events, reason, Vietnamese message
    [
      'two extensions with no complexity recorded',
      [ev('extended', '2026-08-10'), ev('extended', '2026-09-10')],
      'EXTENSION_WITHOUT_COMPLEXITY',
      'Gia hạn ngày 10/08/2026 không hợp lệ: vụ việc chưa được xác định là phức tạp trước ngày đó (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3)',
    ],
    [
      'a second extension of a complex (not especially complex) matter',
      [complex('2026-08-05', 'several-places'), ev('extended', '2026-08-10'), ev('extended', '2026-09-10')],
      'EXTENSION_BEYOND_COMPLEXITY',
      'Gia hạn lần 2 ngày 10/09/2026 không hợp lệ: vụ việc phức tạp (1 tiêu chí) chỉ được gia hạn 1 lần; ' +
        'gia hạn 2 lần cần từ 2 tiêu chí trở lên (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3)',
    ],
    [
      'the complexity determined after the extension',
      [ev('extended', '2026-08-10'), complex('2026-08-11', 'several-places', 'several-contents')],
      'EXTENSION_WITHOUT_COMPLEXITY',
      'Gia hạn ngày 10/08/2026 không hợp lệ: vụ việc chưa được xác định là phức tạp trước ngày đó (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3)',
    ],
    [
      'an extension after the limit ran out (13/8)',
      [complex('2026-08-05', 'several-places', 'several-contents'), ev('extended', '2026-08-20')],
      'EXTENSION_AFTER_LIMIT',
      'Gia hạn ngày 20/08/2026 không hợp lệ: thời hạn giải quyết đã hết ngày 13/08/2026; chỉ được gia hạn khi thời hạn còn đang chạy (Luật Tố cáo 2018, Điều 30)',
    ],
    [
      'a second extension after the extended limit ran out (14/9)',
      [complex('2026-08-05', 'several-places', 'several-contents'), ev('extended', '2026-08-10'), ev('extended', '2026-09-15')],
      'EXTENSION_AFTER_LIMIT',
      'Gia hạn ngày 15/09/2026 không hợp lệ: thời hạn giải quyết đã hết ngày 14/09/2026; chỉ được gia hạn khi thời hạn còn đang chạy (Luật Tố cáo 2018, Điều 30)',
    ],
    [
      'a complexity determination without criteria',
      [{ type: 'complexity-determined', date: '2026-08-05' } as MatterEvent],
      'COMPLEXITY_WITHOUT_CRITERIA',
      'Xác định vụ việc phức tạp ngày 05/08/2026 phải nêu ít nhất một tiêu chí (Nghị định 31/2019/NĐ-CP, Điều 3)',
    ],
  ] as const)('refuses %s, saying why', (_label, events, reason, vi) => {
    const result = run(events);
    expect(result).toMatchObject({ ok: false, code: 'EVENTS_OUT_OF_ORDER', details: { reason }, message: { vi } });
    expect(result.ok || result.message.en.length > 20).toBe(true);
  });

  it('explains the complexity behind each extension in both languages', () => {
    const result = run([complex('2026-08-05', 'several-places', 'several-contents'), ev('extended', '2026-08-10'), ev('extended', '2026-09-10')]);
    const clock = result.ok ? result.value.find((c) => c.rule === 'denunciation.resolution')! : null;
    expect(formatExplanation(clock!.explanation, 'vi').join('\n')).toContain(
      'Xác định vụ việc đặc biệt phức tạp ngày 05/08/2026 (xác minh ở nhiều địa điểm; nhiều nội dung cần xác minh): được gia hạn tối đa 2 lần',
    );
    expect(formatExplanation(clock!.explanation, 'en').join('\n')).toContain(
      'Determined especially complex on 5 Aug 2026 (verification at several places; several contents to verify): up to 2 extensions',
    );
  });
});

describe('escalation only after the resolution limit passed; after a decision, a further denunciation (Arts. 37, 38)', () => {
  it.each([
    ['escalated before the limit passed', [ev('escalated', '2026-08-10')], 'ESCALATION_BEFORE_LIMIT', '13/08/2026'],
    ['escalated on the last day of the limit', [ev('escalated', '2026-08-13')], 'ESCALATION_BEFORE_LIMIT', '13/08/2026'],
    [
      'escalated within an extended limit',
      [complex('2026-08-05', 'several-places'), ev('extended', '2026-08-10'), ev('escalated', '2026-08-20')],
      'ESCALATION_BEFORE_LIMIT', '14/09/2026',
    ],
    ['escalated while suspended', [ev('suspended', '2026-07-20'), ev('escalated', '2026-08-20')], 'ESCALATION_BEFORE_LIMIT', 'tạm đình chỉ'],
    ['escalated after the decision', [ev('decided', '2026-08-10'), ev('escalated', '2026-08-20')], 'ESCALATION_AFTER_DECISION', 'Điều 37'],
  ] as const)('refuses %s', (_label, events, reason, mentions) => {
    const result = run(events);
    expect(result).toMatchObject({ ok: false, code: 'EVENTS_OUT_OF_ORDER', details: { reason } });
    expect(result.ok ? '' : result.message.vi).toContain(mentions);
  });

  it.each([
    // label, events, today, rule, [start, due, state]
    ['the request is due 5 working days after the escalation (Fri 14/8 → Fri 21/8)', [ev('escalated', '2026-08-14')], '2026-08-17', 'denunciation.escalation-request', ['2026-08-14', '2026-08-21', 'running']],
    [
      'the report is due 5 working days after the request is received (Thu 20/8 → Wed 26/8; Sat 22/8 is a make-up working day)',
      [ev('escalated', '2026-08-14'), ev('report-requested', '2026-08-18'), ev('report-request-received', '2026-08-20')], '2026-08-21',
      'denunciation.escalation-report', ['2026-08-20', '2026-08-26', 'running'],
    ],
    [
      'until the receipt is recorded, the report clock counts from the request (Tue 18/8 → Mon 24/8)',
      [ev('escalated', '2026-08-14'), ev('report-requested', '2026-08-18')], '2026-08-21',
      'denunciation.escalation-report', ['2026-08-18', '2026-08-24', 'running'],
    ],
    [
      'a further denunciation after the decision is reviewed within 20 days (Thu 20/8 → Wed 9/9)',
      [ev('decided', '2026-08-10'), ev('further-denounced', '2026-08-20')], '2026-09-01',
      'denunciation.further-review', ['2026-08-20', '2026-09-09', 'running'],
    ],
  ] as const)('%s', (_label, events, today, rule, [start, due, state]) => {
    const clock = clocksOf({ matterType: 'denunciation', events: [...accepted, ...events] }, today).find((c) => c.rule === rule);
    expect(clock).toMatchObject({ start, due, state });
  });

  it('says when the report clock counts from the request because its receipt is not recorded', () => {
    const events = [...accepted, ev('escalated', '2026-08-14'), ev('report-requested', '2026-08-18')];
    const clock = clocksOf({ matterType: 'denunciation', events }, '2026-08-21').find((c) => c.rule === 'denunciation.escalation-report')!;
    expect(clock.explanation.startEvent).toBe('report-requested');
    expect(clock.explanation.notes.map((n) => n.en).join(' ')).toContain('receipt of the request is not recorded');
  });
});
