import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { formatExplanation } from './explain';
import { computeClocks, type MatterInput } from './matter-clocks.rules';
import type { Clock, MatterEvent, MatterOptions } from './matter-clocks.schemas';

const calendar = createWorkCalendar();
const ev = (type: MatterEvent['type'], date: string): MatterEvent => ({ type, date });

function clocksOf(input: MatterInput, today: string): Clock[] {
  const result = computeClocks(input, { today, calendar });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return result.value;
}
const one = (input: MatterInput, today: string, rule: string) => clocksOf(input, today).find((c) => c.rule === rule);

describe('the second-complaint window also opens when the first limit expires without a decision (Law on Complaints 2011, Art. 33(1))', () => {
  const accepted = [ev('received', '2026-07-01'), ev('accepted', '2026-07-06')];
  it.each([
    // label, events, options, today, expected: null = no clock, else [start, startEvent, due, state]
    ['no decision: 6/7 + 30 = Wed 5/8 expired; 5/8 + 30 = Fri 4/9', accepted, {}, '2026-08-20', ['2026-08-05', 'resolution-expiry', '2026-09-04', 'running']],
    ['the limit has not expired yet (its last day)', accepted, {}, '2026-08-05', null],
    ['remote: 45 days to Thu 20/8, then 45 days to Sun 4/10 → Mon 5/10', accepted, { remote: true }, '2026-09-01', ['2026-08-20', 'resolution-expiry', '2026-10-05', 'running']],
    [
      'pauses included: 10 paused days move the expiry to Sat 15/8 → Mon 17/8; 30 days → Wed 16/9',
      [...accepted, ev('suspended', '2026-07-10'), ev('continued', '2026-07-20')], {}, '2026-09-01',
      ['2026-08-17', 'resolution-expiry', '2026-09-16', 'running'],
    ],
    ['no decision, the window passed', accepted, {}, '2026-09-10', ['2026-08-05', 'resolution-expiry', '2026-09-04', 'overdue']],
    [
      'a second complaint received within the window',
      [...accepted, ev('second-complaint-received', '2026-08-25')], {}, '2026-09-10',
      ['2026-08-05', 'resolution-expiry', '2026-09-04', 'met'],
    ],
    [
      'decided late but the decision not yet received: the window from the expiry runs',
      [...accepted, ev('decided', '2026-08-10')], {}, '2026-08-20', ['2026-08-05', 'resolution-expiry', '2026-09-04', 'running'],
    ],
    [
      'the decision received: the window runs from its receipt (Thu 13/8 + 30 = Sat 12/9 → Mon 14/9)',
      [...accepted, ev('decided', '2026-08-10'), ev('decision-received', '2026-08-13')], {}, '2026-08-20',
      ['2026-08-13', 'decision-received', '2026-09-14', 'running'],
    ],
    ['decided on time, not yet received: no window yet', [...accepted, ev('decided', '2026-08-01')], {}, '2026-08-20', null],
    ['terminated: no window', [...accepted, ev('terminated', '2026-07-20')], {}, '2026-08-20', null],
    ['a second-time complaint has no further window', accepted, { secondTime: true }, '2026-09-20', null],
  ] as const)('%s', (_label, events, options: MatterOptions, today, expected) => {
    const clock = one({ matterType: 'complaint', events: [...events], options }, today, 'complaint.second-filing');
    if (expected === null) return expect(clock).toBeUndefined();
    const [start, startEvent, due, state] = expected;
    expect(clock).toMatchObject({ start, due, state });
    expect(clock!.explanation.startEvent).toBe(startEvent);
  });

  it('explains the start at the expiry of the first limit, with its source, in both languages', () => {
    const clock = one({ matterType: 'complaint', events: accepted }, '2026-08-20', 'complaint.second-filing')!;
    expect(clock.source.en).toContain('Art. 33(1)');
    const vi = formatExplanation(clock.explanation, 'vi').join('\n');
    const en = formatExplanation(clock.explanation, 'en').join('\n');
    expect(vi).toContain('ngày hết thời hạn giải quyết lần đầu 05/08/2026');
    expect(vi).toContain('Hạn cuối: Thứ Sáu, 04/09/2026');
    expect(en).toContain('expiry of the first resolution limit on 5 Aug 2026');
    expect(en).toContain('no first-time decision');
  });
});

describe('sending and publishing the decision (Law on Complaints 2011, Arts. 32, 41)', () => {
  const decided = [ev('received', '2025-09-01'), ev('accepted', '2025-09-05'), ev('decided', '2025-10-01')];
  it.each([
    // label, second time, send-decision source, publish clock due (null = none)
    ['first-time decision: sent within 3 working days (Art. 32); publication not applied', false, 'Art. 32', null],
    ['second-time decision: sent within 7 days (Art. 41(1)); published within 15 days (Art. 41(2)–(3))', true, 'Art. 41(1)', '2025-10-16'],
  ] as const)('%s', (_label, secondTime, sendSource, publishDue) => {
    const all = clocksOf({ matterType: 'complaint', events: decided, options: { secondTime } }, '2025-10-02');
    expect(all.find((c) => c.rule === 'complaint.send-decision')!.source.en).toContain(sendSource);
    const publish = all.find((c) => c.rule === 'complaint.publish');
    expect(publish?.due ?? null).toBe(publishDue);
    if (publish) expect(publish.source.en).toContain('Law on Complaints 2011, Art. 41(2)–(3)');
  });
});

describe('documented obstacle periods do not count toward the filing limit (Law on Complaints 2011, Art. 9; rules.md D1)', () => {
  // Learned of the act Mon 2/3/2026: 90 days → Sun 31/5 → Mon 1/6.
  const learned = [ev('learned-of-act', '2026-03-02')];
  it.each([
    // label, events, today, state, due, obstacles left out
    ['no obstacle', [], '2026-03-20', 'running', '2026-06-01', 0],
    ['an obstacle from 10/3 to 30/3: 11–30/3 (20 days) not counted → Sat 20/6 → Mon 22/6', [ev('obstacle-began', '2026-03-10'), ev('obstacle-ended', '2026-03-30')], '2026-04-01', 'running', '2026-06-22', 1],
    ['an obstacle still lasting: paused, due projected as if it ended today (31/5 + 10 = Wed 10/6)', [ev('obstacle-began', '2026-03-10')], '2026-03-20', 'paused', '2026-06-10', 1],
    [
      'received within the extended limit',
      [ev('obstacle-began', '2026-03-10'), ev('obstacle-ended', '2026-03-30'), ev('received', '2026-06-15')], '2026-06-20', 'met', '2026-06-22', 1,
    ],
  ] as const)('%s', (_label, events, today, state, due, obstacles) => {
    const clock = one({ matterType: 'complaint', events: [...learned, ...events] }, today, 'complaint.filing')!;
    expect(clock).toMatchObject({ state, due });
    expect(clock.explanation.pauses.filter((p) => p.kind === 'obstacle')).toHaveLength(obstacles);
  });

  it('explains an obstacle as such, with its source, in both languages', () => {
    const events = [...learned, ev('obstacle-began', '2026-03-10'), ev('obstacle-ended', '2026-03-30')];
    const clock = one({ matterType: 'complaint', events }, '2026-04-01', 'complaint.filing')!;
    expect(formatExplanation(clock.explanation, 'vi').join('\n')).toContain(
      'Trở ngại khách quan từ ngày 10/03/2026 đến ngày 30/03/2026: thời gian này không tính vào thời hạn (Luật Khiếu nại 2011, Điều 9',
    );
    expect(formatExplanation(clock.explanation, 'en').join('\n')).toContain(
      'Objective obstacle from 10 Mar 2026 to 30 Mar 2026: that time is not counted (Law on Complaints 2011, Art. 9',
    );
  });

  it.each([
    ['an obstacle ending without a beginning', [ev('obstacle-ended', '2026-03-30')], 'Sự kiện "hết trở ngại khách quan" ngày 30/03/2026 cần có sự kiện "bắt đầu trở ngại khách quan" trước đó'],
    ['an obstacle beginning twice', [ev('obstacle-began', '2026-03-10'), ev('obstacle-began', '2026-03-12')], 'Trở ngại khách quan bắt đầu lại ngày 12/03/2026 trong khi trở ngại trước chưa kết thúc'],
  ] as const)('refuses %s', (_label, events, vi) => {
    const result = computeClocks({ matterType: 'complaint', events: [...learned, ...events] }, { today: '2026-04-01', calendar });
    expect(result).toMatchObject({ ok: false, code: 'EVENTS_OUT_OF_ORDER', message: { vi } });
  });
});
