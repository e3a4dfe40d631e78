/**
 * Checks of a reception turn beyond its schema (rules F1, F5, C7): a group of five or more appoints representatives
 * within the limits of Law 42/2013 Art. 29; a refusal ground must be in force on the turn's date; and what a turn
 * counts for in form 01/TCD.
 */
import { checkRepresentation, isGroup } from '../petitions/classification.rules';
import { ok, refuse, type RuleResult } from '../petitions/rule-result';
import { isRefusalGroundInForce, REFUSAL_GROUND_TABLE } from './reception-catalogues';
import type { ReceptionTurnCreate } from './reception.schemas';

export function checkTurn(turn: ReceptionTurnCreate): RuleResult<{ group: boolean }> {
  const group = isGroup(turn.headcount);
  if (group) {
    const representatives = turn.citizens.filter((c) => c.isRepresentative).length;
    const checked = checkRepresentation({ people: turn.headcount, representatives, hasAppointment: true });
    if (!checked.ok) return checked;
  }
  for (const [index, matter] of turn.matters.entries()) {
    if (matter.outcome.kind !== 'refused') continue;
    const ground = REFUSAL_GROUND_TABLE[matter.outcome.ground];
    if (!isRefusalGroundInForce(matter.outcome.ground, turn.date)) {
      return refuse(
        'REFUSAL_GROUND_NOT_IN_FORCE',
        { vi: `Căn cứ từ chối tiếp "${ground.label.vi}" chỉ áp dụng từ ngày 01/07/2026`, en: `The refusal ground "${ground.label.en}" applies only from 1 July 2026` },
        ground.source,
        { index, ground: matter.outcome.ground },
        'PETITION_INVALID',
      );
    }
  }
  return ok({ group });
}

/** A turn's contribution to form 01/TCD: one turn, its headcount, its matters split first-time / repeat, the group. */
export function countTurn(turn: ReceptionTurnCreate) {
  const repeat = turn.matters.filter((m) => m.repeatOfMatterId !== null).length;
  const group = isGroup(turn.headcount);
  return {
    turns: 1,
    people: turn.headcount,
    mattersFirstTime: turn.matters.length - repeat,
    mattersRepeat: repeat,
    groups: group ? 1 : 0,
    groupPeople: group ? turn.headcount : 0,
  };
}
