import { describe, expect, it } from 'vitest';
import { checkReceptionDuty, type DutySession, type HeadKind } from './reception-duty.rules';
import { checkTurn, countTurn } from './reception-turn.rules';
import { ReceptionSessionCreateSchema, ReceptionTurnCreateSchema } from './reception.schemas';

const s = (date: string, presidedBy: 'head' | 'deputy' = 'head', kind: 'periodic' | 'unscheduled' | 'regular' = 'periodic'): DutySession => ({ date, kind, presidedBy });

describe("heads' reception duty as the rule stood on each date (rules F4)", () => {
  it.each([
    ['district chair 2021: 2 days a month, held 2', 'district-committee-chair', '2022-03', [s('2022-03-05'), s('2022-03-20')], 2, 2, 0, 0],
    ['district chair: two sessions on one day are one day', 'district-committee-chair', '2022-03', [s('2022-03-05'), s('2022-03-05', 'head', 'unscheduled')], 2, 1, 1, 0],
    ['district chair 2021: an authorised deputy counts', 'district-committee-chair', '2022-03', [s('2022-03-05'), s('2022-03-20', 'deputy')], 2, 2, 0, 0],
    ['district level gone from July 2025', 'district-committee-chair', '2025-07', [], 0, 0, 0, 0],
    ['commune chair 2021: one day a week, June 2026 has 4 weeks, 3 held', 'commune-committee-chair', '2026-06',
      [s('2026-06-02'), s('2026-06-09'), s('2026-06-16')], 4, 3, 1, 0],
    ['commune chair 2021: a week with two sessions makes up no other week', 'commune-committee-chair', '2026-06',
      [s('2026-06-02'), s('2026-06-03'), s('2026-06-09'), s('2026-06-16')], 4, 4, 1, 0],
    ['commune chair 2026: 2 days a month; a deputy no longer counts', 'commune-committee-chair', '2026-07', [s('2026-07-07'), s('2026-07-21', 'deputy')], 2, 1, 1, 1],
    ['province chair: regular sessions by officers never count', 'province-committee-chair', '2023-05', [s('2023-05-10', 'head', 'regular')], 1, 0, 1, 0],
    ['commune Party secretary: 2 days a month, in person only', 'commune-party-secretary', '2023-05', [s('2023-05-10'), s('2023-05-12', 'deputy')], 2, 1, 1, 1],
  ] as const)('%s', (_label, head, month, sessions, required, held, shortfall, deputyNotCounted) => {
    const result = checkReceptionDuty(head as HeadKind, month, sessions);
    expect(result).toMatchObject({ required, held, shortfall, deputyNotCounted });
    for (const rule of result.rules) expect(rule.source.en.length).toBeGreaterThan(5);
  });
  it('names the source of the rule applied', () => {
    expect(checkReceptionDuty('commune-committee-chair', '2022-01', []).rules[0]!.source.en).toContain('Art. 15(2)(d)');
    expect(checkReceptionDuty('commune-committee-chair', '2026-08', []).rules[0]!.source.en).toContain('Law 136/2025/QH15');
  });
});

const citizen = (fullName: string, isRepresentative = false) => ({ citizen: { fullName }, isRepresentative });
const matter = (outcome: object, repeatOfMatterId: string | null = null) => ({
  summary: 'Đề nghị giải quyết tranh chấp đất', contentClass: 'proposal', field: 'land-housing', withinCompetence: true, repeatOfMatterId, outcome,
});
const turn = (change: object = {}) =>
  ReceptionTurnCreateSchema.parse({ sessionId: 's-1', date: '2026-07-08', citizens: [citizen('Trần Văn D')], headcount: 1, summary: 'Trình bày', matters: [matter({ kind: 'petition-received' })], ...change });

describe('reception turns (rules F1, F5, C7)', () => {
  it.each([
    ['one person, one matter', {}, true],
    ['a group of 7 with 2 representatives', { headcount: 7, citizens: [citizen('A', true), citizen('B', true)] }, true],
    ['a group of 7 with no representative', { headcount: 7, citizens: [citizen('A')] }, false],
    ['a group of 12 with 5 representatives', { headcount: 12, citizens: ['A', 'B', 'C', 'D', 'E'].map((n) => citizen(n, true)) }, true],
    ['refused on a 2026 ground in July 2026', { matters: [matter({ kind: 'refused', ground: 'weapons' })] }, true],
    ['refused on a 2026 ground in 2023', { date: '2023-07-08', matters: [matter({ kind: 'refused', ground: 'weapons' })] }, false],
    ['refused on a Law ground in 2023', { date: '2023-07-08', matters: [matter({ kind: 'refused', ground: 'threatening-or-disorderly' })] }, true],
  ])('%s', (_label, change, valid) => {
    const result = checkTurn(turn(change));
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.message.en).toMatch(/Art\. (29|4\(1\))/);
  });
  it('refuses fewer people than citizens named', () => {
    expect(ReceptionTurnCreateSchema.safeParse({ ...turn(), citizens: [citizen('A'), citizen('B')], headcount: 1 }).success).toBe(false);
  });
  it('counts what form 01/TCD needs: turns, people, first-time and repeat matters, groups', () => {
    const group = turn({ headcount: 9, citizens: [citizen('A', true)], matters: [matter({ kind: 'answered' }), matter({ kind: 'guided', toBodyName: 'Tòa án' }, 'm-1')] });
    expect(countTurn(group)).toEqual({ turns: 1, people: 9, mattersFirstTime: 1, mattersRepeat: 1, groups: 1, groupPeople: 9 });
  });
});

describe('reception sessions (rules F2)', () => {
  const base = { unitId: 'u-1', kind: 'periodic', date: '2026-07-08', presidedBy: 'head', headUserId: 'user-1', presiderName: 'Chủ tịch UBND xã' };
  it.each([
    ["the head's periodic session", {}, true],
    ['a regular session by the officer on duty', { kind: 'regular', presidedBy: 'officer', headUserId: null }, true],
    ['a regular session presided by the head', { kind: 'regular' }, false],
    ['a deputy without a written authorisation', { presidedBy: 'deputy' }, false],
    ['a deputy with one', { presidedBy: 'deputy', authorisation: { number: '01/GUQ-UBND', date: '2026-07-01', signer: 'Chủ tịch' } }, true],
    ['online in 2026', { form: 'online' }, true],
    ['online before 1 July 2026', { form: 'online', date: '2026-06-30' }, false],
  ])('%s', (_label, change, valid) => {
    expect(ReceptionSessionCreateSchema.safeParse({ ...base, ...change }).success).toBe(valid);
  });
});
