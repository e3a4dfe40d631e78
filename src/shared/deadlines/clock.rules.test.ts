import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeDeadline, type ComputeDeadlineInput } from './clock.rules';
import { DeadlineComputeResponseSchema, type DeadlineOptions } from './deadlines.schemas';

const calendar = createWorkCalendar();

function due(input: Omit<ComputeDeadlineInput, 'calendar'> & { calendar?: ComputeDeadlineInput['calendar'] }): string {
  const result = computeDeadline({ calendar, ...input });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return result.value.due;
}

// Every rule under both rule sets, in a quiet autumn without holidays.
// 2021 rules: start Wed 2025-10-01. 2026 rules: start Thu 2026-10-01 (31/10/2026 is a Saturday).
type Case = readonly [rule: string, source: string, options: DeadlineOptions, due2021: string, due2026: string];
const EVERY_RULE: readonly Case[] = [
  // 10 working days: Thu 2, Fri 3, Mon 6 … Fri 10, Mon 13, Tue 14, Wed 15 (2025) | Fri 2, 5–9, 12–15 (2026).
  ['petition.handling', 'Circular 05/2021/TT-TTCP', {}, '2025-10-15', '2026-10-15'],
  ['reception.refusal-notice', 'Law 42/2013 Art. 9 / Decree 154/2026 Art. 4(3)', {}, '2025-10-06', '2026-10-06'],
  // 90 days: 1/10 + 90 = 30/12 (Tue 2025, Wed 2026), both working days.
  ['complaint.filing', 'Law on Complaints 2011, Art. 9', {}, '2025-12-30', '2026-12-30'],
  // 2021: 10 working days; 2026: 7 working days = Fri 2, Mon 5 … Fri 9, Mon 12.
  ['complaint.acceptance', 'Law on Complaints 2011 Art. 27 / Decree 155/2026 Art. 10', {}, '2025-10-15', '2026-10-12'],
  // 30 days: 31/10 (Fri 2025); 31/10/2026 is a Saturday → Mon 2/11 (Civil Code 2015, Art. 148(5)).
  ['complaint.resolution', 'Law on Complaints 2011, Art. 28', {}, '2025-10-31', '2026-11-02'],
  // 45 days: 15/11 (Sat 2025 → Mon 17/11; Sun 2026 → Mon 16/11).
  ['complaint.resolution', 'Law on Complaints 2011, Art. 28 (complex)', { complex: true }, '2025-11-17', '2026-11-16'],
  ['complaint.resolution', 'Law on Complaints 2011, Art. 28 (remote)', { remote: true }, '2025-11-17', '2026-11-16'],
  // 60 days: 30/11 (Sun 2025 → Mon 1/12; Mon 2026).
  ['complaint.resolution', 'Law on Complaints 2011, Art. 28 (complex + remote)', { complex: true, remote: true }, '2025-12-01', '2026-11-30'],
  ['complaint.resolution', 'Law on Complaints 2011, Art. 37', { secondTime: true }, '2025-11-17', '2026-11-16'],
  ['complaint.resolution', 'Law on Complaints 2011, Art. 37 (complex)', { secondTime: true, complex: true }, '2025-12-01', '2026-11-30'],
  ['complaint.resolution', 'Law on Complaints 2011, Art. 37 (remote)', { secondTime: true, remote: true }, '2025-12-01', '2026-11-30'],
  // 70 days: 10/12 (Wed 2025, Thu 2026).
  ['complaint.resolution', 'Law on Complaints 2011, Art. 37 (complex + remote)', { secondTime: true, complex: true, remote: true }, '2025-12-10', '2026-12-10'],
  ['complaint.second-filing', 'Law on Complaints 2011, Art. 33', {}, '2025-10-31', '2026-11-02'],
  ['complaint.second-filing', 'Law on Complaints 2011, Art. 33 (remote)', { remote: true }, '2025-11-17', '2026-11-16'],
  ['complaint.send-decision', 'Law on Complaints 2011, Art. 32', {}, '2025-10-06', '2026-10-06'],
  // Second-time decision: 7 calendar days (Circular 07/2013, Art. 22).
  ['complaint.send-decision', 'Circular 07/2013/TT-TTCP, Art. 22', { secondTime: true }, '2025-10-08', '2026-10-08'],
  ['complaint.publish', 'Decree 124/2020/NĐ-CP', {}, '2025-10-16', '2026-10-16'],
  ['complaint.enforcement', 'Decree 124/2020/NĐ-CP, Art. 31', {}, '2025-10-08', '2026-10-08'],
  ['denunciation.initial-handling', 'Law on Denunciations 2018, Art. 24(1)', {}, '2025-10-10', '2026-10-12'],
  ['denunciation.initial-handling', 'Law on Denunciations 2018, Art. 24(1) (with reason)', { withReason: true }, '2025-10-15', '2026-10-15'],
  ['denunciation.transfer', 'Law on Denunciations 2018, Art. 24(2)', {}, '2025-10-08', '2026-10-08'],
  ['denunciation.notify', 'Law on Denunciations 2018, Art. 29', {}, '2025-10-08', '2026-10-08'],
  ['denunciation.resolution', 'Law on Denunciations 2018, Art. 30', {}, '2025-10-31', '2026-11-02'],
  ['denunciation.resolution', 'Law on Denunciations 2018, Art. 30 (1 extension)', { extensions: 1 }, '2025-12-01', '2026-11-30'],
  // 90 days: 30/12.
  ['denunciation.resolution', 'Law on Denunciations 2018, Art. 30 (2 extensions)', { extensions: 2 }, '2025-12-30', '2026-12-30'],
];

describe('computeDeadline: every rule under both rule sets', () => {
  it.each(EVERY_RULE)('%s — %s %o: 2021 rules %s', (rule, _source, options, due2021) => {
    const result = computeDeadline({ rule, start: '2025-10-01', options, calendar });
    expect(result).toMatchObject({ ok: true, value: { due: due2021, ruleSet: '2021' } });
  });

  it.each(EVERY_RULE)('%s — %s %o: 2026 rules %s', (rule, _source, options, _due2021, due2026) => {
    const result = computeDeadline({ rule, start: '2026-10-01', options, calendar });
    expect(result).toMatchObject({ ok: true, value: { due: due2026, ruleSet: '2026' } });
  });

  it.each(EVERY_RULE)('%s — %s %o: the response matches DeadlineComputeResponseSchema', (rule, _s, options) => {
    const result = computeDeadline({ rule, start: '2026-10-01', options, calendar });
    expect(result.ok && DeadlineComputeResponseSchema.parse(result.value)).toEqual(result.ok && result.value);
  });
});

// The limits of rules.md E4 and research "Rules an engineer must implement" #7, counted forward in working days.
type Added = readonly [rule: string, source: string, start: string, ruleSet: string, due: string];
const ADDED_AFTER: readonly Added[] = [
  // Escalated Wed 1/10/2025: Thu 2, Fri 3, Mon 6, Tue 7, Wed 8.
  ['denunciation.escalation-request', 'Law on Denunciations 2018, Art. 38', '2025-10-01', '2021', '2025-10-08'],
  // Escalated Thu 1/10/2026: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
  ['denunciation.escalation-request', 'Law on Denunciations 2018, Art. 38', '2026-10-01', '2026', '2026-10-08'],
  // Tết 2026, escalated Thu 12/2: Fri 13 (1); weekend 14–15; Tết 16–20; weekend 21–22; Mon 23 … Thu 26 (5).
  ['denunciation.escalation-request', 'Law on Denunciations 2018, Art. 38', '2026-02-12', '2021', '2026-02-26'],
  ['denunciation.escalation-report', 'Law on Denunciations 2018, Art. 38', '2025-10-01', '2021', '2025-10-08'],
  ['denunciation.escalation-report', 'Law on Denunciations 2018, Art. 38', '2026-10-01', '2026', '2026-10-08'],
  // Straddling 1 July 2026: requested Tue 30/6 → 2021 rules: Wed 1/7, Thu 2, Fri 3, Mon 6, Tue 7.
  ['denunciation.escalation-report', 'Law on Denunciations 2018, Art. 38', '2026-06-30', '2021', '2026-07-07'],
  // Requested Wed 1/7 → 2026 rules: Thu 2, Fri 3, Mon 6, Tue 7, Wed 8.
  ['denunciation.escalation-report', 'Law on Denunciations 2018, Art. 38', '2026-07-01', '2026', '2026-07-08'],
  // Suspension decided Thu 1/10/2026: Fri 2, Mon 5, Tue 6.
  ['complaint.suspension-notice', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)', '2026-10-01', '2026', '2026-10-06'],
  // Straddling: decided Wed 1/7/2026, the first day of the rule: Thu 2, Fri 3, Mon 6.
  ['complaint.suspension-notice', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)', '2026-07-01', '2026', '2026-07-06'],
  // Continuation decided Fri 28/8/2026: weekend 29–30; Mon 31/8 swapped day off; 1–2/9 National Day; Thu 3, Fri 4, Mon 7.
  ['complaint.suspension-notice', 'Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)', '2026-08-28', '2026', '2026-09-07'],
];

describe('computeDeadline: escalation and suspension notices (rules E4; research #7)', () => {
  it.each(ADDED_AFTER)('%s — %s: from %s under the %s rules → %s', (rule, source, start, ruleSet, due) => {
    const result = computeDeadline({ rule, start, calendar });
    expect(result).toMatchObject({ ok: true, value: { due, ruleSet, unit: 'working', explanation: { direction: 'after' } } });
    expect(result.ok && result.value.source.en).toContain(source);
  });

  it('has no suspension notice under the 2021 rules: suspension of complaints is new in Law 136/2025 (Art. 11a)', () => {
    const result = computeDeadline({ rule: 'complaint.suspension-notice', start: '2026-06-30', calendar });
    expect(result).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', details: { reason: 'NOT_IN_RULE_SET' } });
    expect(result.ok || result.message.en).toContain('exists from 1 Jul 2026 (Decree 124/2020/NĐ-CP, Art. 28b (added by Decree 155/2026/NĐ-CP, Art. 12)');
    expect(result.ok || result.message.vi).toBe(
      'Quy định "Gửi quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết khiếu nại" không thuộc bộ quy định 2021 áp dụng ' +
        'vào ngày 30/06/2026: quy định này chỉ có từ ngày 01/07/2026 (Nghị định 124/2020/NĐ-CP, Điều 28b (bổ sung bởi ' +
        'Nghị định 155/2026/NĐ-CP, Điều 12); Luật 136/2025/QH15 (Điều 11a mới))',
    );
  });
});

describe('computeDeadline: counting (Civil Code 2015, Arts. 147, 148; rules B)', () => {
  it('straddles 1 July 2026: complaint.acceptance received 30/6 → 2021 rules, 10 working days', () => {
    // Wed 1/7, Thu 2, Fri 3 (3); Mon 6 … Fri 10 (8); Mon 13 (9), Tue 14 (10).
    const result = computeDeadline({ rule: 'complaint.acceptance', start: '2026-06-30', calendar });
    expect(result).toMatchObject({ ok: true, value: { due: '2026-07-14', ruleSet: '2021', count: 10, unit: 'working' } });
  });

  it('straddles 1 July 2026: complaint.acceptance received 1/7 → 2026 rules, 7 working days (Decree 155/2026, Art. 10)', () => {
    // Thu 2/7, Fri 3 (2); Mon 6 … Fri 10 (7).
    const result = computeDeadline({ rule: 'complaint.acceptance', start: '2026-07-01', calendar });
    expect(result).toMatchObject({ ok: true, value: { due: '2026-07-10', ruleSet: '2026', count: 7 } });
  });

  it('skips Tết in working days (petition received Wed 11/2/2026)', () => {
    // Thu 12 (1), Fri 13 (2); weekend 14–15; Tết 16–20 (official); weekend 21–22;
    // Mon 23 … Fri 27 (7); Mon 2/3 (8), Tue 3 (9), Wed 4 (10).
    const result = computeDeadline({ rule: 'petition.handling', start: '2026-02-11', calendar });
    expect(result.ok && result.value.due).toBe('2026-03-04');
    const skipped = result.ok ? result.value.explanation.segments.filter((s) => !s.counted) : [];
    expect(skipped).toContainEqual({
      from: '2026-02-16',
      to: '2026-02-20',
      days: 5,
      counted: false,
      reason: 'holiday',
      name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
    });
  });

  it('moves a calendar-day period ending in the Tết break to the next working day (Art. 148(5))', () => {
    // Accepted Thu 15/1/2026 + 30 days = Sat 14/2; 14–22/2 is the Tết break; Mon 23/2.
    const result = computeDeadline({ rule: 'complaint.resolution', start: '2026-01-15', calendar });
    expect(result.ok && result.value.due).toBe('2026-02-23');
    expect(result.ok && result.value.explanation.shift).toMatchObject({ lastDay: '2026-02-14', due: '2026-02-23' });
  });

  it('moves a period ending on a weekday holiday: 15 days from Wed 15/4/2026 = Thu 30/4 → Mon 4/5', () => {
    expect(due({ rule: 'complaint.publish', start: '2026-04-15' })).toBe('2026-05-04');
  });

  it('counts a make-up Saturday as a working day by default, and not when configured', () => {
    // Fri 9/1/2026: Sat 10/1 is a make-up day (swap for Fri 2/1).
    expect(due({ rule: 'petition.handling', start: '2026-01-09' })).toBe('2026-01-22');
    const strict = createWorkCalendar({ swappedSaturdayIsWorkingDay: false });
    expect(due({ rule: 'petition.handling', start: '2026-01-09', calendar: strict })).toBe('2026-01-23');
    // 15 days from Fri 26/12/2025 end on Sat 10/1/2026: a working day, unless configured otherwise (then Mon 12/1).
    expect(due({ rule: 'complaint.publish', start: '2025-12-26' })).toBe('2026-01-10');
    expect(due({ rule: 'complaint.publish', start: '2025-12-26', calendar: strict })).toBe('2026-01-12');
  });

  it('handles zero-day periods and weekend starts', () => {
    const zero = { 'petition.handling': { count: 0 } } as const;
    expect(due({ rule: 'petition.handling', start: '2025-10-01', ruleOverrides: zero })).toBe('2025-10-01');
    expect(due({ rule: 'petition.handling', start: '2025-10-04', ruleOverrides: zero })).toBe('2025-10-06');
    // Received Sat 4/10/2025: Sun skipped, Mon 6 is the first and only working day.
    expect(due({ rule: 'petition.handling', start: '2025-10-04', ruleOverrides: { 'petition.handling': { count: 1 } } })).toBe('2025-10-06');
  });

  it('leaves suspended days out of a 2026 complaint resolution (Decree 155/2026, Art. 28b)', () => {
    // Accepted Wed 1/7/2026 + 30 = Fri 31/7. Suspended 10/7, continued 20/7: 11–20/7 (10 days) not counted → Mon 10/8.
    const events = [
      { type: 'suspended', date: '2026-07-10' },
      { type: 'continued', date: '2026-07-20' },
    ] as const;
    const result = computeDeadline({ rule: 'complaint.resolution', start: '2026-07-01', events: [...events], calendar });
    expect(result.ok && result.value.due).toBe('2026-08-10');
    expect(result.ok && result.value.explanation.pauses).toHaveLength(1);
    expect(result.ok && result.value.explanation.segments.find((s) => s.reason === 'pause')).toMatchObject({
      from: '2026-07-11',
      to: '2026-07-20',
      days: 10,
    });
  });

  it('counts suspended days under the 2021 complaint rules, with a note', () => {
    // Accepted Mon 15/6/2026 + 30 = Wed 15/7; no pause exclusion before 1/7/2026.
    const events = [
      { type: 'suspended', date: '2026-06-20' },
      { type: 'continued', date: '2026-06-30' },
    ] as const;
    const result = computeDeadline({ rule: 'complaint.resolution', start: '2026-06-15', events: [...events], calendar });
    expect(result.ok && result.value.due).toBe('2026-07-15');
    expect(result.ok && result.value.explanation.notes).toHaveLength(1);
  });

  it('adds extensions decided for a denunciation (Law on Denunciations 2018, Art. 30)', () => {
    // Accepted Wed 1/7/2026; extension of 20 days → 50 days → Thu 20/8.
    expect(due({ rule: 'denunciation.resolution', start: '2026-07-01', events: [{ type: 'extended', date: '2026-07-25', days: 20 }] })).toBe(
      '2026-08-20',
    );
  });

  it('lets an administrator change a unit or count (the table is data)', () => {
    // complaint.resolution in working days: 30 working days from Thu 1/10/2026 = Thu 12/11.
    expect(due({ rule: 'complaint.resolution', start: '2026-10-01', ruleOverrides: { 'complaint.resolution': { unit: 'working' } } })).toBe(
      '2026-11-12',
    );
    const only2021 = { 'complaint.acceptance': { ruleSet: '2021', count: 12 } } as const;
    expect(due({ rule: 'complaint.acceptance', start: '2025-10-01', ruleOverrides: only2021 })).toBe('2025-10-17');
    expect(due({ rule: 'complaint.acceptance', start: '2026-10-01', ruleOverrides: only2021 })).toBe('2026-10-12');
  });
});

describe('computeDeadline: errors are returned, not thrown', () => {
  it.each([
    ['an invalid date', { rule: 'petition.handling', start: '2026-02-30' }, 'INVALID_DATE'],
    ['an unknown rule', { rule: 'complaint.appeal', start: '2026-02-03' }, 'UNKNOWN_RULE'],
    ['a date before 1900', { rule: 'petition.handling', start: '1899-12-31' }, 'DATE_OUT_OF_RANGE'],
    ['a denunciation before Law 25/2018', { rule: 'denunciation.resolution', start: '2018-06-01' }, 'DATE_OUT_OF_RANGE'],
    ['an option the rule lacks', { rule: 'petition.handling', start: '2026-02-03', options: { complex: true } }, 'INVALID_OPTION'],
    ['extensions on a complaint', { rule: 'complaint.resolution', start: '2026-02-03', options: { extensions: 1 } }, 'INVALID_OPTION'],
    ['a third extension', { rule: 'denunciation.resolution', start: '2026-02-03', options: { extensions: 3 } }, 'INVALID_OPTION'],
    [
      'two extensions plus an extension decision',
      { rule: 'denunciation.resolution', start: '2026-02-03', options: { extensions: 2 }, events: [{ type: 'extended', date: '2026-02-10' }] },
      'INVALID_OPTION',
    ],
    [
      'an extension longer than 30 days',
      { rule: 'denunciation.resolution', start: '2026-02-03', events: [{ type: 'extended', date: '2026-02-10', days: 31 }] },
      'INVALID_OPTION',
    ],
    [
      'continued before suspended',
      {
        rule: 'complaint.resolution',
        start: '2026-07-01',
        events: [
          { type: 'continued', date: '2026-07-05' },
          { type: 'suspended', date: '2026-07-10' },
        ],
      },
      'EVENTS_OUT_OF_ORDER',
    ],
    ['a suspension without continuation', { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'suspended', date: '2026-07-05' }] }, 'EVENTS_OUT_OF_ORDER'],
    ['an event before the start', { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'extended', date: '2026-06-05' }] }, 'EVENTS_OUT_OF_ORDER'],
    ['an invalid event date', { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'suspended', date: '2026-07-32' }] }, 'INVALID_DATE'],
  ] as const)('rejects %s', (_label, input, code) => {
    const result = computeDeadline({ calendar, ...(input as Omit<ComputeDeadlineInput, 'calendar'>) });
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok || (result.message.vi.length > 0 && result.message.en.length > 0)).toBe(true);
  });
});
