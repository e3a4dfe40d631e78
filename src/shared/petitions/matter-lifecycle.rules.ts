/**
 * applyAction: one step of a matter's lifecycle (rules C4–C7, D, E). It checks the transition table, the guards of
 * the action and then the whole event history against `computeClocks` (which holds every statutory limit: extensions
 * tied to complexity, escalation only after the limit, order of decisions…), and returns the next state with the
 * events to append. A refused action names why and its legal source; the server answers 409 and writes nothing.
 */
import type { MatterEvent, MatterOptions, MatterType } from '../deadlines/matter-clocks.schemas';
import { computeClocks, type ClockContext } from '../deadlines/matter-clocks.rules';
import type { ContentClass, HandlingDirection, ResolutionStep } from './catalogues';
import { guardAction, type GuardOutcome, type LifecycleFacts } from './matter-guards.rules';
import type { ActionInput, MatterAction } from './matter-actions.schemas';
import type { MatterState } from './petitions.schemas';
import { ok, refuse, type RuleResult } from './rule-result';
import { MATTER_STATUS_LABELS, TRANSITIONS } from './matter-transitions';

/** Clocks, today and the facts about other matters the service looked up (earlier transfers, guidance, signers). */
export type LifecycleContext = ClockContext & LifecycleFacts;

export interface Applied {
  next: MatterState;
  /** The events to append to the matter's history (also in `next.events`). */
  events: MatterEvent[];
  step: ResolutionStep;
  direction: HandlingDirection | null;
}

/** The clock engine's matter type for a content class: proposals and reflections run the petition-handling clock. */
export const clockTypeOf = (contentClass: ContentClass): MatterType =>
  contentClass === 'complaint' || contentClass === 'denunciation' ? contentClass : 'petition';

/** The options `computeClocks` reads from a matter. */
export function clockOptionsOf(state: MatterState): MatterOptions {
  return {
    secondTime: state.round === 2 || undefined,
    remote: state.remote || undefined,
    complex: (state.contentClass === 'complaint' && state.complexity.length > 0) || undefined,
    outsideCompetence: !state.withinCompetence || undefined,
  };
}

/** Actions the table allows now for this matter's class and status (the UI offers only these; guards may still refuse). */
export function allowedActions(state: MatterState): MatterAction[] {
  return (Object.keys(TRANSITIONS) as MatterAction[]).filter((a) => {
    const t = TRANSITIONS[a];
    return t.classes.includes(state.contentClass) && t.from.includes(state.status);
  });
}

export function applyAction<A extends MatterAction>(state: MatterState, action: A, input: ActionInput<A>, context: LifecycleContext): RuleResult<Applied> {
  const t = TRANSITIONS[action];
  if (!t || input.action !== action) {
    return refuse('UNKNOWN_ACTION', { vi: `Thao tác không hợp lệ: ${String(action)}`, en: `Unknown action: ${String(action)}` }, { vi: 'Oversight', en: 'Oversight' });
  }
  if (!t.classes.includes(state.contentClass)) {
    return refuse(
      'NOT_FOR_CLASS',
      { vi: `Không thể ${t.label.vi} đối với vụ việc loại này`, en: `Cannot ${t.label.en} a matter of this class` },
      t.source,
      { contentClass: state.contentClass },
    );
  }
  if (!t.from.includes(state.status)) {
    const status = MATTER_STATUS_LABELS[state.status];
    return refuse(
      'WRONG_STATUS',
      { vi: `Không thể ${t.label.vi} khi vụ việc ${status.vi}`, en: `Cannot ${t.label.en} a matter that is ${status.en}` },
      t.source,
      { status: state.status, allowedFrom: t.from },
    );
  }
  if (input.date > context.today) {
    return refuse('DATED_IN_FUTURE', { vi: `Ngày ${input.date} ở sau ngày hôm nay`, en: `The date ${input.date} is after today` }, t.source, { date: input.date });
  }
  const document = 'document' in input ? input.document : null;
  if (document && document.date > input.date) {
    return refuse(
      'DOCUMENT_AFTER_ACTION',
      { vi: `Văn bản số ${document.number} đề ngày ${document.date}, sau ngày thao tác ${input.date}`, en: `Document ${document.number} is dated ${document.date}, after the action on ${input.date}` },
      t.source,
      { documentDate: document.date, date: input.date },
    );
  }
  const guarded = guardAction(state, action, input, context);
  if (!guarded.ok) return guarded;
  const outcome: GuardOutcome = guarded.value;
  const produced: MatterEvent[] = outcome.events ?? (t.event ? [{ type: t.event, date: input.date }] : []);
  const next: MatterState = {
    ...state,
    status: outcome.status ?? t.to ?? state.status,
    complexity: outcome.complexity ?? state.complexity,
    events: [...state.events, ...produced],
  };
  if (produced.length > 0) {
    const clocks = computeClocks({ matterType: clockTypeOf(next.contentClass), events: next.events, options: clockOptionsOf(next) }, context);
    if (!clocks.ok) {
      const reason = typeof clocks.details?.reason === 'string' ? clocks.details.reason : clocks.code;
      return {
        ok: false,
        code: 'MATTER_ACTION_NOT_ALLOWED',
        message: { vi: `Không thể ${t.label.vi}: ${clocks.message.vi} (${t.source.vi}).`, en: `Cannot ${t.label.en}: ${clocks.message.en} (${t.source.en}).` },
        source: t.source,
        details: { ...clocks.details, reason },
      };
    }
  }
  return ok({ next, events: produced, step: t.step, direction: t.direction ?? null });
}
