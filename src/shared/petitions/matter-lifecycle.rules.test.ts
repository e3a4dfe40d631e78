import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { computeClocks } from '../deadlines/matter-clocks.rules';
import type { Clock } from '../deadlines/matter-clocks.schemas';
import type { MatterActionInput } from './matter-actions.schemas';
import { allowedActions, applyAction, clockOptionsOf, clockTypeOf, type LifecycleContext } from './matter-lifecycle.rules';
import type { ContentClass } from './catalogues';
import type { MatterState } from './petitions.schemas';

const calendar = createWorkCalendar();
const doc = (date: string) => ({ number: '05/QĐ-UBND', date, signer: 'Nguyễn Văn A, Chủ tịch UBND', title: null, attachmentId: null });
const fresh = (contentClass: ContentClass, receivedOn: string, extra: Partial<MatterState> = {}): MatterState => ({
  contentClass, round: 1, remote: false, withinCompetence: true, status: 'received', complexity: [], events: [{ type: 'received', date: receivedOn }], ...extra,
});

/** A step: an action input; each is applied in turn and must succeed unless it is the last. */
type Step = MatterActionInput;
const A = {
  accept: (date: string): Step => ({ action: 'accept', date, note: null, document: doc(date) }),
  complex: (date: string, ...criteria: ('several-places' | 'several-contents')[]): Step => ({ action: 'mark-complex', date, note: null, document: doc(date), criteria }),
  extend: (date: string, days = 30): Step => ({ action: 'extend', date, note: null, document: doc(date), days }),
  suspend: (date: string): Step => ({ action: 'suspend', date, note: null, document: doc(date), ground: 'Chờ kết quả giám định' }),
  continue: (date: string): Step => ({ action: 'continue', date, note: null, document: doc(date) }),
  resolve: (date: string, outcome: 'correct' | 'partly-correct' | 'wrong' | 'answered' = 'partly-correct', secondTimeResult: 'upheld' | null = null): Step => ({
    action: 'resolve', date, note: null, document: doc(date), outcome, secondTimeResult,
    remedies: { recoverToState: { money: 0, landM2: 0 }, returnToOrganisations: { money: 0, landM2: 0 }, returnToIndividuals: { money: 0, landM2: 0 }, organisationsRestored: 0, individualsRestored: 0, sanctionsRecommended: { persons: 0, officials: 0 }, referredToInvestigation: { cases: 0, persons: 0, officials: 0 } },
  }),
  transfer: (date: string): Step => ({ action: 'transfer', date, note: null, document: doc(date), toUnitId: null, toBodyName: 'Thanh tra tỉnh' }),
  guide: (date: string): Step => ({ action: 'guide', date, note: null, document: doc(date), toUnitId: null, toBodyName: 'UBND huyện' }),
  withdraw: (date: string, scope: 'whole' | 'partial', continueReason: string | null = null): Step => ({ action: 'withdraw', date, note: null, document: doc(date), scope, content: null, continueReason }),
  escalate: (date: string): Step => ({ action: 'escalate', date, note: null, document: null, superiorName: 'Chủ tịch UBND tỉnh' }),
  secondComplaint: (date: string): Step => ({ action: 'record-second-complaint', date, note: null, secondMatterId: null }),
  schedule: (date: string, dialogueOn: string): Step => ({ action: 'schedule-dialogue', date, note: null, dialogueOn, place: 'Trụ sở UBND' }),
  hold: (date: string): Step => ({ action: 'hold-dialogue', date, note: null, document: doc(date) }),
  terminate: (date: string): Step => ({ action: 'terminate', date, note: null, document: doc(date), ground: 'person-died' }),
};

function run(state: MatterState, steps: readonly Step[], context: Partial<LifecycleContext> & { today: string }) {
  let current = state;
  for (const [n, step] of steps.entries()) {
    const result = applyAction(current, step.action, step, { calendar, ...context });
    if (!result.ok) {
      if (n === steps.length - 1) return result;
      throw new Error(`step ${n} (${step.action}) refused: ${result.message.en}`);
    }
    current = result.value.next;
  }
  return { ok: true as const, value: current };
}
const stateAfter = (state: MatterState, steps: readonly Step[], today: string) => {
  const r = run(state, steps, { today });
  if (!r.ok) throw new Error(r.message.en);
  return r.value as MatterState;
};
function clocksOf(state: MatterState, today: string): Clock[] {
  const r = computeClocks({ matterType: clockTypeOf(state.contentClass), events: state.events, options: clockOptionsOf(state) }, { today, calendar });
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
}
const clock = (state: MatterState, today: string, rule: string) => clocksOf(state, today).find((c) => c.rule === rule);

describe('illegal actions are refused with why and the legal source (409, nothing written)', () => {
  const complaint = fresh('complaint', '2025-03-03');
  const denunciation = fresh('denunciation', '2026-07-01');
  it.each([
    ['resolve before acceptance', complaint, [A.resolve('2025-03-20')], 'WRONG_STATUS', 'Arts. 31 and 40'],
    ['extend a complaint (no extension: complexity gives the longer limit)', complaint, [A.accept('2025-03-10'), A.extend('2025-03-20')], 'NOT_FOR_CLASS', 'Art. 30'],
    ['extend a denunciation with no complexity recorded', denunciation, [A.accept('2026-07-14'), A.extend('2026-08-10')], 'EXTENSION_WITHOUT_COMPLEXITY', 'Art. 30'],
    ['a second extension of a complex (one criterion) denunciation', denunciation,
      [A.accept('2026-07-14'), A.complex('2026-08-05', 'several-places'), A.extend('2026-08-10'), A.extend('2026-09-10')], 'EXTENSION_BEYOND_COMPLEXITY', 'Art. 30'],
    ['an extension after the limit passed', denunciation, [A.accept('2026-07-14'), A.complex('2026-08-05', 'several-places'), A.extend('2026-08-20')], 'EXTENSION_AFTER_LIMIT', 'Art. 30'],
    ['escalate before the resolution limit passed (E4)', denunciation, [A.accept('2026-07-14'), A.escalate('2026-08-01')], 'ESCALATION_BEFORE_LIMIT', 'Art. 38'],
    ['escalate after the conclusion: a further denunciation (Art. 37)', denunciation, [A.accept('2026-07-14'), A.resolve('2026-08-01', 'wrong'), A.escalate('2026-08-20')], 'USE_FURTHER_DENUNCIATION', 'Art. 37'],
    ['continue a matter that is not suspended', complaint, [A.accept('2025-03-10'), A.continue('2025-03-20')], 'WRONG_STATUS', 'Art. 28b'],
    ['resolve while suspended', denunciation, [A.accept('2026-07-14'), A.suspend('2026-07-20'), A.resolve('2026-07-25', 'wrong')], 'WRONG_STATUS', 'Art. 35'],
    ['accept dated before receipt', complaint, [A.accept('2025-03-01')], 'EVENTS_OUT_OF_ORDER', 'Arts. 27 and 36'],
    ['an action dated after today', complaint, [A.accept('2027-01-01')], 'DATED_IN_FUTURE', 'Arts. 27 and 36'],
    ['hold a dialogue never scheduled', complaint, [A.accept('2025-03-10'), A.hold('2025-03-20')], 'DIALOGUE_NOT_SCHEDULED', 'Arts. 30 and 39'],
    ['schedule the dialogue twice', complaint, [A.accept('2025-03-10'), A.schedule('2025-03-12', '2025-03-20'), A.schedule('2025-03-13', '2025-03-25')], 'DIALOGUE_ALREADY_SCHEDULED', 'Arts. 30 and 39'],
    ['a complaint answered like a proposal', complaint, [A.accept('2025-03-10'), A.resolve('2025-03-20', 'answered')], 'OUTCOME_NOT_FOR_CLASS', 'Arts. 31'],
    ['a first-time decision upholding a first decision', complaint, [A.accept('2025-03-10'), A.resolve('2025-03-20', 'correct', 'upheld')], 'SECOND_TIME_RESULT', 'Arts. 31'],
    ['accept outside competence', fresh('proposal', '2025-03-03', { withinCompetence: false }), [A.accept('2025-03-10')], 'OUTSIDE_COMPETENCE', 'Circular 05/2021'],
    ['transfer within competence', denunciation, [A.transfer('2026-07-03')], 'WITHIN_COMPETENCE', 'Circular 05/2021'],
    ['second complaint before the first limit expired and without a decision (D4)', fresh('complaint', '2026-07-01'),
      [A.accept('2026-07-06'), A.secondComplaint('2026-08-05')], 'SECOND_COMPLAINT_NOT_OPEN', 'Art. 33(1)'],
    ['terminate a filed petition', complaint, [{ action: 'file', date: '2025-03-05', note: null, reason: 'illegible' }, A.terminate('2025-03-06')], 'WRONG_STATUS', 'new Art. 11a'],
  ] as const)('%s', (_label, state, steps, reason, source) => {
    const result = run(state, steps as readonly Step[], { today: '2026-11-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ code: 'MATTER_ACTION_NOT_ALLOWED', details: { reason } });
    expect(result.source.en).toContain(source);
    expect(result.message.vi.length).toBeGreaterThan(10);
    expect(result.message.en).toContain(result.source.en);
  });

  it.each([
    ['a denunciation of the same content transferred once already (C5)', fresh('denunciation', '2026-07-01', { withinCompetence: false }), A.transfer('2026-07-03'), { earlierTransfers: 1 }, 'TRANSFER_ONCE', 'Art. 14(1)'],
    ['guide a content already guided once (C2(3))', fresh('proposal', '2026-07-01', { withinCompetence: false }), A.guide('2026-07-03'), { guidedBefore: true }, 'GUIDE_ONCE', 'Art. 8(1)'],
    ['accept an anonymous denunciation (C3)', fresh('denunciation', '2026-07-01'), A.accept('2026-07-03'), { anonymous: true }, 'ANONYMOUS_DENUNCIATION', 'Art. 25'],
    ['accept a complaint of 12 people with one representative and no appointment (C7)', fresh('complaint', '2026-07-01'), A.accept('2026-07-03'),
      { representation: { people: 12, representatives: 1, hasAppointment: false } }, 'APPOINTMENT_MISSING', 'Art. 29'],
    ['accept a complaint of 8 people with 3 representatives (C7)', fresh('complaint', '2026-07-01'), A.accept('2026-07-03'),
      { representation: { people: 8, representatives: 3, hasAppointment: true } }, 'REPRESENTATIVES_OUT_OF_RANGE', 'Art. 29'],
  ] as const)('%s', (_label, state, step, facts, reason, source) => {
    const result = applyAction(state, step.action, step, { today: '2026-11-01', calendar, ...facts });
    expect(result).toMatchObject({ ok: false, code: 'MATTER_ACTION_NOT_ALLOWED', details: { reason } });
    if (!result.ok) expect(result.source.en).toContain(source);
  });

  it('refuses an input whose action differs from the one named', () => {
    const result = applyAction(fresh('complaint', '2025-03-03'), 'resolve', A.accept('2025-03-10') as never, { today: '2025-04-01', calendar });
    expect(result).toMatchObject({ ok: false, details: { reason: 'UNKNOWN_ACTION' } });
  });
});

describe('transitions: status, events and handling direction', () => {
  it.each([
    ['accept', fresh('complaint', '2025-03-03'), [A.accept('2025-03-10')], 'accepted', ['accepted']],
    ['transfer outside competence', fresh('denunciation', '2026-07-01', { withinCompetence: false }), [A.transfer('2026-07-03')], 'transferred', ['transferred']],
    ['suspend then continue', fresh('denunciation', '2026-07-01'), [A.accept('2026-07-03'), A.suspend('2026-07-10'), A.continue('2026-07-20')], 'accepted', ['continued']],
    ['whole withdrawal of a complaint terminates it (D6)', fresh('complaint', '2025-03-03'), [A.accept('2025-03-10'), A.withdraw('2025-03-15', 'whole')], 'terminated', ['withdrawn', 'terminated']],
    ['partial withdrawal continues for the rest (D6)', fresh('complaint', '2025-03-03'), [A.accept('2025-03-10'), A.withdraw('2025-03-15', 'partial')], 'accepted', ['withdrawn']],
    ['a denunciation withdrawn but continued for a recorded reason', fresh('denunciation', '2026-07-01'), [A.accept('2026-07-03'), A.withdraw('2026-07-15', 'whole', 'Có dấu hiệu vi phạm')], 'accepted', ['withdrawn']],
    ['withdrawn before acceptance: filed', fresh('reflection', '2025-03-03'), [A.withdraw('2025-03-05', 'whole')], 'filed', ['withdrawn', 'filed']],
    ['a proposal answered', fresh('proposal', '2025-03-03'), [A.accept('2025-03-05'), A.resolve('2025-03-20', 'answered')], 'resolved', ['decided']],
    ['a dialogue scheduled ahead is dated by its day', fresh('complaint', '2025-03-03'), [A.accept('2025-03-10'), A.schedule('2025-03-12', '2025-03-25')], 'accepted', ['dialogue-scheduled']],
  ] as const)('%s', (_label, state, steps, status, lastEvents) => {
    const before = stateAfter(state, steps.slice(0, -1) as readonly Step[], '2026-11-01');
    const step = steps.at(-1)! as Step;
    const result = applyAction(before, step.action, step, { today: '2026-11-01', calendar });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.next.status).toBe(status);
    expect(result.value.events.map((e) => e.type)).toEqual(lastEvents);
    expect(result.value.next.events.slice(-lastEvents.length)).toEqual(result.value.events);
  });

  it('offers only the actions the table allows now', () => {
    expect(allowedActions(fresh('complaint', '2025-03-03'))).toEqual(['accept', 'reject', 'transfer', 'guide', 'urge', 'file', 'withdraw']);
    const suspended = stateAfter(fresh('denunciation', '2026-07-01'), [A.accept('2026-07-03'), A.suspend('2026-07-10')], '2026-11-01');
    expect(allowedActions(suspended)).toEqual(expect.arrayContaining(['continue', 'mark-complex', 'withdraw', 'terminate']));
    expect(allowedActions(suspended)).not.toContain('resolve');
  });
});

describe('the events feed computeClocks end to end', () => {
  it('a complaint accepted, found complex (45 days instead of 30) and resolved on time', () => {
    const steps = [A.accept('2025-03-10'), A.complex('2025-03-20', 'several-places'), A.resolve('2025-04-20')];
    const state = stateAfter(fresh('complaint', '2025-03-03'), steps, '2025-05-01');
    expect(state.status).toBe('resolved');
    // 10/3 + 45 days = Thu 24/4/2025; without the determination it would be Wed 9/4 and late.
    expect(clock(state, '2025-05-01', 'complaint.resolution')).toMatchObject({ due: '2025-04-24', state: 'met', onTime: true });
    const simple = stateAfter(fresh('complaint', '2025-03-03'), [A.accept('2025-03-10'), A.resolve('2025-04-20')], '2025-05-01');
    expect(clock(simple, '2025-05-01', 'complaint.resolution')).toMatchObject({ due: '2025-04-09', onTime: false });
    expect(clock(state, '2025-05-01', 'complaint.send-decision')).toMatchObject({ state: 'very-overdue' });
  });

  it('a denunciation with one complexity criterion and one extension, resolved on time', () => {
    const steps = [A.accept('2026-07-14'), A.complex('2026-08-05', 'several-places'), A.extend('2026-08-10'), A.resolve('2026-09-10', 'wrong')];
    const state = stateAfter(fresh('denunciation', '2026-07-01'), steps, '2026-09-11');
    expect(state.complexity).toEqual(['several-places']);
    expect(clock(state, '2026-09-11', 'denunciation.resolution')).toMatchObject({ due: '2026-09-14', state: 'met', onTime: true });
  });

  it('a suspension pauses the denunciation limit (Law on Denunciations 2018, Art. 34)', () => {
    const state = stateAfter(fresh('denunciation', '2026-07-01'), [A.accept('2026-07-14'), A.suspend('2026-07-20'), A.continue('2026-07-30')], '2026-08-01');
    // 14/7 + 30 = 13/8, plus the 10 paused days = Sun 23/8 → Mon 24/8.
    expect(clock(state, '2026-08-01', 'denunciation.resolution')).toMatchObject({ due: '2026-08-24', state: 'running' });
  });

  it('an overdue complaint opens the second-complaint window, and recording the second complaint meets it (D4)', () => {
    const state = stateAfter(fresh('complaint', '2026-07-01'), [A.accept('2026-07-06')], '2026-08-20');
    expect(clock(state, '2026-08-20', 'complaint.second-filing')).toMatchObject({ start: '2026-08-05', due: '2026-09-04', state: 'running' });
    const recorded = stateAfter(state, [A.secondComplaint('2026-08-20')], '2026-08-20');
    expect(clock(recorded, '2026-08-25', 'complaint.second-filing')).toMatchObject({ state: 'met', onTime: true });
  });

  it('escalation is accepted only after the limit passed, and starts the report-request clock (E4)', () => {
    const state = stateAfter(fresh('denunciation', '2026-07-01'), [A.accept('2026-07-14'), A.escalate('2026-08-20')], '2026-08-21');
    expect(clock(state, '2026-08-21', 'denunciation.escalation-request')).toMatchObject({ start: '2026-08-20', state: 'running' });
  });
});
