import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeClocks, type MatterInput } from './matter-clocks.rules';
import { ClockSchema, type MatterEvent } from './matter-clocks.schemas';

const calendar = createWorkCalendar();
const ev = (type: MatterEvent['type'], date: string, days?: number): MatterEvent => (days ? { type, date, days } : { type, date });

function clocks(input: MatterInput, today: string) {
  const result = computeClocks(input, { today, calendar });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return Object.fromEntries(result.value.map((c) => [c.rule, c]));
}

describe('computeClocks: states as of today', () => {
  // Petition received Wed 1/10/2025: 10 working days → Wed 15/10 (Circular 05/2021).
  const petition = (extra: MatterEvent[] = []): MatterInput => ({ matterType: 'petition', events: [ev('received', '2025-10-01'), ...extra] });

  it.each([
    // today, state, working days left (today excluded, due included), overdue by (working days)
    ['2025-10-10', 'running', 3, 0], // Mon 13, Tue 14, Wed 15
    ['2025-10-15', 'running', 0, 0],
    ['2025-10-17', 'overdue', -2, 2], // Thu 16, Fri 17
    ['2025-10-22', 'overdue', -5, 5], // not more than half of 10
    ['2025-10-23', 'very-overdue', -6, 6], // more than half the limit again
  ] as const)('petition.handling on %s is %s (%i working days left)', (today, state, left, overdueBy) => {
    const clock = clocks(petition(), today)['petition.handling']!;
    expect(clock).toMatchObject({ due: '2025-10-15', state, workingDaysLeft: left, overdueBy, completedOn: null, onTime: null });
    expect(ClockSchema.parse(clock)).toEqual(clock);
  });

  it('is met when the petition is handled, on time or late', () => {
    expect(clocks(petition([ev('accepted', '2025-10-14')]), '2025-12-01')['petition.handling']).toMatchObject({
      state: 'met',
      completedBy: 'accepted',
      onTime: true,
      workingDaysLeft: null,
    });
    expect(clocks(petition([ev('transferred', '2025-10-20')]), '2025-12-01')['petition.handling']).toMatchObject({
      state: 'met',
      onTime: false,
    });
  });
});

describe('computeClocks: a complaint under the 2026 rules', () => {
  const events = [
    ev('received', '2026-07-01'),
    ev('accepted', '2026-07-08'),
    ev('suspended', '2026-07-20'),
    ev('continued', '2026-07-30'),
    ev('decided', '2026-08-25'),
    ev('decision-sent', '2026-08-27'),
  ];

  it('runs every clock the events start', () => {
    const result = clocks({ matterType: 'complaint', events }, '2026-09-01');
    expect(Object.keys(result)).toEqual([
      'complaint.acceptance',
      'complaint.resolution',
      'complaint.suspension-notice',
      'complaint.send-decision',
      // Decided 25/8, after the limit expired on 17/8, and not yet received: the Art. 33(1) window runs from 17/8.
      'complaint.second-filing',
    ]);
    // 7 working days from Wed 1/7 → Fri 10/7 (Decree 155/2026, Art. 10); accepted 8/7.
    expect(result['complaint.acceptance']).toMatchObject({ due: '2026-07-10', state: 'met', onTime: true, ruleSet: '2026' });
    // 8/7 + 30 = Fri 7/8, plus the 10 suspended days 21–30/7 → Mon 17/8 (Decree 155/2026, Art. 28b); decided 25/8.
    expect(result['complaint.resolution']).toMatchObject({ due: '2026-08-17', state: 'met', onTime: false });
    // 3 working days from Tue 25/8 → Fri 28/8 (Law on Complaints 2011, Art. 32).
    expect(result['complaint.send-decision']).toMatchObject({ due: '2026-08-28', state: 'met', onTime: true });
    // A second-time decision is published within 15 days (Law Art. 41(2)–(3)) → Wed 9/9; as of Tue 1/9 (a holiday):
    // Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 (2/9 is Quốc khánh).
    const second = clocks({ matterType: 'complaint', events, options: { secondTime: true } }, '2026-09-01');
    expect(second['complaint.publish']).toMatchObject({ due: '2026-09-09', state: 'running', workingDaysLeft: 5 });
  });

  it('tracks sending the latest suspension or continuation decision (Decree 155/2026, Art. 28b)', () => {
    // Continued Thu 30/7/2026: 3 working days → Fri 31, Mon 3/8, Tue 4/8; nothing sent, so overdue on 1/9.
    expect(clocks({ matterType: 'complaint', events }, '2026-09-01')['complaint.suspension-notice']).toMatchObject({
      start: '2026-07-30',
      due: '2026-08-04',
      state: 'very-overdue',
    });
    // Suspended Mon 20/7: Tue 21, Wed 22, Thu 23; the suspension decision was sent on Wed 22.
    const sent = clocks({ matterType: 'complaint', events: [...events.slice(0, 3), ev('suspension-notice-sent', '2026-07-22')] }, '2026-07-25');
    expect(sent['complaint.suspension-notice']).toMatchObject({ start: '2026-07-20', due: '2026-07-23', state: 'met', onTime: true });
    // Under the 2021 rules a complaint suspension has no notice limit: the clock does not run.
    const old = [ev('received', '2025-07-01'), ev('accepted', '2025-07-08'), ev('suspended', '2025-07-20'), ev('continued', '2025-07-30')];
    expect(clocks({ matterType: 'complaint', events: old }, '2025-08-01')['complaint.suspension-notice']).toBeUndefined();
  });

  it('tracks the dialogue notice, due before the dialogue (Decree 124/2020, Art. 28(1) as amended by Decree 155/2026)', () => {
    // Dialogue Thu 15/10/2026: 5 days back end on Sat 10/10 → Fri 9/10.
    const base = [ev('received', '2026-09-01'), ev('accepted', '2026-09-08'), ev('dialogue-scheduled', '2026-10-15')];
    expect(clocks({ matterType: 'complaint', events: base }, '2026-10-05')['complaint.dialogue-notice']).toMatchObject({
      start: '2026-10-15',
      due: '2026-10-09',
      state: 'running',
      workingDaysLeft: 4, // Tue 6, Wed 7, Thu 8, Fri 9
    });
    const late = clocks({ matterType: 'complaint', events: [...base, ev('dialogue-notice-sent', '2026-10-12')] }, '2026-10-20');
    expect(late['complaint.dialogue-notice']).toMatchObject({ state: 'met', completedOn: '2026-10-12', onTime: false });
    const early = clocks({ matterType: 'complaint', events: [...base, ev('dialogue-notice-sent', '2026-10-05')] }, '2026-10-20');
    expect(early['complaint.dialogue-notice']).toMatchObject({ state: 'met', onTime: true });
  });

  it('is paused while suspended, with a projected due date', () => {
    const result = clocks({ matterType: 'complaint', events: events.slice(0, 3) }, '2026-07-25');
    // Paused 21–25/7 so far: 7/8 + 5 → Wed 12/8 if the clock continued today.
    expect(result['complaint.resolution']).toMatchObject({
      state: 'paused',
      due: '2026-08-12',
      dueIsProjected: true,
      workingDaysLeft: null,
    });
    expect(result['complaint.resolution']!.explanation.notes.at(-1)?.en).toContain('Currently suspended');
  });

  it('opens the second-complaint window only after a first-time decision (Law on Complaints 2011, Art. 33)', () => {
    const first = [ev('received', '2025-09-01'), ev('accepted', '2025-09-05'), ev('decided', '2025-10-01'), ev('decision-received', '2025-10-03')];
    // 30 days from Fri 3/10/2025 = Sun 2/11 → Mon 3/11.
    expect(clocks({ matterType: 'complaint', events: first }, '2025-10-10')['complaint.second-filing']).toMatchObject({ due: '2025-11-03' });
    const second = clocks({ matterType: 'complaint', events: first, options: { secondTime: true } }, '2025-10-10');
    expect(second['complaint.second-filing']).toBeUndefined();
    // Second-time resolution: 45 days from Fri 5/9/2025 = Mon 20/10 (Art. 37).
    expect(second['complaint.resolution']).toMatchObject({ due: '2025-10-20', state: 'met' });
  });
});

describe('computeClocks: a denunciation under the 2021 rules', () => {
  const events = [
    ev('received', '2025-03-03'),
    ev('accepted', '2025-03-10'),
    ev('notified', '2025-03-20'),
    { type: 'complexity-determined', date: '2025-04-01', criteria: ['several-places', 'conflicting-evidence'] } as MatterEvent,
    ev('extended', '2025-04-05', 30),
    ev('extended', '2025-05-01', 30),
  ];

  it('adds both extensions of an especially complex matter and reports the overdue resolution', () => {
    const result = clocks({ matterType: 'denunciation', events }, '2025-06-20');
    expect(Object.keys(result)).toEqual(['denunciation.initial-handling', 'denunciation.notify', 'denunciation.resolution']);
    // 7 working days from Mon 3/3 → Wed 12/3 (Law on Denunciations 2018, Art. 24(1)); accepted 10/3.
    expect(result['denunciation.initial-handling']).toMatchObject({ due: '2025-03-12', state: 'met', onTime: true });
    // 5 working days from Mon 10/3 → Mon 17/3 (Art. 29); notified 20/3, late.
    expect(result['denunciation.notify']).toMatchObject({ due: '2025-03-17', state: 'met', onTime: false });
    // 30 + 30 + 30 days from 10/3 = Sun 8/6 → Mon 9/6 (Art. 30); 11 days late on 20/6, working days 10–13, 16–20.
    expect(result['denunciation.resolution']).toMatchObject({ due: '2025-06-09', count: 90, state: 'overdue', overdueBy: 11, workingDaysLeft: -9 });
  });

  it('runs the transfer clock only for a denunciation outside competence (Art. 24(2))', () => {
    const outside = clocks(
      { matterType: 'denunciation', events: [ev('received', '2026-10-01'), ev('transferred', '2026-10-06')] },
      '2026-10-20',
    );
    expect(outside['denunciation.transfer']).toMatchObject({ due: '2026-10-08', state: 'met', onTime: true });
    expect(outside['denunciation.initial-handling']).toMatchObject({ state: 'met', completedBy: 'transferred' });
    const flagged = clocks({ matterType: 'denunciation', events: [ev('received', '2026-10-01')], options: { outsideCompetence: true } }, '2026-10-20');
    expect(flagged['denunciation.transfer']).toMatchObject({ state: 'very-overdue' });
    expect(clocks({ matterType: 'denunciation', events: [ev('received', '2026-10-01')] }, '2026-10-02')['denunciation.transfer']).toBeUndefined();
  });
});

describe('computeClocks: escalation of an overdue denunciation (Law on Denunciations 2018, Art. 38)', () => {
  it('runs the request and report clocks in working days', () => {
    const events = [
      ev('received', '2026-01-05'),
      ev('accepted', '2026-01-09'),
      ev('escalated', '2026-02-12'),
      ev('report-requested', '2026-02-24'),
    ];
    const result = clocks({ matterType: 'denunciation', events }, '2026-03-02');
    // Escalated Thu 12/2/2026: Fri 13 (1); weekend 14–15, Tết 16–20, weekend 21–22; Mon 23 … Thu 26 (5).
    expect(result['denunciation.escalation-request']).toMatchObject({ due: '2026-02-26', state: 'met', onTime: true, ruleSet: '2021' });
    // Requested Tue 24/2: Wed 25, Thu 26, Fri 27, Mon 2/3, Tue 3/3.
    expect(result['denunciation.escalation-report']).toMatchObject({ due: '2026-03-03', state: 'running', workingDaysLeft: 1 });
  });
});

describe('computeClocks: an online reception session (Decree 154/2026, Art. 23)', () => {
  it('runs the schedule-notice clock from 1 July 2026 only', () => {
    // Session Fri 4/9/2026: 5 working days back, over 31/8–2/9 → Tue 25/8.
    const events = [ev('online-notice-sent', '2026-08-24'), ev('online-session-scheduled', '2026-09-04')];
    expect(clocks({ matterType: 'reception', events }, '2026-08-20')['reception.online-notice']).toMatchObject({
      due: '2026-08-25',
      state: 'met',
      onTime: true,
    });
    expect(clocks({ matterType: 'reception', events: [ev('online-session-scheduled', '2026-06-30')] }, '2026-06-01')).toEqual({});
  });
});

describe('computeClocks: invalid input', () => {
  const receivedAccepted = [ev('received', '2026-07-01'), ev('accepted', '2026-07-02')];
  it.each([
    [
      'decided before accepted',
      [ev('received', '2026-07-01'), ev('decided', '2026-07-05'), ev('accepted', '2026-07-08')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "ra quyết định giải quyết" ngày 05/07/2026 cần có sự kiện "thụ lý" trước đó',
    ],
    [
      'decided without acceptance',
      [ev('received', '2026-07-01'), ev('decided', '2026-07-05')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "ra quyết định giải quyết" ngày 05/07/2026 cần có sự kiện "thụ lý" trước đó',
    ],
    [
      'accepted before received',
      [ev('accepted', '2026-06-28'), ev('received', '2026-07-01')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "thụ lý" ngày 28/06/2026 diễn ra trước sự kiện "nhận đơn"',
    ],
    [
      'continued before suspended',
      [...receivedAccepted, ev('continued', '2026-07-05'), ev('suspended', '2026-07-10')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "tiếp tục giải quyết" ngày 05/07/2026 cần có sự kiện "tạm đình chỉ" trước đó',
    ],
    [
      'suspended twice',
      [...receivedAccepted, ev('suspended', '2026-07-05'), ev('suspended', '2026-07-10')],
      'EVENTS_OUT_OF_ORDER',
      'Tạm đình chỉ lại vào ngày 10/07/2026 trong khi lần tạm đình chỉ trước chưa có quyết định tiếp tục giải quyết',
    ],
    [
      'received twice',
      [ev('received', '2026-07-01'), ev('received', '2026-07-02')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "nhận đơn" được ghi nhận hai lần',
    ],
    [
      'a report request without an escalation',
      [...receivedAccepted, ev('report-requested', '2026-07-05')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "yêu cầu báo cáo" ngày 05/07/2026 cần có sự kiện "tố cáo tiếp" trước đó',
    ],
    [
      'extended after the decision',
      [...receivedAccepted, ev('decided', '2026-07-05'), ev('extended', '2026-07-10')],
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "gia hạn" ngày 10/07/2026 diễn ra sau khi vụ việc đã có quyết định giải quyết hoặc đã bị đình chỉ',
    ],
    [
      'an invalid date',
      [ev('received', '2026-02-29')],
      'INVALID_DATE',
      'Sự kiện thứ 1 ("nhận đơn"): ngày 2026-02-29 không hợp lệ (phải là ngày có thật, viết theo dạng YYYY-MM-DD)',
    ],
    [
      'a third extension',
      [
        ...receivedAccepted,
        { type: 'complexity-determined', date: '2026-07-04', criteria: ['several-places', 'several-contents'] } as MatterEvent,
        ev('extended', '2026-07-05'),
        ev('extended', '2026-07-06'),
        ev('extended', '2026-07-07'),
      ],
      'INVALID_OPTION',
      'Quy định "Giải quyết tố cáo" chỉ cho phép gia hạn tối đa 2 lần',
    ],
  ] as const)('rejects %s, saying why in Vietnamese', (_label, events, code, vi) => {
    const result = computeClocks({ matterType: 'denunciation', events: [...events] }, { today: '2026-08-01', calendar });
    expect(result).toMatchObject({ ok: false, code, message: { vi } });
  });

  it('rejects an invalid today', () => {
    expect(computeClocks({ matterType: 'petition', events: [] }, { today: '2026-13-01', calendar })).toMatchObject({
      ok: false,
      code: 'INVALID_DATE',
      message: { en: 'today: not a valid YYYY-MM-DD date: 2026-13-01' },
    });
  });
});
