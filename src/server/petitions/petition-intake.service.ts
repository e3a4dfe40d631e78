import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { formatRegisterNumber } from '../../shared/registers/register-number';
import {
  checkEligibility, classifyAnonymousDenunciation, splitIntoMatters, suggestDirection, primaryClassOf,
} from '../../shared/petitions/classification.rules';
import type { RuleFailure } from '../../shared/petitions/rule-result';
import type { CitizenInput, MatterDraft, MatterState, PetitionCreate } from '../../shared/petitions/petitions.schemas';
import type { PetitionView } from '../../shared/petitions/petition-views.schemas';
import { foldForSearch } from '../../shared/text/fold';
import type { Actor } from '../auth/actor';
import { loadDeadlineContext } from '../calendar/calendar.service';
import type { AppDeps } from '../deps';
import { write, type Write } from '../db/write';
import { assignRegisterNumber } from '../registers/registers.service';
import { upsertSearchEntry } from '../search/search-index';
import { SIGNER_ADDRESS, SIGNER_IDENTITY, SIGNER_NAME, SIGNER_PHONE, protectedColumnContext } from '../secrets/protected-columns';
import { clocksOf, eventData, nextDueOf } from './matter-clocks';
import { getPetition } from './petition-read.service';
import { PETITION_SEARCH } from './petition-search';
import { createPetitionsPolicy } from './petitions.policy';

/** A rule's refusal as the one error type, with its explanation in both languages (error-messages.ts `explained`). */
export function ruleError(failure: RuleFailure): AppError {
  return new AppError(failure.code, { reason: failure.details.reason, detailVi: failure.message.vi, detailEn: failure.message.en });
}

const invalid = (vi: string, en: string, path: string) =>
  new AppError('PETITION_INVALID', { detailVi: vi, detailEn: en }, [{ path, message: '' }]);

/** Folded keys of a signer that is not protected, to find a returning petitioner (rules C6). */
export const nameKeyOf = (name: string) => foldForSearch(name).slice(0, 200);
export const identityKeyOf = (number: string) => number.trim().toUpperCase();

/**
 * Registers a petition (rules C1–C3, C6, E5): one matter per content with its received event and clocks, eligibility
 * with its reason codes, the direction the rules suggest, the next number of the unit's register, the signers (a
 * denouncer's identity sealed, never in the clear), a search entry of non-protected text only, and an audit entry
 * that holds no identity. One write: a refusal or failure leaves nothing behind, not even a register number.
 */
export async function registerPetition(deps: AppDeps, actor: Actor, input: PetitionCreate, enclosing?: Write): Promise<PetitionView> {
  const policy = createPetitionsPolicy(deps.authz);
  const unit = await deps.db.selectFrom('orgUnit').select(['id', 'code']).where('id', '=', input.receivingUnitId).executeTakeFirst();
  if (!unit) throw new AppError('NOT_FOUND');
  await policy.assertWrite(actor, unit.id);
  const today = deps.time.today();
  if (input.receivedOn > today) throw invalid(`Ngày nhận ${input.receivedOn} ở sau hôm nay`, `Received on ${input.receivedOn}, after today`, 'receivedOn');
  input.signers.forEach((s, i) => {
    if ('citizenId' in s.citizen) {
      throw invalid('Chưa có sổ công dân để chọn người đã đến: hãy nhập thông tin người ký', 'No citizen register to pick from yet: enter the signer’s details', `signers.${i}.citizen`);
    }
  });
  if (input.attachmentIds.length > 0) {
    throw invalid('Đính kèm tệp sau khi vào sổ đơn', 'Attach files after the petition is registered', 'attachmentIds');
  }
  const split = splitIntoMatters(input.contents, input.receivedOn);
  if (!split.ok) throw ruleError(split);
  const links = await checkLinks(deps, actor, input.contents);
  const eligibility = checkEligibility(input.eligibility, {
    withinCompetence: input.contents.some((c) => c.withinCompetence),
    guidedBefore: links.guidedBefore,
  });
  const reasons = eligibility.ok ? [] : ((eligibility.details.reasons as string[] | undefined) ?? []);
  const hasDenunciation = input.contents.some((c) => c.contentClass === 'denunciation');
  const { calendar, ruleOverrides } = await loadDeadlineContext(deps.db);

  const id = await write(deps, actor, async (w) => {
    const petitionId = randomUUID();
    const number = await assignRegisterNumber(w, { unitId: unit.id, kind: 'petition', receivedOn: input.receivedOn });
    const registrationNumber = formatRegisterNumber(number);
    const matters = split.value.map((state, position) => {
      const content = input.contents[position]!;
      const clocks = clocksOf(state, { today, calendar, ruleOverrides });
      return { id: randomUUID(), state, content, next: nextDueOf(state, clocks), direction: directionOf(input, content, eligibility.ok) };
    });
    const dues = matters.flatMap((m) => (m.next ? [m.next.on] : [])).sort();
    await w.trx
      .insertInto('petition')
      .values({
        id: petitionId,
        unitId: unit.id,
        registerYear: number.year,
        registerSequence: number.sequence,
        channel: input.channel,
        receivedOn: input.receivedOn,
        writtenOn: input.writtenOn,
        receptionTurnId: input.receptionTurnId,
        filerKind: input.filerKind,
        organisationName: input.organisationName,
        primaryClass: primaryClassOf(input.contents),
        isAnonymous: input.anonymous ? 1 : 0,
        isEligible: eligibility.ok ? 1 : 0,
        ineligibilityJson: JSON.stringify(reasons),
        detailJson: JSON.stringify({
          eligibility: input.eligibility,
          forwarding: input.forwarding,
          priorResolutions: input.priorResolutions,
          representativeAppointment: input.representativeAppointment,
          anonymousFacts: input.anonymousFacts,
          note: input.note,
        }),
        nextDueOn: dues[0] ?? null,
        createdBy: actor.kind === 'system' ? null : actor.userId,
        createdAt: w.now,
      })
      .execute();
    const searchable: Array<string | null> = [registrationNumber, unit.code ? formatRegisterNumber(number, unit.code) : null, input.organisationName];
    let protectedCount = 0;
    for (const [position, signer] of input.signers.entries()) {
      const citizen = signer.citizen as CitizenInput;
      const isProtected = hasDenunciation && !signer.protectionWaived;
      if (isProtected) protectedCount += 1;
      else searchable.push(citizen.fullName, citizen.identity?.number ?? null);
      await insertSigner(deps, w, petitionId, position, signer.isRepresentative, signer.protectionWaived, isProtected, citizen);
    }
    for (const [position, m] of matters.entries()) {
      await insertMatter(w, petitionId, unit.id, position, m);
      searchable.push(m.content.summary, m.content.subject?.name ?? null);
    }
    await upsertSearchEntry(w.trx, PETITION_SEARCH, { entityId: petitionId, unitId: unit.id, text: searchable });
    await w.audit({
      action: 'petition.create',
      entityType: 'petition',
      entityId: petitionId,
      unitId: unit.id,
      after: {
        registrationNumber,
        channel: input.channel,
        receivedOn: input.receivedOn,
        eligible: eligibility.ok,
        ineligibilityReasons: reasons,
        signers: input.signers.length,
        protectedSigners: protectedCount,
        matters: matters.map((m) => ({ id: m.id, contentClass: m.state.contentClass, field: m.content.field, repeatOfMatterId: m.content.repeatOfMatterId })),
      },
    });
    return petitionId;
  }, enclosing);
  return getPetition(deps, actor, id);
}

/** Links to earlier matters must name matters the actor sees (a repeat, rules C6; a first-time complaint, D4). */
async function checkLinks(deps: AppDeps, actor: Actor, contents: readonly MatterDraft[]): Promise<{ guidedBefore: boolean }> {
  const readable = await createPetitionsPolicy(deps.authz).readableUnitIds(actor);
  let guidedBefore = false;
  for (const [i, c] of contents.entries()) {
    for (const [key, matterId] of [['repeatOfMatterId', c.repeatOfMatterId], ['firstTimeMatterId', c.firstTimeMatterId]] as const) {
      if (!matterId) continue;
      const earlier = await deps.db.selectFrom('matter').select(['unitId', 'status', 'contentClass']).where('id', '=', matterId).executeTakeFirst();
      if (!earlier || (readable && !readable.includes(earlier.unitId))) {
        throw invalid('Không tìm thấy vụ việc được liên kết', 'The linked matter does not exist', `contents.${i}.${key}`);
      }
      if (key === 'firstTimeMatterId' && (c.contentClass !== 'complaint' || earlier.contentClass !== 'complaint')) {
        throw invalid('Khiếu nại lần hai phải liên kết với một khiếu nại lần đầu', 'A second-time complaint links to a first-time complaint', `contents.${i}.${key}`);
      }
      if (key === 'repeatOfMatterId' && earlier.status === 'guided' && earlier.contentClass === c.contentClass) guidedBefore = true;
    }
  }
  return { guidedBefore };
}

/** The direction the rules suggest for one content (rules C2–C5); the officer decides it by an action. */
function directionOf(input: PetitionCreate, content: MatterDraft, eligible: boolean): string {
  if (!eligible) return 'file';
  if (input.anonymous && content.contentClass === 'denunciation') {
    const facts = input.anonymousFacts ?? { violatorNamed: false, hasEvidence: false, verifiable: false };
    return classifyAnonymousDenunciation(facts).direction;
  }
  return suggestDirection({ contentClass: content.contentClass, withinCompetence: content.withinCompetence, subordinateOverdue: false, subordinateCompetent: false }).direction;
}

async function insertSigner(
  deps: AppDeps, w: Write, petitionId: string, position: number, isRepresentative: boolean, waived: boolean, isProtected: boolean, c: CitizenInput,
): Promise<void> {
  const id = randomUUID();
  const seal = isProtected
    ? {
        fullNameSealed: deps.fieldCrypto.sealText(protectedColumnContext(SIGNER_NAME, id), c.fullName),
        addressSealed: c.address ? deps.fieldCrypto.sealText(protectedColumnContext(SIGNER_ADDRESS, id), c.address) : null,
        identitySealed: c.identity ? deps.fieldCrypto.sealJson(protectedColumnContext(SIGNER_IDENTITY, id), c.identity) : null,
        phoneSealed: c.phone ? deps.fieldCrypto.sealText(protectedColumnContext(SIGNER_PHONE, id), c.phone) : null,
      }
    : {};
  await w.trx
    .insertInto('petitionSigner')
    .values({
      id,
      petitionId,
      position,
      isRepresentative: isRepresentative ? 1 : 0,
      isProtected: isProtected ? 1 : 0,
      protectionWaived: waived ? 1 : 0,
      fullName: isProtected ? null : c.fullName,
      address: isProtected ? null : c.address,
      identityJson: isProtected || !c.identity ? null : JSON.stringify(c.identity),
      phone: isProtected ? null : c.phone,
      ...seal,
      gender: c.gender,
      ethnicity: c.ethnicity,
      nationality: c.nationality,
      nameKey: isProtected ? null : nameKeyOf(c.fullName),
      identityKey: isProtected || !c.identity ? null : identityKeyOf(c.identity.number),
    })
    .execute();
}

interface NewMatter {
  id: string;
  state: MatterState;
  content: MatterDraft;
  next: { on: string; rule: string } | null;
  direction: string;
}

async function insertMatter(w: Write, petitionId: string, unitId: string, position: number, m: NewMatter): Promise<void> {
  const c = m.content;
  await w.trx
    .insertInto('matter')
    .values({
      id: m.id,
      petitionId,
      unitId,
      position,
      contentClass: c.contentClass,
      field: c.field,
      summary: c.summary,
      subjectJson: c.subject ? JSON.stringify(c.subject) : null,
      round: m.state.round,
      isRemote: c.remote ? 1 : 0,
      withinCompetence: c.withinCompetence ? 1 : 0,
      competence: c.competence,
      status: m.state.status,
      complexityJson: JSON.stringify(m.state.complexity),
      suggestedDirection: m.direction,
      learnedOfActOn: c.learnedOfActOn,
      repeatOfMatterId: c.repeatOfMatterId,
      firstTimeMatterId: c.firstTimeMatterId,
      officerId: w.actor.kind === 'system' ? null : w.actor.userId,
      nextDueOn: m.next?.on ?? null,
      nextRule: m.next?.rule ?? null,
      createdAt: w.now,
      updatedAt: w.now,
    })
    .execute();
  for (const [seq, event] of m.state.events.entries()) {
    await w.trx
      .insertInto('matterEvent')
      .values({ matterId: m.id, seq, type: event.type, date: event.date, dataJson: eventData(event), recordedAt: w.now, recordedBy: w.actor.kind === 'system' ? null : w.actor.userId })
      .execute();
  }
}
