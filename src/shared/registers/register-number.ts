/**
 * Registration numbers of the office registers (sổ tiếp công dân, sổ theo dõi xử lý đơn). Each receiving unit keeps
 * one register per kind and calendar year; entries are numbered 1, 2, 3… in order of receipt, without gaps, and the
 * count starts again on 1 January (Vietnamese time): the serial column (STT) of the reception book (Decree 154/2026,
 * Form 03/TCD), numbered the way the State numbers its documents (Decree 30/2020/ND-CP Art. 15(1): in order within
 * the calendar year, from 01 on 1 January). A transferred petition gets a new number in the receiving unit's register.
 */
export const REGISTER_KINDS = ['petition', 'reception-turn'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export interface RegisterNumber {
  /** 1, 2, 3… within the unit's register of that kind and year. */
  sequence: number;
  year: number;
}

/** The register year of a receipt date (`YYYY-MM-DD`, a Vietnamese calendar date). */
export function registerYear(receivedOn: string): number {
  return Number(receivedOn.slice(0, 4));
}

/**
 * How an official writes the number: `15/2026` inside the unit's own register (the form the systems officials use
 * already print, e.g. `123/2021`). Where several units' entries meet
 * (a district's list of its communes' petitions), the unit's code follows, as a document number carries its
 * issuer's abbreviation after the slash (Decree 30/2020/ND-CP, Annex I): `15/2026/XCT`.
 */
export function formatRegisterNumber(n: RegisterNumber, unitCode?: string | null): string {
  const own = `${n.sequence}/${n.year}`;
  return unitCode ? `${own}/${unitCode}` : own;
}

/**
 * Reads a number as officials type it (`15/2026`, `15 / 2026`, `số 15/2026`, with or without the unit code);
 * `null` if it is not one. For search: the unit code, when present, is returned for the caller to resolve.
 */
export function parseRegisterNumber(text: string): (RegisterNumber & { unitCode: string | null }) | null {
  const match = /^\s*(?:s[ốo]\s*)?(\d{1,9})\s*\/\s*(\d{4})\s*(?:\/\s*([^\s/][^/]*?))?\s*$/iu.exec(text);
  if (!match) return null;
  const sequence = Number(match[1]);
  if (sequence < 1) return null;
  return { sequence, year: Number(match[2]), unitCode: match[3] ?? null };
}
