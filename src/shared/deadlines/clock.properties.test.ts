import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../calendar/iso-date';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeDeadline } from './clock.rules';
import { RULE_IDS, type DeadlineEvent } from './deadlines.schemas';
import { findRuleVersion, listRuleVersions } from './rule-table';

const calendars = [createWorkCalendar(), createWorkCalendar({ swappedSaturdayIsWorkingDay: false })];
const startDay = fc.integer({ min: parseIsoDate('2019-01-01')!, max: parseIsoDate('2032-12-31')! });
const anyCalendar = fc.constantFrom(...calendars);

/** Whether `rule` has a version on `start` (online reception and complaint suspension exist from 1 July 2026). */
const inForce = (rule: string, start: number): boolean => findRuleVersion(rule, toIsoDate(start)).ok;
const BEFORE_RULES: string[] = RULE_IDS.filter((id) => listRuleVersions(id).some((v) => v.direction === 'before'));

function dueOf(rule: string, start: number, calendar = calendars[0]!, events: DeadlineEvent[] = [], extensions = 0): number {
  const result = computeDeadline({ rule, start: toIsoDate(start), events, options: { extensions }, calendar });
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  return parseIsoDate(result.value.due)!;
}

describe('computeDeadline properties', () => {
  it('always lands on a working day, after the start, or strictly before it for a "before" limit (Art. 148(5))', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULE_IDS), startDay, anyCalendar, (rule, start, calendar) => {
        if (!inForce(rule, start)) return;
        const due = dueOf(rule, start, calendar);
        expect(calendar.isWorkingEpochDay(due)).toBe(true);
        if (BEFORE_RULES.includes(rule)) expect(due).toBeLessThan(start);
        else expect(due).toBeGreaterThan(start);
      }),
      { numRuns: 1000 },
    );
  });

  it('never moves earlier when the start moves later', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULE_IDS), startDay, fc.integer({ min: 1, max: 40 }), (rule, start, later) => {
        const a = computeDeadline({ rule, start: toIsoDate(start), calendar: calendars[0]! });
        const b = computeDeadline({ rule, start: toIsoDate(start + later), calendar: calendars[0]! });
        // Only comparable within one rule set: 2026 can shorten a limit (complaint.acceptance 10 → 7 working days).
        if (a.ok && b.ok && a.value.ruleSet === b.value.ruleSet) expect(b.value.due >= a.value.due).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never moves earlier when a pause is added (rules B5)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('complaint.resolution', 'denunciation.resolution', 'complaint.filing'),
        startDay,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 60 }),
        anyCalendar,
        (rule, start, offset, length, calendar) => {
          const pause: DeadlineEvent[] = [
            { type: 'suspended', date: toIsoDate(start + offset) },
            { type: 'continued', date: toIsoDate(start + offset + length) },
          ];
          const without = dueOf(rule, start, calendar);
          const withPause = dueOf(rule, start, calendar, pause);
          expect(withPause).toBeGreaterThanOrEqual(without);
          // Where pauses are excluded, a pause inside the period postpones the end by at least its length, less a
          // possible Art. 148(5) shift of the original due date (at most the 9-day Tết break).
          const excluded = computeDeadline({ rule, start: toIsoDate(start), events: pause, calendar });
          const pausable = excluded.ok && excluded.value.explanation.pauses.length > 0;
          if (pausable && offset + length < without - start - 9) expect(withPause - without).toBeGreaterThanOrEqual(length - 9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never moves earlier when an extension is added (Law on Denunciations 2018, Art. 30)', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 30 }), anyCalendar, (start, extensions, days, calendar) => {
        const before = dueOf('denunciation.resolution', start, calendar, [], extensions);
        const after = dueOf('denunciation.resolution', start, calendar, [{ type: 'extended', date: toIsoDate(start + 10), days }], extensions);
        // ≥, not >: one more day can land on the same working day after an Art. 148(5) shift over a weekend.
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeGreaterThanOrEqual(start + 30 * (extensions + 1) + days);
      }),
      { numRuns: 300 },
    );
  });

  it('explains every day between the start and the last counted day exactly once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULE_IDS), startDay, (rule, start) => {
        if (!inForce(rule, start)) return;
        const result = computeDeadline({ rule, start: toIsoDate(start), calendar: calendars[0]! });
        if (!result.ok) throw new Error(result.message.en);
        const { segments, count, firstCountedDay, shift, due, direction } = result.value.explanation;
        expect(segments.filter((s) => s.counted).reduce((n, s) => n + s.days, 0)).toBe(count);
        for (let i = 1; i < segments.length; i++) {
          expect(parseIsoDate(segments[i]!.from)).toBe(parseIsoDate(segments[i - 1]!.to)! + 1);
        }
        if (direction === 'after') {
          expect(segments[0]?.from).toBe(toIsoDate(start + 1));
          expect(segments.find((s) => s.counted)?.from).toBe(firstCountedDay);
          expect(shift ? shift.due : segments.at(-1)?.to).toBe(due);
        } else {
          expect(segments.at(-1)?.to).toBe(toIsoDate(start - 1));
          expect(segments.findLast((s) => s.counted)?.to).toBe(firstCountedDay);
          expect(shift ? shift.due : segments[0]?.from).toBe(due);
          if (shift) expect(shift.due < shift.lastDay).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sends a "before" notice strictly before its event, on a working day; more days never move it later (rules D5, F2)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEFORE_RULES),
        fc.integer({ min: parseIsoDate('2026-07-01')!, max: parseIsoDate('2032-12-31')! }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        anyCalendar,
        (rule, event, count, more, calendar) => {
          const latest = (n: number) => {
            const result = computeDeadline({ rule, start: toIsoDate(event), calendar, ruleOverrides: { [rule]: { count: n } } });
            if (!result.ok) throw new Error(result.message.en);
            return parseIsoDate(result.value.due)!;
          };
          const due = latest(count);
          expect(due).toBeLessThan(event);
          expect(calendar.isWorkingEpochDay(due)).toBe(true);
          expect(latest(count + more)).toBeLessThanOrEqual(due);
          // At least `count` days before the event, whatever the unit.
          expect(event - due).toBeGreaterThanOrEqual(count);
        },
      ),
      { numRuns: 500 },
    );
  });
});
