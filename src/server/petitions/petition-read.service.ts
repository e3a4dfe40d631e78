import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import { IdentityDocumentSchema, type IdentityDocument, type MatterState } from '../../shared/petitions/petitions.schemas';
import { allowedActions } from '../../shared/petitions/matter-lifecycle.rules';
import {
  PROTECTED_NAME, type MatterView, type PetitionIdentity, type PetitionView, type SignerView,
} from '../../shared/petitions/petition-views.schemas';
import { formatRegisterNumber } from '../../shared/registers/register-number';
import type { Actor } from '../auth/actor';
import { loadDeadlineContext } from '../calendar/calendar.service';
import type { AppDeps } from '../deps';
import type { DB, MatterTable, PetitionSignerTable } from '../db/schema';
import { write } from '../db/write';
import { SIGNER_ADDRESS, SIGNER_IDENTITY, SIGNER_NAME, SIGNER_PHONE, protectedColumnContext } from '../secrets/protected-columns';
import { clocksOf, eventOf } from './matter-clocks';
import { createPetitionsPolicy } from './petitions.policy';

async function loadPetition(db: Kysely<DB>, id: string) {
  const petition = await db.selectFrom('petition').selectAll().where('id', '=', id).executeTakeFirst();
  if (!petition) throw new AppError('NOT_FOUND');
  return petition;
}

/** The lifecycle state of a stored matter (its events in order). */
export async function matterStateOf(db: Kysely<DB>, m: MatterTable): Promise<MatterState> {
  const rows = await db.selectFrom('matterEvent').select(['type', 'date', 'dataJson']).where('matterId', '=', m.id).orderBy('seq').execute();
  return {
    contentClass: m.contentClass as MatterState['contentClass'],
    round: m.round === 2 ? 2 : 1,
    remote: m.isRemote === 1,
    withinCompetence: m.withinCompetence === 1,
    status: m.status as MatterState['status'],
    complexity: JSON.parse(m.complexityJson) as MatterState['complexity'],
    events: rows.map(eventOf),
  };
}

/** A signer as shown without the reveal permission: a protected identity reads `[protected]` / null. */
function signerView(s: PetitionSignerTable): SignerView {
  const hidden = s.isProtected === 1;
  return {
    position: s.position,
    isRepresentative: s.isRepresentative === 1,
    isProtected: hidden,
    protectionWaived: s.protectionWaived === 1,
    fullName: hidden ? PROTECTED_NAME : (s.fullName ?? ''),
    address: hidden ? null : s.address,
    identity: hidden || !s.identityJson ? null : (JSON.parse(s.identityJson) as IdentityDocument),
    phone: hidden ? null : s.phone,
    gender: s.gender as SignerView['gender'],
    ethnicity: s.ethnicity,
    nationality: s.nationality,
  };
}

/**
 * A petition with its signers, matters, events and clocks as of today. Outside the reader's scope it does not exist
 * (404). A protected identity is never shown here, whatever the reader's permissions: revealing it is its own,
 * audited request (`revealIdentity`).
 */
export async function getPetition(deps: AppDeps, actor: Actor, id: string): Promise<PetitionView> {
  const petition = await loadPetition(deps.db, id);
  await createPetitionsPolicy(deps.authz).assertRead(actor, petition.unitId);
  const [signers, matters, context] = await Promise.all([
    deps.db.selectFrom('petitionSigner').selectAll().where('petitionId', '=', id).orderBy('position').execute(),
    deps.db.selectFrom('matter').selectAll().where('petitionId', '=', id).orderBy('position').execute(),
    loadDeadlineContext(deps.db),
  ]);
  const today = deps.time.today();
  const views: MatterView[] = [];
  for (const m of matters) {
    const state = await matterStateOf(deps.db, m);
    views.push({
      id: m.id,
      position: m.position,
      contentClass: state.contentClass,
      field: m.field as MatterView['field'],
      summary: m.summary,
      subject: m.subjectJson ? (JSON.parse(m.subjectJson) as MatterView['subject']) : null,
      round: state.round,
      remote: state.remote,
      withinCompetence: state.withinCompetence,
      competence: m.competence as MatterView['competence'],
      status: state.status,
      complexity: state.complexity,
      suggestedDirection: m.suggestedDirection as MatterView['suggestedDirection'],
      repeatOfMatterId: m.repeatOfMatterId,
      firstTimeMatterId: m.firstTimeMatterId,
      nextDueOn: m.nextDueOn,
      nextRule: m.nextRule,
      events: state.events,
      clocks: clocksOf(state, { today, calendar: context.calendar, ruleOverrides: context.ruleOverrides }),
      allowedActions: allowedActions(state),
    });
  }
  return {
    id: petition.id,
    unitId: petition.unitId,
    registrationNumber: formatRegisterNumber({ sequence: petition.registerSequence, year: petition.registerYear }),
    channel: petition.channel as PetitionView['channel'],
    receivedOn: petition.receivedOn,
    writtenOn: petition.writtenOn,
    receptionTurnId: petition.receptionTurnId,
    filerKind: petition.filerKind as PetitionView['filerKind'],
    organisationName: petition.organisationName,
    primaryClass: petition.primaryClass as PetitionView['primaryClass'],
    anonymous: petition.isAnonymous === 1,
    eligible: petition.isEligible === 1,
    ineligibilityReasons: JSON.parse(petition.ineligibilityJson) as PetitionView['ineligibilityReasons'],
    nextDueOn: petition.nextDueOn,
    signers: signers.map(signerView),
    matters: views,
    createdAt: petition.createdAt,
  };
}

/**
 * A denouncer's identity, for a holder of `petition:reveal-identity` on the petition's unit (rules E5; Law on
 * Denunciations 2018, Arts. 9, 47). Every reveal is audit-logged (who, when, which petition and signers), never the
 * identity itself. Outside the read scope: 404; seen but without the permission: 403 (and nothing is logged).
 */
export async function revealIdentity(deps: AppDeps, actor: Actor, id: string): Promise<PetitionIdentity> {
  const petition = await loadPetition(deps.db, id);
  const policy = createPetitionsPolicy(deps.authz);
  await policy.assertRead(actor, petition.unitId);
  if (!(await policy.mayReveal(actor, petition.unitId))) throw new AppError('FORBIDDEN', { action: 'petition:reveal-identity' });
  const rows = await deps.db.selectFrom('petitionSigner').selectAll().where('petitionId', '=', id).orderBy('position').execute();
  const crypto = deps.fieldCrypto;
  const signers = rows.map((s): SignerView => {
    if (s.isProtected !== 1) return signerView(s);
    return {
      ...signerView(s),
      fullName: crypto.openText(protectedColumnContext(SIGNER_NAME, s.id), s.fullNameSealed!).reveal(),
      address: s.addressSealed ? crypto.openText(protectedColumnContext(SIGNER_ADDRESS, s.id), s.addressSealed).reveal() : null,
      identity: s.identitySealed ? crypto.openJson(protectedColumnContext(SIGNER_IDENTITY, s.id), s.identitySealed, IdentityDocumentSchema).reveal() : null,
      phone: s.phoneSealed ? crypto.openText(protectedColumnContext(SIGNER_PHONE, s.id), s.phoneSealed).reveal() : null,
    };
  });
  await write(deps, actor, (w) =>
    w.audit({
      action: 'petition.reveal-identity',
      entityType: 'petition',
      entityId: petition.id,
      unitId: petition.unitId,
      after: { signerPositions: rows.filter((s) => s.isProtected === 1).map((s) => s.position) },
    }),
  );
  return { petitionId: petition.id, signers };
}
