import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import { lastDayOfEndedScope, visibleSuccessors } from './scope-date';

const unit = (id: string, validTo: string | null): OrgUnit =>
  ({ id, validTo, validFrom: null, nameVi: id, nameEn: null }) as unknown as OrgUnit;

describe('lastDayOfEndedScope', () => {
  it.each([
    ['no grant', [], null],
    ['a unit still in force', [unit('A', null)], null],
    ['a unit ending later', [unit('A', '2030-12-31')], null],
    ['a unit whose last day is today', [unit('A', '2026-03-01')], null],
    ['an abolished district', [unit('A', '2025-06-30')], '2025-06-30'],
    ['two ended units: the later last day', [unit('A', '2019-11-30'), unit('B', '2025-06-30')], '2025-06-30'],
    ['one ended, one in force', [unit('A', '2025-06-30'), unit('B', null)], null],
  ])('%s', (_, granted, expected) => {
    expect(lastDayOfEndedScope(granted, '2026-03-01')).toBe(expected);
  });
});

describe('visibleSuccessors', () => {
  it('names only successors inside the scope, once each', () => {
    const histories = [{ currentUnits: [unit('C1', null), unit('C2', null)] }, { currentUnits: [unit('C1', null)] }];
    expect(visibleSuccessors(histories, new Set(['C1'])).map((u) => u.id)).toEqual(['C1']);
    expect(visibleSuccessors(histories, new Set())).toEqual([]);
  });
});
