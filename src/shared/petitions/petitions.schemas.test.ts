import { describe, expect, it } from 'vitest';
import * as catalogues from './catalogues';
import { MatterActionInputSchema, MATTER_ACTIONS } from './matter-actions.schemas';
import { CitizenRefSchema, PetitionCreateSchema } from './petitions.schemas';
import { TRANSITIONS } from './matter-transitions';

const doc = { number: '12/TB-UBND', date: '2025-03-10', signer: 'Lê Văn B, Chủ tịch' };
const petition = {
  receivingUnitId: 'u-1', channel: 'post', receivedOn: '2025-03-03', filerKind: 'individual',
  signers: [{ citizen: { fullName: '  Nguyễn Thị C ', identity: { kind: 'citizen-id', number: '038190001234' }, phone: '0912 345 678' } }],
  eligibility: { inVietnameseOrTranslated: true, dated: true, hasNameAndAddress: true, signedOrFingerprinted: true, hasContentElements: true, legible: true, sentToSeveralBodies: false, improperContent: false },
  contents: [{ contentClass: 'complaint', field: 'land-housing', summary: 'Khiếu nại quyết định thu hồi đất', withinCompetence: true, competence: 'administrative' }],
};

describe('catalogues: every code has both labels', () => {
  const pairs = Object.entries(catalogues).filter(([name]) => name.endsWith('_LABELS')) as [string, Record<string, { vi: string; en: string }>][];
  it.each(pairs)('%s', (_name, labels) => {
    for (const label of Object.values(labels)) {
      expect(label.vi.length).toBeGreaterThan(1);
      expect(label.en.length).toBeGreaterThan(1);
    }
  });
  it('covers the 14 national catalogues, numbered 1–14', () => {
    expect(catalogues.NATIONAL_CATALOGUES.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });
  it('counts each class under the fields of its form, administrative ones rolling up', () => {
    for (const fields of Object.values(catalogues.FIELDS_BY_CLASS)) for (const f of fields) expect(catalogues.MATTER_FIELDS).toContain(f);
    expect(catalogues.FIELDS_BY_CLASS.complaint).not.toContain('corruption');
  });
});

describe('petition intake schema', () => {
  it('normalises text and accepts a valid petition', () => {
    const parsed = PetitionCreateSchema.parse(petition);
    const citizen = parsed.signers[0]!.citizen;
    expect('fullName' in citizen && citizen.fullName).toBe('Nguyễn Thị C');
    expect(parsed.contents[0]!.repeatOfMatterId).toBeNull();
  });
  it.each([
    ['a control character in a name', { signers: [{ citizen: { fullName: 'A\u0000B' } }] }, 'signers.0.citizen'],
    ['a transfer without its forwarding letter', { channel: 'transfer' }, 'forwarding'],
    ['no signer on a named petition', { signers: [] }, 'signers'],
    ['two signers filed as one person', { signers: [petition.signers[0], petition.signers[0]] }, 'filerKind'],
    ['written after it was received', { writtenOn: '2025-03-04' }, 'writtenOn'],
    ['no content', { contents: [] }, 'contents'],
    ['an unknown field', { contents: [{ ...petition.contents[0], field: 'sports' }] }, 'contents.0.field'],
  ])('refuses %s', (_label, change, path) => {
    const result = PetitionCreateSchema.safeParse({ ...petition, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).some((p) => p.startsWith(path))).toBe(true);
  });
  it('reuses a returning citizen by id', () => {
    expect(CitizenRefSchema.parse({ citizenId: 'c-7' })).toEqual({ citizenId: 'c-7' });
  });
});

describe('matter action inputs', () => {
  it('has a transition for every action and an input schema for every transition', () => {
    expect([...MATTER_ACTIONS].sort()).toEqual(Object.keys(TRANSITIONS).sort());
  });
  it.each([
    ['accept with its document', { action: 'accept', date: '2025-03-10', document: doc }, true],
    ['accept without a document', { action: 'accept', date: '2025-03-10' }, false],
    ['a document without a signer', { action: 'accept', date: '2025-03-10', document: { ...doc, signer: ' ' } }, false],
    ['extend by more than 30 days', { action: 'extend', date: '2025-03-10', document: doc, days: 31 }, false],
    ['mark complex without criteria', { action: 'mark-complex', date: '2025-03-10', document: doc, criteria: [] }, false],
    ['resolve as "withdrawn" (use withdraw)', { action: 'resolve', date: '2025-03-10', document: doc, outcome: 'withdrawn' }, false],
    ['resolve with default remedies', { action: 'resolve', date: '2025-03-10', document: doc, outcome: 'correct' }, true],
    ['an unknown action', { action: 'approve', date: '2025-03-10' }, false],
  ])('%s', (_label, input, valid) => {
    expect(MatterActionInputSchema.safeParse(input).success).toBe(valid);
  });
});
