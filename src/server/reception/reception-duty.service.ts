import { AppError } from '../../shared/errors';
import { daysInMonth, toEpochDay, toIsoDate } from '../../shared/calendar/iso-date';
import type { ReceptionDuty, ReceptionDutyQuery } from '../../shared/reception/reception-api.schemas';
import { checkReceptionDuty, type DutySession } from '../../shared/reception/reception-duty.rules';
import type { ReceptionKind, Presider } from '../../shared/reception/reception-catalogues';
import type { Actor } from '../auth/actor';
import type { AppDeps } from '../deps';
import { findUserName, listHeadSessions } from './reception.repository';
import { createReceptionPolicy } from './reception.policy';

/**
 * The heads' reception duty of a unit for one month (rules F4): per head, required against held reception days as
 * the rule stood on each date (`checkReceptionDuty`), from the head's sessions recorded in the unit's subtree. A
 * weekly duty counts whole weeks, so sessions of the days around the month are read too.
 */
export async function checkHeadsReceptionDuty(deps: AppDeps, actor: Actor, query: ReceptionDutyQuery): Promise<ReceptionDuty[]> {
  const policy = createReceptionPolicy(deps.authz);
  await policy.assertRead(actor, query.unitId);
  const unitIds = await policy.listUnits(actor, query.unitId);
  const first = toEpochDay(`${query.month}-01`);
  const next = first + daysInMonth(Number(query.month.slice(0, 4)), Number(query.month.slice(5, 7)));
  const rows = await listHeadSessions(deps.db, unitIds, toIsoDate(first - 6), toIsoDate(next + 5));
  const heads = new Map<string, { name: string; sessions: DutySession[] }>();
  if (query.headUserId) {
    const name = await findUserName(deps.db, query.headUserId);
    if (name === undefined) throw new AppError('NOT_FOUND');
    heads.set(query.headUserId, { name, sessions: [] });
  }
  for (const r of rows) {
    if (!r.headUserId || (query.headUserId && r.headUserId !== query.headUserId)) continue;
    const head = heads.get(r.headUserId) ?? { name: r.displayName, sessions: [] };
    head.sessions.push({ date: r.date, kind: r.kind as ReceptionKind, presidedBy: r.presidedBy as Presider });
    heads.set(r.headUserId, head);
  }
  return [...heads].map(([headUserId, head]) => ({
    headUserId,
    headName: head.name,
    ...checkReceptionDuty(query.headKind, query.month, head.sessions),
  }));
}
