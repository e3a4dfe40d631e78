import type { ClockContext } from '../../shared/deadlines/matter-clocks.rules';
import { computeClocks } from '../../shared/deadlines/matter-clocks.rules';
import type { Clock, MatterEvent } from '../../shared/deadlines/matter-clocks.schemas';
import { OPEN_STATUSES, type MatterState } from '../../shared/petitions/petitions.schemas';
import { clockOptionsOf, clockTypeOf } from '../../shared/petitions/matter-lifecycle.rules';
import { toAppError } from '../deadlines/deadlines.service';
import type { MatterEventTable } from '../db/schema';

/** Every clock of a matter, from its stored events: exactly `computeClocks` (nothing here re-implements a limit). */
export function clocksOf(state: MatterState, context: ClockContext): Clock[] {
  const result = computeClocks({ matterType: clockTypeOf(state.contentClass), events: state.events, options: clockOptionsOf(state) }, context);
  if (!result.ok) throw toAppError(result);
  return result.value;
}

/**
 * The next due date of an open matter: the earliest due date of its clocks still to be met and not paused (a paused
 * clock's date is only projected). Stored on the matter, so "what is due" is an indexed query.
 */
export function nextDueOf(state: MatterState, clocks: readonly Clock[]): { on: string; rule: string; clock: Clock } | null {
  if (!OPEN_STATUSES.includes(state.status)) return null;
  let next: Clock | null = null;
  for (const c of clocks) {
    if (c.completedOn !== null || c.state === 'paused' || c.state === 'met') continue;
    if (!next || c.due < next.due) next = c;
  }
  return next ? { on: next.due, rule: next.rule, clock: next } : null;
}

/** Rebuilds a stored event (extra fields live in `data_json`). */
export function eventOf(row: Pick<MatterEventTable, 'type' | 'date' | 'dataJson'>): MatterEvent {
  const extra = row.dataJson ? (JSON.parse(row.dataJson) as Partial<MatterEvent>) : {};
  return { ...extra, type: row.type as MatterEvent['type'], date: row.date };
}

/** The extra fields of an event, as stored (null when it has none). */
export function eventData(event: MatterEvent): string | null {
  const { type: _type, date: _date, ...extra } = event;
  return Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
}
