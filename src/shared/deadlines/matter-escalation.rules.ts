/**
 * Escalation of a denunciation (rules E4): a denouncer escalates to the superior only after the resolution limit of
 * Art. 30 passed without resolution (Law on Denunciations 2018, Art. 38); after a decision, a new denunciation
 * alleging it was wrong is a further denunciation (Art. 37), recorded as `further-denounced`.
 */
import { fail, succeed, type Result } from '../calendar/calendar-result';
import type { ClockContext } from './matter-clocks.rules';
import type { DatedEvent } from './matter-events.rules';
import { FAILURE_TEXTS } from './failure-messages';
import { limitAsOf } from './matter-resolution.rules';

/** Refuses an escalation recorded before the resolution limit passed, while suspended, or after the decision. */
export function checkEscalation(events: readonly DatedEvent[], context: ClockContext): Result<true> {
  const escalated = events.find((e) => e.type === 'escalated');
  const accepted = events.find((e) => e.type === 'accepted');
  if (!escalated || !accepted) return succeed(true);
  const where = { index: escalated.index, type: escalated.type, date: escalated.date };
  const closing = events.find((e) => (e.type === 'decided' || e.type === 'terminated') && events.indexOf(e) < events.indexOf(escalated));
  if (closing) {
    return fail('EVENTS_OUT_OF_ORDER', FAILURE_TEXTS.escalationAfterDecision(escalated.date, closing.date), {
      ...where,
      reason: 'ESCALATION_AFTER_DECISION',
    });
  }
  const limit = limitAsOf('denunciation.resolution', events, accepted, escalated, context);
  if (!limit.ok) return limit;
  if (!limit.value.running) return succeed(true);
  const message = limit.value.suspendedSince
    ? FAILURE_TEXTS.escalationWhileSuspended(escalated.date, limit.value.suspendedSince)
    : FAILURE_TEXTS.escalationBeforeLimit(escalated.date, limit.value.due!);
  return fail('EVENTS_OUT_OF_ORDER', message, { ...where, reason: 'ESCALATION_BEFORE_LIMIT', due: limit.value.due });
}
