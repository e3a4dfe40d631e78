/**
 * The guards of matter actions that need more than the transition table: competence, transfer once, guidance once,
 * anonymous denunciations, representatives, complexity, dialogue, outcomes, withdrawal, escalation and the second
 * complaint (rules C2–C7, D3–D6, E3–E4). Limits themselves are the clock engine's: see matter-lifecycle.rules.ts.
 */
import type { ComplexityCriterion, MatterEvent } from '../deadlines/matter-clocks.schemas';
import { computeClocks } from '../deadlines/matter-clocks.rules';
import type { IsoDate } from '../calendar/iso-date';
import { checkRepresentation, checkTransferOnce, type RepresentationFacts } from './classification.rules';
import type { ActionInput, MatterAction } from './matter-actions.schemas';
import type { LifecycleContext } from './matter-lifecycle.rules';
import type { MatterState, MatterStatus } from './petitions.schemas';
import { ok, refuse, SOURCES, type RuleFailure, type RuleResult } from './rule-result';

/** Facts about the petition and other matters that the service looks up before an action. */
export interface LifecycleFacts {
  /** Transfers already made of denunciations of the same content (linked repeats), rule C5. */
  earlierTransfers?: number;
  /** The same content was already guided once, rule C2(3). */
  guidedBefore?: boolean;
  /** The petition has no usable name and address, rule C3. */
  anonymous?: boolean;
  /** Several complainants on one content, rule C7. */
  representation?: RepresentationFacts;
}

/** What a guard changes beyond the table: other events, another status, the complexity recorded. */
export interface GuardOutcome {
  events?: MatterEvent[];
  status?: MatterStatus;
  complexity?: ComplexityCriterion[];
}

const asConflict = (failure: RuleFailure): RuleFailure => ({ ...failure, code: 'MATTER_ACTION_NOT_ALLOWED' });
const none: RuleResult<GuardOutcome> = ok({});
const has = (state: MatterState, type: MatterEvent['type']) => state.events.some((e) => e.type === type);

/**
 * The second-complaint window of a first-time complaint as of `date` (rules D4; Law on Complaints 2011, Art. 33(1)):
 * open once the first decision was received or the first limit expired without a decision. `late` when past it
 * (the complaint may then be refused acceptance, Art. 11).
 */
export function secondComplaintWindow(first: MatterState, date: IsoDate, context: LifecycleContext): RuleResult<{ due: IsoDate; late: boolean }> {
  const notOpen = (why: { vi: string; en: string }) => refuse('SECOND_COMPLAINT_NOT_OPEN', why, SOURCES.complaintsArt33, { date });
  if (first.contentClass !== 'complaint' || first.round !== 1) {
    return notOpen({ vi: 'Chỉ khiếu nại lần đầu mới có khiếu nại lần hai', en: 'Only a first-time complaint has a second-time complaint' });
  }
  if (first.status === 'terminated') return notOpen({ vi: 'Việc giải quyết khiếu nại lần đầu đã bị đình chỉ', en: 'The first-time complaint was terminated' });
  const clocks = computeClocks(
    { matterType: 'complaint', events: first.events.filter((e) => e.type !== 'second-complaint-received'), options: { remote: first.remote || undefined } },
    { ...context, today: date },
  );
  if (!clocks.ok) return asConflict(refuse('EVENTS_OUT_OF_ORDER', clocks.message, SOURCES.complaintsArt33));
  const window = clocks.value.find((c) => c.rule === 'complaint.second-filing');
  if (!window) {
    return notOpen({
      vi: 'Chưa nhận được quyết định giải quyết lần đầu và thời hạn giải quyết lần đầu chưa hết',
      en: 'The first decision has not been received and the first-time limit has not expired',
    });
  }
  return ok({ due: window.due, late: date > window.due });
}

export function guardAction<A extends MatterAction>(state: MatterState, action: A, input: ActionInput<A>, context: LifecycleContext): RuleResult<GuardOutcome> {
  const i = input as ActionInput<MatterAction>;
  switch (i.action) {
    case 'accept':
      if (!state.withinCompetence) {
        return refuse('OUTSIDE_COMPETENCE', { vi: 'Vụ việc không thuộc thẩm quyền: không thụ lý mà chuyển đơn hoặc hướng dẫn', en: 'Outside competence: transfer or guide instead of accepting' }, SOURCES.handling);
      }
      if (state.contentClass === 'denunciation' && context.anonymous) {
        return refuse('ANONYMOUS_DENUNCIATION', { vi: 'Tố cáo nặc danh, mạo danh không được thụ lý giải quyết như tố cáo', en: 'An anonymous denunciation is not accepted as a denunciation' }, SOURCES.anonymous);
      }
      if (state.contentClass === 'complaint' && context.representation && context.representation.people > 1) {
        const checked = checkRepresentation(context.representation);
        if (!checked.ok) return asConflict(checked);
      }
      return none;
    case 'transfer': {
      if (state.withinCompetence) {
        return refuse('WITHIN_COMPETENCE', { vi: 'Vụ việc thuộc thẩm quyền: thụ lý, không chuyển đơn', en: 'Within competence: accept it rather than transfer it' }, SOURCES.handling);
      }
      const once = checkTransferOnce(state.contentClass, context.earlierTransfers ?? 0);
      return once.ok ? none : once;
    }
    case 'guide':
      if (context.guidedBefore) {
        return refuse('GUIDE_ONCE', { vi: 'Nội dung này đã được hướng dẫn một lần: lưu đơn', en: 'This content was already guided once: file it away' }, SOURCES.guideOnce);
      }
      return none;
    case 'mark-complex': {
      const criteria = [...new Set(i.criteria)];
      return ok({ complexity: criteria, events: [{ type: 'complexity-determined', date: i.date, criteria }] });
    }
    case 'extend':
      return ok({ events: [{ type: 'extended', date: i.date, days: i.days }] });
    case 'send-suspension-notice':
      return ok({ events: [{ type: 'suspension-notice-sent', date: i.date, decisionDate: i.decisionDate }] });
    case 'schedule-dialogue':
      if (has(state, 'dialogue-scheduled')) {
        return refuse('DIALOGUE_ALREADY_SCHEDULED', { vi: 'Cuộc đối thoại đã được lên lịch', en: 'The dialogue is already scheduled' }, SOURCES.complaintsDialogue);
      }
      if (i.dialogueOn < i.date) {
        return refuse('DIALOGUE_IN_PAST', { vi: 'Ngày đối thoại ở trước ngày lên lịch', en: 'The dialogue is dated before it was scheduled' }, SOURCES.complaintsDialogue);
      }
      return ok({ events: [{ type: 'dialogue-scheduled', date: i.dialogueOn }] });
    case 'hold-dialogue': {
      const scheduled = state.events.find((e) => e.type === 'dialogue-scheduled');
      if (!scheduled || i.date < scheduled.date) {
        return refuse('DIALOGUE_NOT_SCHEDULED', { vi: 'Chưa có lịch đối thoại đến ngày này', en: 'No dialogue was scheduled by that date' }, SOURCES.complaintsDialogue);
      }
      return none;
    }
    case 'resolve': {
      const dispute = state.contentClass === 'complaint' || state.contentClass === 'denunciation';
      if (dispute === (i.outcome === 'answered')) {
        return refuse(
          'OUTCOME_NOT_FOR_CLASS',
          { vi: 'Khiếu nại, tố cáo được kết luận đúng, đúng một phần hoặc sai; kiến nghị, phản ánh được trả lời', en: 'Complaints and denunciations are found correct, partly correct or wrong; proposals and reflections are answered' },
          SOURCES.complaintsDecision,
          { outcome: i.outcome },
        );
      }
      const second = state.contentClass === 'complaint' && state.round === 2;
      if (second !== (i.secondTimeResult !== null)) {
        return refuse(
          'SECOND_TIME_RESULT',
          { vi: 'Quyết định lần hai (và chỉ nó) công nhận hoặc hủy, sửa quyết định lần đầu', en: 'A second-time decision (and only it) upholds or annuls/amends the first' },
          SOURCES.complaintsDecision,
        );
      }
      return none;
    }
    case 'record-enforcement':
      return has(state, 'enforcement-directed') ? ok({ events: [] }) : none;
    case 'withdraw':
      return guardWithdrawal(state, i);
    case 'escalate':
      if (state.status === 'resolved') {
        return refuse(
          'USE_FURTHER_DENUNCIATION',
          { vi: 'Đã có kết luận: việc tố cáo tiếp là tố cáo tiếp theo Điều 37, không phải tố cáo khi quá hạn', en: 'A conclusion exists: this is a further denunciation under Art. 37, not an escalation' },
          SOURCES.denunciationsArt37,
        );
      }
      return none;
    case 'record-second-complaint': {
      const window = secondComplaintWindow(state, i.date, context);
      return window.ok ? none : window;
    }
    default:
      return none;
  }
}

/**
 * Withdrawal (rules D6): all content withdrawn ends the matter by termination (complaints: Law on Complaints Art. 10,
 * Decree 124/2020 Art. 7a; denunciations: Law on Denunciations Art. 33, unless the resolver continues for a recorded
 * reason); a partial withdrawal continues for the rest. Before acceptance a whole withdrawal files the petition.
 */
function guardWithdrawal(state: MatterState, i: ActionInput<'withdraw'>): RuleResult<GuardOutcome> {
  const withdrawn: MatterEvent = { type: 'withdrawn', date: i.date };
  if (i.continueReason && state.contentClass !== 'denunciation') {
    return refuse('CONTINUE_ONLY_DENUNCIATION', { vi: 'Chỉ tố cáo mới được tiếp tục giải quyết sau khi rút', en: 'Only a denunciation may be continued after withdrawal' }, SOURCES.denunciationsArt33);
  }
  if (i.scope === 'partial' || i.continueReason) return ok({ events: [withdrawn] });
  if (state.status === 'received') return ok({ status: 'filed', events: [withdrawn, { type: 'filed', date: i.date }] });
  return ok({ status: 'terminated', events: [withdrawn, { type: 'terminated', date: i.date }] });
}
