import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeDeadline } from './clock.rules';
import { DeadlineComputeResponseSchema } from './deadlines.schemas';

const calendar = createWorkCalendar();

// Limits "at least N days before" an event: the result is the latest day the notice may be sent. Counted back from the
// day before the event (the event day is not counted, as in Civil Code 2015, Art. 147); a last day that is not a working
// day moves to the previous working day (Art. 148(5) in the safe direction).
type Case = readonly [rule: string, source: string, event: string, ruleSet: string, due: string];
const BEFORE: readonly Case[] = [
  // D5, 5 calendar days. Dialogue Wed 15/10/2025: Tue 14 (1), Mon 13, Sun 12, Sat 11, Fri 10 (5).
  ['complaint.dialogue-notice', 'Law on Complaints 2011, Art. 30', '2025-10-15', '2021', '2025-10-10'],
  // Dialogue Thu 16/10/2025: Wed 15 (1) … Sat 11 (5) → not a working day → Fri 10.
  ['complaint.dialogue-notice', 'Law on Complaints 2011, Art. 30', '2025-10-16', '2021', '2025-10-10'],
  // Dialogue Thu 15/10/2026: Wed 14 (1) … Sat 10 (5) → Fri 9.
  ['complaint.dialogue-notice', 'Decree 155/2026/NĐ-CP', '2026-10-15', '2026', '2026-10-09'],
  // Tết 2026. Dialogue Wed 25/2: Tue 24 (1), Mon 23, Sun 22, Sat 21, Fri 20 (5, Tết) → back over Tết 16–20 and the
  // weekend 14–15 → Fri 13/2.
  ['complaint.dialogue-notice', 'Law on Complaints 2011, Art. 30', '2026-02-25', '2021', '2026-02-13'],
  // Straddling 1 July 2026: the dialogue's date selects the rule set. Dialogue Tue 30/6 → 2021 rules:
  // Mon 29 (1), Sun 28, Sat 27, Fri 26, Thu 25 (5).
  ['complaint.dialogue-notice', 'Law on Complaints 2011, Art. 30', '2026-06-30', '2021', '2026-06-25'],
  // Dialogue Fri 3/7 → 2026 rules (also for cases accepted earlier: Decree 155/2026, Art. 22(1)):
  // Thu 2 (1), Wed 1, Tue 30/6, Mon 29, Sun 28 (5) → Sat 27 → Fri 26/6.
  ['complaint.dialogue-notice', 'Decree 155/2026/NĐ-CP', '2026-07-03', '2026', '2026-06-26'],
  // F2, 5 working days. Session Thu 15/10/2026: Wed 14, Tue 13, Mon 12 (3); weekend 10–11; Fri 9, Thu 8 (5).
  ['reception.online-notice', 'Decree 154/2026/NĐ-CP, Art. 23', '2026-10-15', '2026', '2026-10-08'],
  // Session Fri 4/9/2026: Thu 3 (1); 1–2/9 National Day; Mon 31/8 swapped day off; weekend 29–30; Fri 28 … Tue 25 (5).
  ['reception.online-notice', 'Decree 154/2026/NĐ-CP, Art. 23', '2026-09-04', '2026', '2026-08-25'],
  // Straddling: session Thu 2/7/2026 (2026 rules), notice in June: Wed 1/7, Tue 30, Mon 29 (3); weekend; Fri 26, Thu 25.
  ['reception.online-notice', 'Decree 154/2026/NĐ-CP, Art. 23', '2026-07-02', '2026', '2026-06-25'],
  // Session Wed 8/7/2026: Tue 7, Mon 6 (2); weekend 4–5; Fri 3, Thu 2, Wed 1 (5).
  ['reception.online-notice', 'Decree 154/2026/NĐ-CP, Art. 23', '2026-07-08', '2026', '2026-07-01'],
];

describe('computeDeadline: limits counted before their event (rules D5, F2)', () => {
  it.each(BEFORE)('%s — %s: event %s, %s rules → send by %s', (rule, source, start, ruleSet, due) => {
    const result = computeDeadline({ rule, start, calendar });
    expect(result).toMatchObject({ ok: true, value: { due, ruleSet, count: 5, explanation: { direction: 'before' } } });
    expect(result.ok && result.value.source.en).toContain(source);
    expect(result.ok && DeadlineComputeResponseSchema.parse(result.value)).toEqual(result.ok && result.value);
  });

  it('explains the backwards count and the move to the previous working day over Tết', () => {
    const result = computeDeadline({ rule: 'complaint.dialogue-notice', start: '2026-02-25', calendar });
    expect(result.ok && result.value.explanation).toMatchObject({
      start: '2026-02-25',
      firstCountedDay: '2026-02-24',
      segments: [{ from: '2026-02-20', to: '2026-02-24', days: 5, counted: true, reason: 'counted' }],
      shift: {
        lastDay: '2026-02-20',
        due: '2026-02-13',
        skipped: [
          { from: '2026-02-14', to: '2026-02-15', days: 2, reason: 'weekend' },
          { from: '2026-02-16', to: '2026-02-20', days: 5, reason: 'holiday', name: { en: 'Lunar New Year (Tết)' } },
        ],
      },
      due: '2026-02-13',
    });
  });

  it('lists skipped and counted working days in date order', () => {
    const result = computeDeadline({ rule: 'reception.online-notice', start: '2026-09-04', calendar });
    const segments = result.ok ? result.value.explanation.segments : [];
    expect(segments.map((s) => [s.from, s.to, s.counted])).toEqual([
      ['2026-08-25', '2026-08-28', true],
      ['2026-08-29', '2026-08-30', false],
      ['2026-08-31', '2026-08-31', false],
      ['2026-09-01', '2026-09-02', false],
      ['2026-09-03', '2026-09-03', true],
    ]);
    expect(result.ok && result.value.explanation.shift).toBeNull();
  });

  it('has no online reception before 1 July 2026 (Decree 154/2026, Art. 23)', () => {
    const result = computeDeadline({ rule: 'reception.online-notice', start: '2026-06-30', calendar });
    expect(result).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', details: { reason: 'NOT_IN_RULE_SET', validFrom: '2026-07-01' } });
    expect(result.ok || result.message.en).toMatch(/online reception.*exists from 1 Jul 2026 \(Decree 154\/2026/i);
    expect(result.ok || result.message.vi).toMatch(/^Quy định "Tiếp công dân trực tuyến.*chỉ có từ ngày 01\/07\/2026 \(Nghị định 154\/2026/);
  });

  it('ignores suspensions and extensions, with a note, and refuses the extensions option', () => {
    const events = [{ type: 'suspended', date: '2026-10-01' }, { type: 'continued', date: '2026-10-05' }] as const;
    const result = computeDeadline({ rule: 'complaint.dialogue-notice', start: '2026-10-15', events: [...events], calendar });
    expect(result).toMatchObject({ ok: true, value: { due: '2026-10-09', explanation: { pauses: [], extensions: [] } } });
    expect(result.ok && result.value.explanation.notes[0]?.en).toContain('counted back from the event');
    const extended = computeDeadline({ rule: 'complaint.dialogue-notice', start: '2026-10-15', options: { extensions: 1 }, calendar });
    expect(extended).toMatchObject({ ok: false, code: 'INVALID_OPTION' });
    const badDate = computeDeadline({ rule: 'complaint.dialogue-notice', start: '2026-10-15', events: [{ type: 'extended', date: '2026-13-01' }], calendar });
    expect(badDate).toMatchObject({ ok: false, code: 'INVALID_DATE' });
  });

  it('follows an administrator override of the count or unit (the table is data)', () => {
    // 7 days before Thu 15/10/2026: Wed 14 (1) … Thu 8 (7), a working day.
    const seven = computeDeadline({
      rule: 'complaint.dialogue-notice', start: '2026-10-15', calendar, ruleOverrides: { 'complaint.dialogue-notice': { count: 7 } },
    });
    expect(seven).toMatchObject({ ok: true, value: { due: '2026-10-08', count: 7 } });
    // 5 working days before Thu 15/10/2026: Wed 14, Tue 13, Mon 12, Fri 9, Thu 8.
    const working = computeDeadline({
      rule: 'complaint.dialogue-notice', start: '2026-10-15', calendar, ruleOverrides: { 'complaint.dialogue-notice': { unit: 'working' } },
    });
    expect(working).toMatchObject({ ok: true, value: { due: '2026-10-08', unit: 'working' } });
    // Zero days: the event day itself, moved back when it is not a working day (Sat 10/10/2026 → Fri 9).
    const zero = computeDeadline({
      rule: 'complaint.dialogue-notice', start: '2026-10-10', calendar, ruleOverrides: { 'complaint.dialogue-notice': { count: 0 } },
    });
    expect(zero).toMatchObject({ ok: true, value: { due: '2026-10-09' } });
  });
});
