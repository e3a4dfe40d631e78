import { describe, expect, it } from 'vitest';
import { buildOrgGraph, describeParentCycle, findParentCycles, type GraphUnit } from './org-graph';

const unit = (id: string, parentId: string | null = null): GraphUnit => ({ id, parentId, validFrom: null, validTo: null });
// P ─ D ─ C ─ B, and a second province Q.
const g = buildOrgGraph([unit('P'), unit('D', 'P'), unit('C', 'D'), unit('B', 'C'), unit('Q')], []);

describe('findParentCycles', () => {
  it.each([
    ['a move within the tree', [{ id: 'C', parentId: 'P' }]],
    ['a move to another root', [{ id: 'D', parentId: 'Q' }]],
    ['new units under new and stored units', [{ id: 'N1', parentId: 'N2' }, { id: 'N2', parentId: 'B' }]],
    ['a parent that does not exist (checked elsewhere)', [{ id: 'N1', parentId: 'NOWHERE' }]],
    ['a swap that ends acyclic', [{ id: 'D', parentId: 'Q' }, { id: 'C', parentId: 'P' }]],
  ])('accepts %s', (_label, assignments) => {
    expect(findParentCycles(g, assignments)).toEqual({ ok: true });
  });

  it.each([
    ['a unit as its own parent', [{ id: 'D', parentId: 'D' }], [['D']]],
    ['a province under its own commune', [{ id: 'P', parentId: 'C' }], [['P', 'C', 'D']]],
    ['two new units under each other', [{ id: 'N1', parentId: 'N2' }, { id: 'N2', parentId: 'N1' }], [['N1', 'N2']]],
    ['a stored unit under a new unit under it', [{ id: 'N1', parentId: 'B' }, { id: 'D', parentId: 'N1' }], [['N1', 'B', 'C', 'D']]],
    [
      'two separate cycles, each once',
      [{ id: 'P', parentId: 'D' }, { id: 'X', parentId: 'Y' }, { id: 'Y', parentId: 'X' }, { id: 'Z', parentId: 'X' }],
      [['P', 'D'], ['X', 'Y']],
    ],
  ])('finds %s', (_label, assignments, cycles) => {
    expect(findParentCycles(g, assignments)).toEqual({ ok: false, cycles });
  });

  it('ignores a loop already stored that no assignment goes through, and ends', () => {
    const broken = buildOrgGraph([unit('A', 'B'), unit('B', 'A'), unit('K')], []);
    expect(findParentCycles(broken, [{ id: 'N', parentId: 'A' }])).toEqual({ ok: true });
    expect(findParentCycles(broken, [{ id: 'A', parentId: 'K' }])).toEqual({ ok: true });
  });
});

describe('describeParentCycle', () => {
  it('names each unit, back to the first', () => {
    const names: Record<string, string> = { P: 'Tỉnh Một', C: 'Xã Một' };
    expect(describeParentCycle(['P', 'C'], (id) => names[id])).toBe('Tỉnh Một (P) → Xã Một (C) → Tỉnh Một (P)');
    expect(describeParentCycle(['X'], () => undefined)).toBe('X (X) → X (X)');
  });
});
