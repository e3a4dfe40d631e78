import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { formatExplanation } from './explain';
import { computeClocks, type MatterInput } from './matter-clocks.rules';
import type { Clock, MatterEvent } from './matter-clocks.schemas';

const calendar = createWorkCalendar();
const ev = (type: MatterEvent['type'], date: string): MatterEvent => ({ type, date });

function clocksOf(input: MatterInput, today: string): Clock[] {
  const result = computeClocks(input, { today, calendar });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return result.value;
}
const one = (input: MatterInput, today: string, rule: string) => clocksOf(input, today).find((c) => c.rule === rule);

describe('a pause stops the clock by the rule set in force on the suspension decision (rules A1, B5)', () => {
  // A complaint accepted under the 2021 rules (before 1 July 2026) takes the suspension rule of Decree 124/2020
  // Art. 28b (added by Decree 155/2026) for a suspension decided from 1 July 2026 (Decree 155/2026 Art. 22(1)).
  it.each([
    // label, events after receipt, due, on time, pauses excluded (suspended→continued, rule set)
    [
      'suspended after 1 July 2026: the paused days 11–31/7 are not counted (15/7 + 21 = 5/8)',
      [ev('accepted', '2026-06-15'), ev('suspended', '2026-07-10'), ev('continued', '2026-07-31'), ev('decided', '2026-08-04')],
      '2026-08-05', true, [['2026-07-10', '2026-07-31', '2026']],
    ],
    [
      'suspended before 1 July 2026: the 2021 rules had no clock-stopping suspension (1/6 + 30 = 1/7)',
      [ev('accepted', '2026-06-01'), ev('suspended', '2026-06-10'), ev('continued', '2026-06-20'), ev('decided', '2026-07-05')],
      '2026-07-01', false, [],
    ],
    [
      'one pause of each: only the one decided from 1 July 2026 stops the clock',
      [
        ev('accepted', '2026-06-15'), ev('suspended', '2026-06-20'), ev('continued', '2026-06-25'),
        ev('suspended', '2026-07-10'), ev('continued', '2026-07-31'), ev('decided', '2026-08-05'),
      ],
      '2026-08-05', true, [['2026-07-10', '2026-07-31', '2026']],
    ],
    [
      'a complaint accepted under the 2026 rules',
      [ev('accepted', '2026-07-08'), ev('suspended', '2026-07-20'), ev('continued', '2026-07-30'), ev('decided', '2026-08-17')],
      '2026-08-17', true, [['2026-07-20', '2026-07-30', '2026']],
    ],
  ] as const)('%s', (_label, events, due, onTime, pauses) => {
    const clock = one({ matterType: 'complaint', events: [ev('received', '2026-05-29'), ...events] }, '2026-09-30', 'complaint.resolution')!;
    expect(clock).toMatchObject({ due, onTime, state: 'met' });
    expect(clock.explanation.pauses.map((p) => [p.suspended, p.continued, p.ruleSet])).toEqual(pauses);
  });

  it('explains the transitional rule for a pause taken under the 2026 rules by a 2021 clock, in both languages', () => {
    const events = [ev('received', '2026-06-08'), ev('accepted', '2026-06-15'), ev('suspended', '2026-07-10'), ev('continued', '2026-07-31')];
    const clock = one({ matterType: 'complaint', events }, '2026-08-01', 'complaint.resolution')!;
    expect(clock.ruleSet).toBe('2021');
    expect(clock.explanation.pauses[0]!.source.vi).toContain('Nghị định 124/2020/NĐ-CP, Điều 28b');
    expect(clock.explanation.pauses[0]!.source.en).toContain('Decree 155/2026/NĐ-CP, Art. 22(1)');
    expect(formatExplanation(clock.explanation, 'vi').join('\n')).toContain('Tạm đình chỉ ngày 10/07/2026, tiếp tục ngày 31/07/2026');
    expect(formatExplanation(clock.explanation, 'en').join('\n')).toContain('Suspended on 10 Jul 2026, continued on 31 Jul 2026');
  });

  it.each([
    // label, accepted, suspended, today, state, due, projected
    ['a 2021 clock suspended from 1 July 2026 is paused (15/7 + 10 paused days → Sat 25/7 → Mon 27/7)', '2026-06-15', '2026-07-10', '2026-07-20', 'paused', '2026-07-27', true],
    ['a 2021 clock suspended before 1 July 2026 keeps running (1/6 + 30 = 1/7)', '2026-06-01', '2026-06-20', '2026-06-25', 'running', '2026-07-01', false],
  ] as const)('%s', (_label, accepted, suspended, today, state, due, dueIsProjected) => {
    const events = [ev('received', '2026-05-29'), ev('accepted', accepted), ev('suspended', suspended)];
    expect(one({ matterType: 'complaint', events }, today, 'complaint.resolution')).toMatchObject({ state, due, dueIsProjected });
  });
});

describe('each suspension, termination and continuation decision has its own sending clock (rule B5)', () => {
  const base = [ev('received', '2026-07-01'), ev('accepted', '2026-07-08')];
  it.each([
    // label, matter, events, today, expected clocks (start, due, state)
    [
      'complaint: nothing sent, both decisions are flagged (3 working days, Decree 124/2020 Art. 28b)',
      'complaint', [...base, ev('suspended', '2026-07-20'), ev('continued', '2026-07-30')], '2026-08-05',
      [['2026-07-20', '2026-07-23', 'very-overdue'], ['2026-07-30', '2026-08-04', 'overdue']],
    ],
    [
      'complaint: the suspension decision sent, the continuation decision not yet',
      'complaint',
      [...base, ev('suspended', '2026-07-20'), ev('suspension-notice-sent', '2026-07-22'), ev('continued', '2026-07-30')],
      '2026-08-03',
      [['2026-07-20', '2026-07-23', 'met'], ['2026-07-30', '2026-08-04', 'running']],
    ],
    [
      'complaint: an unsent suspension decision stays flagged after the continuation decision is sent',
      'complaint',
      [...base, ev('suspended', '2026-07-20'), ev('continued', '2026-07-30'), { type: 'suspension-notice-sent', date: '2026-07-31', decisionDate: '2026-07-30' }],
      '2026-08-10',
      [['2026-07-20', '2026-07-23', 'very-overdue'], ['2026-07-30', '2026-08-04', 'met']],
    ],
    [
      'complaint: a sending that names no decision completes the earliest unsent one',
      'complaint',
      [...base, ev('suspended', '2026-07-20'), ev('continued', '2026-07-30'), ev('suspension-notice-sent', '2026-07-31')],
      '2026-08-05',
      [['2026-07-20', '2026-07-23', 'met'], ['2026-07-30', '2026-08-04', 'overdue']],
    ],
    [
      'denunciation: a suspension decision is sent within 5 working days (Law on Denunciations 2018, Art. 34(4))',
      'denunciation', [...base, ev('suspended', '2026-07-20')], '2026-07-28',
      [['2026-07-20', '2026-07-27', 'overdue']],
    ],
  ] as const)('%s', (_label, matterType, events: readonly MatterEvent[], today, expected) => {
    const rule = `${matterType}.suspension-notice`;
    const found = clocksOf({ matterType, events: [...events] }, today).filter((c) => c.rule === rule);
    expect(found.map((c) => [c.start, c.due, c.state])).toEqual(expected);
  });

  it('marks which decision a sending clock belongs to', () => {
    const events = [...base, ev('suspended', '2026-07-20'), ev('continued', '2026-07-30')];
    const found = clocksOf({ matterType: 'complaint', events }, '2026-08-10').filter((c) => c.rule === 'complaint.suspension-notice');
    expect(found.map((c) => c.startedBy)).toEqual(['suspended', 'continued']);
  });
});

it('refuses a sending that names a decision not recorded', () => {
  const base = [ev('received', '2026-07-01'), ev('accepted', '2026-07-08'), ev('suspended', '2026-07-20')];
  const events = [...base, { type: 'suspension-notice-sent', date: '2026-07-22', decisionDate: '2026-07-21' } as const];
  expect(computeClocks({ matterType: 'complaint', events }, { today: '2026-08-01', calendar })).toMatchObject({
    ok: false,
    code: 'EVENTS_OUT_OF_ORDER',
    details: { reason: 'UNKNOWN_DECISION' },
    message: {
      vi: 'Gửi quyết định ngày 22/07/2026 ghi là của quyết định ngày 21/07/2026, nhưng không có quyết định tạm đình chỉ, ' +
        'đình chỉ hoặc tiếp tục giải quyết nào vào ngày đó',
    },
  });
});
