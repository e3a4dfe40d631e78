import { randomUUID } from 'node:crypto';
import type { Citizen } from '../../shared/reception/reception-api.schemas';
import type { CitizenRef } from '../../shared/petitions/petitions.schemas';
import { AppError } from '../../shared/errors';
import { foldForSearch } from '../../shared/text/fold';
import type { Actor } from '../auth/actor';
import type { CitizenTable } from '../db/schema';
import type { Write } from '../db/write';
import type { AppDeps } from '../deps';
import { defineSearchIndex, searchIndex, upsertSearchEntry } from '../search/search-index';
import {
  findCitizenByIdentity,
  findCitizenByNameAndPhone,
  findVisibleCitizen,
  getCitizens,
  insertCitizen,
} from './citizens.repository';
import { createReceptionPolicy } from './reception.policy';

/**
 * Citizens received at reception: found and reused on a later visit, never retyped. Lookup as one types is served
 * by the `citizen_search` index, one entry per citizen and unit that received them, so each unit finds only the
 * citizens it (or a unit in its subtree) received. Citizens at reception are not protected identities (rule E5
 * protects a denouncer's identity in the petition feature): their names, phones and document numbers are indexed.
 */
export const CITIZEN_SEARCH = defineSearchIndex('citizen_search');

const digitsOf = (phone: string | null) => (phone ? phone.replace(/\D/g, '') || null : null);

export function toCitizen(row: CitizenTable): Citizen {
  return {
    id: row.id,
    fullName: row.fullName,
    address: row.address,
    identity: row.identityKind && row.identityNumber ? { kind: row.identityKind as never, number: row.identityNumber } : null,
    phone: row.phone,
    gender: (row.gender as Citizen['gender']) ?? null,
    nationality: row.nationality,
  };
}

/**
 * The citizen a turn names, reused when known: by id (one the actor's scope received), by identity document (unique
 * per kind; its name must match), or by name and phone among the citizens the actor's scope received; created
 * otherwise. `path` names the field for a refusal.
 */
export async function resolveCitizen(
  w: Write,
  ref: CitizenRef,
  visibleUnits: readonly string[] | undefined,
  path: string,
): Promise<{ citizen: CitizenTable; created: boolean }> {
  if ('citizenId' in ref) {
    const found = await findVisibleCitizen(w.trx, ref.citizenId, visibleUnits);
    if (!found) throw new AppError('VALIDATION_FAILED', {}, [{ path: `${path}.citizenId`, message: 'No such citizen in your scope' }]);
    return { citizen: found, created: false };
  }
  const nameFolded = foldForSearch(ref.fullName);
  if (ref.identity) {
    const found = await findCitizenByIdentity(w.trx, ref.identity.kind, ref.identity.number);
    if (found) {
      if (found.nameFolded !== nameFolded) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: `${path}.identity.number`, message: 'This document number is recorded under another name' }]);
      }
      return { citizen: found, created: false };
    }
  }
  const phoneDigits = digitsOf(ref.phone);
  if (!ref.identity && phoneDigits) {
    const found = await findCitizenByNameAndPhone(w.trx, nameFolded, phoneDigits, visibleUnits);
    if (found) return { citizen: found, created: false };
  }
  const citizen: CitizenTable = {
    id: randomUUID(),
    fullName: ref.fullName,
    nameFolded,
    address: ref.address,
    identityKind: ref.identity?.kind ?? null,
    identityNumber: ref.identity?.number ?? null,
    identityIssuedOn: ref.identity?.issuedOn ?? null,
    identityIssuedBy: ref.identity?.issuedBy ?? null,
    phone: ref.phone,
    phoneDigits,
    gender: ref.gender,
    ethnicity: ref.ethnicity,
    nationality: ref.nationality,
    createdAt: w.now,
  };
  await insertCitizen(w.trx, citizen);
  return { citizen, created: true };
}

/** Makes the citizen findable by the unit that received them (idempotent). */
export async function indexCitizenForUnit(w: Write, citizen: CitizenTable, unitId: string): Promise<void> {
  await upsertSearchEntry(w.trx, CITIZEN_SEARCH, {
    entityId: `${citizen.id}@${unitId}`,
    unitId,
    text: [citizen.fullName, citizen.phone, citizen.phoneDigits, citizen.identityNumber],
  });
}

/** Citizens matching what the officer typed (name, phone, document number; any order, any accents), in scope. */
export async function lookupCitizens(deps: AppDeps, actor: Actor, query: { q: string; limit: number }): Promise<Citizen[]> {
  const units = await createReceptionPolicy(deps.authz).readableUnits(actor);
  // One entry per (citizen, unit): ask for more entries than citizens wanted, then keep each citizen once.
  const page = await searchIndex(deps.db, deps.engine, CITIZEN_SEARCH, { query: query.q, unitIds: units ?? null, limit: Math.min(1000, query.limit * 5) });
  const ids = [...new Set(page.ids.map((id) => id.slice(0, id.indexOf('@'))))].slice(0, query.limit);
  const rows = new Map((await getCitizens(deps.db, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => (rows.has(id) ? [toCitizen(rows.get(id)!)] : []));
}
