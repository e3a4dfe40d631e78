import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ReceptionSession, ReceptionSessionListQuery } from '../../shared/reception/reception-api.schemas';
import type { ReceptionSessionCreate } from '../../shared/reception/reception.schemas';
import type { Actor } from '../auth/actor';
import type { ReceptionSessionTable } from '../db/schema';
import { write } from '../db/write';
import { computeDeadlineFor } from '../deadlines/deadlines.service';
import type { AppDeps } from '../deps';
import { countTurnsBySession, findSession, findUserName, insertSession, listSessions } from './reception.repository';
import { createReceptionPolicy } from './reception.policy';

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function toSession(row: ReceptionSessionTable, turnCount: number): ReceptionSession {
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind as ReceptionSession['kind'],
    form: row.form as ReceptionSession['form'],
    date: row.date,
    presidedBy: row.presidedBy as ReceptionSession['presidedBy'],
    headUserId: row.headUserId,
    presiderName: row.presiderName,
    presiderPosition: row.presiderPosition,
    authorisation: parseJson(row.authorisation),
    place: row.place,
    noticeSentOn: row.noticeSentOn,
    noticeDueOn: row.noticeDueOn,
    note: row.note,
    turnCount,
    createdAt: row.createdAt,
  };
}

/**
 * Opens a reception session (rules F2): regular duty by the officer, or the head's periodic or unscheduled
 * reception, in person or (from 1 July 2026) online, whose advance notice is due by the date the deadline engine
 * gives (`reception.online-notice`, Decree 154/2026 Art. 23).
 */
export async function createReceptionSession(deps: AppDeps, actor: Actor, input: ReceptionSessionCreate): Promise<ReceptionSession> {
  await createReceptionPolicy(deps.authz).assertWrite(actor, input.unitId);
  if (input.headUserId && (await findUserName(deps.db, input.headUserId)) === undefined) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'body.headUserId', message: 'No such user' }]);
  }
  if (input.form !== 'online' && input.noticeSentOn) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'body.noticeSentOn', message: 'Only an online session has an advance notice' }]);
  }
  const noticeDueOn = input.form === 'online' ? (await computeDeadlineFor(deps, { rule: 'reception.online-notice', start: input.date })).due : null;
  const row = await write(deps, actor, async (w) => {
    const session: ReceptionSessionTable = {
      id: randomUUID(),
      unitId: input.unitId,
      kind: input.kind,
      form: input.form,
      date: input.date,
      presidedBy: input.presidedBy,
      headUserId: input.headUserId,
      presiderName: input.presiderName,
      presiderPosition: input.presiderPosition,
      authorisation: input.authorisation ? JSON.stringify(input.authorisation) : null,
      place: input.place,
      noticeSentOn: input.noticeSentOn,
      noticeDueOn,
      note: input.note,
      createdBy: actor.userId,
      createdAt: w.now,
    };
    await insertSession(w.trx, session);
    await w.audit({ action: 'reception-session.create', entityType: 'reception-session', entityId: session.id, unitId: session.unitId, after: toSession(session, 0) });
    return session;
  });
  return toSession(row, 0);
}

export async function getReceptionSession(deps: AppDeps, actor: Actor, id: string): Promise<ReceptionSession> {
  const row = await findSession(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  await createReceptionPolicy(deps.authz).assertRead(actor, row.unitId);
  return toSession(row, (await countTurnsBySession(deps.db, [id])).get(id) ?? 0);
}

export async function listReceptionSessions(deps: AppDeps, actor: Actor, query: ReceptionSessionListQuery): Promise<ReceptionSession[]> {
  const unitIds = await createReceptionPolicy(deps.authz).listUnits(actor, query.unitId);
  const rows = await listSessions(deps.db, { ...query, unitIds });
  const counts = await countTurnsBySession(deps.db, rows.map((r) => r.id));
  return rows.map((r) => toSession(r, counts.get(r.id) ?? 0));
}
