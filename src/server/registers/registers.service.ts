import type { Kysely } from 'kysely';
import { type RegisterKind, type RegisterNumber, registerYear } from '../../shared/registers/register-number';
import { vietnamDate } from '../time-source';
import type { DB } from '../db/schema';
import type { Write } from '../db/write';
import { incrementRegisterCounter, raiseRegisterCounter, readRegisterCounter } from './register-counter.repository';

export interface RegisterEntryInput {
  /** The receiving unit whose register it is. */
  unitId: string;
  kind: RegisterKind;
  /**
   * The Vietnamese calendar date of receipt (`YYYY-MM-DD`); its year picks the register. Defaults to the write's own
   * instant seen in Viet Nam (UTC+7), so an intake at 23:30 on 31 December (16:30 UTC) goes into that year's
   * register and one at 00:10 on 1 January into the new year's.
   */
  receivedOn?: string;
}

/**
 * Gives an entry (a petition, a reception turn) the next number of its unit's register for the year, inside the
 * caller's write. Gapless: the counter moves in the same transaction as the entry, so if the intake fails or rolls
 * back, the number is given back and the next intake gets it; two concurrent intakes, in any number of server
 * processes, on either engine, never get the same number.
 *
 * Cost of the choice: intakes into the same register wait for each other's commit (they already do for the audit
 * chain's head row). Call it once per entry, late in the write and before `w.audit(…)`, always in that order, so
 * transactions take the two locks in the same order (and no deadlock can form between them).
 */
export async function assignRegisterNumber(w: Write, input: RegisterEntryInput): Promise<RegisterNumber> {
  const year = registerYear(input.receivedOn ?? vietnamDate(new Date(w.now)));
  const sequence = await incrementRegisterCounter(w.trx, { unitId: input.unitId, kind: input.kind, year }, w.now);
  return { sequence, year };
}

/**
 * Records a number given outside Oversight (an imported register, a paper book kept until go-live), so the next
 * assigned number follows it. It never lowers the counter; the importer checks its own numbers for duplicates.
 */
export async function recordExistingRegisterNumber(
  w: Write,
  input: { unitId: string; kind: RegisterKind } & RegisterNumber,
): Promise<void> {
  await raiseRegisterCounter(w.trx, { unitId: input.unitId, kind: input.kind, year: input.year }, input.sequence, w.now);
}

/** The last number given in a register (0 before the first): for display and checks, not for numbering. */
export async function lastRegisterNumber(
  db: Kysely<DB>,
  input: { unitId: string; kind: RegisterKind; year: number },
): Promise<number> {
  return readRegisterCounter(db, { unitId: input.unitId, kind: input.kind, year: input.year });
}
