import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { formatRegisterNumber } from '../../shared/registers/register-number';
import { REFUSAL_GROUND_TABLE } from '../../shared/reception/reception-catalogues';
import type { ReceptionTurn, ReceptionTurnListQuery } from '../../shared/reception/reception-api.schemas';
import { checkTurn } from '../../shared/reception/reception-turn.rules';
import type { ReceptionTurnCreate } from '../../shared/reception/reception.schemas';
import type { Actor } from '../auth/actor';
import type { ReceptionMatterTable, ReceptionTurnTable } from '../db/schema';
import { write } from '../db/write';
import { computeDeadlineFor } from '../deadlines/deadlines.service';
import type { AppDeps } from '../deps';
import { assignRegisterNumber } from '../registers/registers.service';
import { indexCitizenForUnit, resolveCitizen } from './citizens.service';
import { findSession, findTurn, findVisibleMatter, insertTurn, listTurns, loadTurnDetails } from './reception.repository';
import { createReceptionPolicy } from './reception.policy';

type Details = Awaited<ReturnType<typeof loadTurnDetails>>;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', {}, [{ path, message }]);
const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

function toTurn(row: ReceptionTurnTable, details: Details): ReceptionTurn {
  return {
    id: row.id,
    sessionId: row.sessionId,
    unitId: row.unitId,
    registerNumber: formatRegisterNumber({ sequence: row.registerSequence, year: row.registerYear }),
    date: row.date,
    headcount: row.headcount,
    isGroup: row.isGroup === 1,
    summary: row.summary,
    contentClass: row.contentClass as ReceptionTurn['contentClass'],
    note: row.note,
    citizens: details.citizens
      .filter((c) => c.turnId === row.id)
      .map((c) => ({ citizenId: c.citizenId, fullName: c.fullName, isRepresentative: c.isRepresentative === 1 })),
    matters: details.matters
      .filter((m) => m.turnId === row.id)
      .map((m) => ({
        id: m.id,
        summary: m.summary,
        contentClass: m.contentClass as never,
        field: m.field as never,
        withinCompetence: m.withinCompetence === 1,
        repeatOfMatterId: m.repeatOfMatterId,
        priorResolutions: JSON.parse(m.priorResolutions) as never,
        outcome: m.outcome as never,
        guidedToBodyName: m.guidedToBodyName,
        guidedToUnitId: m.guidedToUnitId,
        guidanceDocument: parseJson(m.guidanceDocument),
        refusalGround: m.refusalGround as never,
        refusalNoticeDueOn: m.refusalNoticeDueOn,
        petitionId: m.petitionId,
      })),
    createdAt: row.createdAt,
  };
}

/**
 * Records one visit at a session (rules F1, F5, C7): checks it with the pure rules (a group of five or more with its
 * representatives; a refusal ground in force on the day), reuses returning citizens or records new ones, numbers the
 * turn in its unit's reception register, stores each matter raised with its outcome, and logs it, in one write.
 * A matter whose outcome is `petition-received` keeps a null `petitionId` until the petition feature links it.
 */
export async function recordReceptionTurn(deps: AppDeps, actor: Actor, input: ReceptionTurnCreate): Promise<ReceptionTurn> {
  const policy = createReceptionPolicy(deps.authz);
  const session = await findSession(deps.db, input.sessionId);
  if (!session) throw new AppError('NOT_FOUND');
  await policy.assertWrite(actor, session.unitId);
  if (input.date !== session.date) throw invalid('body.date', `The session is held on ${session.date}`);
  if (input.date > deps.time.today()) throw invalid('body.date', 'A turn cannot be dated after today');
  // Until a turn can seal its citizens like petition signers, a denouncer is never written to the plain citizens'
  // register or its search index: the denunciation goes through petition intake, which encrypts the identity (E5).
  if (input.matters.some((m) => m.contentClass === 'denunciation')) throw new AppError('DENUNCIATION_AT_RECEPTION');
  const checked = checkTurn(input);
  if (!checked.ok) {
    throw new AppError('PETITION_INVALID', { reason: checked.details.reason, detailVi: checked.message.vi, detailEn: checked.message.en });
  }
  const visible = await policy.readableUnits(actor);
  const graph = await deps.authz.graph();
  const noticeDue = new Map<number, string>();
  for (const [i, matter] of input.matters.entries()) {
    const path = `body.matters.${i}`;
    if (matter.repeatOfMatterId && !(await findVisibleMatter(deps.db, matter.repeatOfMatterId, visible))) throw invalid(`${path}.repeatOfMatterId`, 'No such matter in your scope');
    if (matter.outcome.kind === 'guided' && matter.outcome.toUnitId && !graph.units.has(matter.outcome.toUnitId)) throw invalid(`${path}.outcome.toUnitId`, 'No such unit');
    if (matter.outcome.kind === 'refused' && REFUSAL_GROUND_TABLE[matter.outcome.ground].noticeRequired) {
      noticeDue.set(i, (await computeDeadlineFor(deps, { rule: 'reception.refusal-notice', start: input.date })).due);
    }
  }

  const turnId = await write(deps, actor, async (w) => {
    const people: Array<Awaited<ReturnType<typeof resolveCitizen>> & { isRepresentative: boolean }> = [];
    for (const [i, c] of input.citizens.entries()) {
      const resolved = await resolveCitizen(w, c.citizen, visible, `body.citizens.${i}.citizen`);
      if (people.some((p) => p.citizen.id === resolved.citizen.id)) throw invalid(`body.citizens.${i}`, 'The same citizen twice');
      people.push({ ...resolved, isRepresentative: c.isRepresentative });
    }
    const number = await assignRegisterNumber(w, { unitId: session.unitId, kind: 'reception-turn', receivedOn: input.date });
    const turn: ReceptionTurnTable = {
      id: randomUUID(),
      sessionId: session.id,
      unitId: session.unitId,
      registerYear: number.year,
      registerSequence: number.sequence,
      date: input.date,
      headcount: input.headcount,
      isGroup: checked.value.group ? 1 : 0,
      summary: input.summary,
      contentClass: input.matters[0]!.contentClass,
      note: input.note,
      createdBy: actor.userId,
      createdAt: w.now,
    };
    const matters: ReceptionMatterTable[] = input.matters.map((m, position) => ({
      id: randomUUID(),
      turnId: turn.id,
      position,
      summary: m.summary,
      contentClass: m.contentClass,
      field: m.field,
      withinCompetence: m.withinCompetence ? 1 : 0,
      repeatOfMatterId: m.repeatOfMatterId,
      priorResolutions: JSON.stringify(m.priorResolutions),
      outcome: m.outcome.kind,
      guidedToBodyName: m.outcome.kind === 'guided' ? m.outcome.toBodyName : null,
      guidedToUnitId: m.outcome.kind === 'guided' ? m.outcome.toUnitId : null,
      guidanceDocument: m.outcome.kind === 'guided' && m.outcome.guidanceDocument ? JSON.stringify(m.outcome.guidanceDocument) : null,
      refusalGround: m.outcome.kind === 'refused' ? m.outcome.ground : null,
      refusalNoticeDueOn: noticeDue.get(position) ?? null,
      petitionId: null,
    }));
    const links = people.map((p, position) => ({ turnId: turn.id, citizenId: p.citizen.id, position, isRepresentative: p.isRepresentative ? 1 : 0 }));
    await insertTurn(w.trx, turn, links, matters);
    for (const p of people) await indexCitizenForUnit(w, p.citizen, session.unitId);
    for (const p of people.filter((x) => x.created)) {
      await w.audit({ action: 'citizen.create', entityType: 'citizen', entityId: p.citizen.id, unitId: session.unitId, after: { fullName: p.citizen.fullName } });
    }
    const after = toTurn(turn, { citizens: people.map((p, i) => ({ ...links[i]!, fullName: p.citizen.fullName })), matters });
    await w.audit({ action: 'reception-turn.create', entityType: 'reception-turn', entityId: turn.id, unitId: turn.unitId, after });
    return turn.id;
  });
  return getReceptionTurn(deps, actor, turnId);
}

export async function getReceptionTurn(deps: AppDeps, actor: Actor, id: string): Promise<ReceptionTurn> {
  const row = await findTurn(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  await createReceptionPolicy(deps.authz).assertRead(actor, row.unitId);
  return toTurn(row, await loadTurnDetails(deps.db, [id]));
}

export async function listReceptionTurns(deps: AppDeps, actor: Actor, query: ReceptionTurnListQuery): Promise<ReceptionTurn[]> {
  const unitIds = await createReceptionPolicy(deps.authz).listUnits(actor, query.unitId);
  const rows = await listTurns(deps.db, { ...query, unitIds });
  const details = await loadTurnDetails(deps.db, rows.map((r) => r.id));
  return rows.map((r) => toTurn(r, details));
}
