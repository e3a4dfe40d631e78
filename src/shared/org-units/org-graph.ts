/**
 * The organisation graph: the parent tree plus succession links (merge, split, rename...). Pure, built from rows,
 * and used for scopes, "as of" trees and successor chains. Dates are `YYYY-MM-DD`; validity bounds are inclusive.
 */
export interface GraphUnit {
  id: string;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface GraphLink {
  eventId: string;
  unitId: string;
  role: 'predecessor' | 'successor' | string;
}

export interface OrgGraph {
  units: Map<string, GraphUnit>;
  children: Map<string, string[]>;
  /** unit -> units that directly succeeded it */
  successors: Map<string, string[]>;
  /** unit -> units it directly came from */
  predecessors: Map<string, string[]>;
}

export function buildOrgGraph(units: GraphUnit[], links: GraphLink[]): OrgGraph {
  const map = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) push(children, u.parentId, u.id);
  }
  const byEvent = new Map<string, { pre: string[]; post: string[] }>();
  for (const l of links) {
    const e = byEvent.get(l.eventId) ?? { pre: [], post: [] };
    (l.role === 'predecessor' ? e.pre : e.post).push(l.unitId);
    byEvent.set(l.eventId, e);
  }
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const { pre, post } of byEvent.values()) {
    for (const a of pre) for (const b of post) if (a !== b) {
      push(successors, a, b);
      push(predecessors, b, a);
    }
  }
  return { units: map, children, successors, predecessors };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Whether a unit existed on `date` (a missing bound is open). */
export function isValidOn(u: Pick<GraphUnit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (!u.validFrom || u.validFrom <= date) && (!u.validTo || u.validTo >= date);
}

function walk(start: Iterable<string>, next: (id: string) => readonly string[] | undefined): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of next(id) ?? []) if (!seen.has(n)) stack.push(n);
  }
  return seen;
}

/** The unit and everything below it, at any date. */
export function subtreeOf(g: OrgGraph, id: string): Set<string> {
  return walk([id], (x) => g.children.get(x));
}

/** Every unit this one came from, transitively (not including itself). */
export function predecessorsOf(g: OrgGraph, id: string): Set<string> {
  const all = walk([id], (x) => g.predecessors.get(x));
  all.delete(id);
  return all;
}

/** Every unit that carried this one on, transitively (not including itself). */
export function successorsOf(g: OrgGraph, id: string): Set<string> {
  const all = walk([id], (x) => g.successors.get(x));
  all.delete(id);
  return all;
}

/**
 * A role granted on a unit covers that unit's subtree, and — because a merged unit inherits the records of the
 * units it replaced — the subtrees of all its predecessors too (a user of the new Xã Cẩm Thủy sees the files of
 * the former Thị trấn Phong Sơn and Xã Cẩm Ngọc). It never covers a sibling merged into a different unit.
 */
export function scopeOf(g: OrgGraph, grantedUnitIds: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const roots = [...grantedUnitIds].filter((id) => g.units.has(id));
  const expand = walk(roots, (x) => [...(g.children.get(x) ?? []), ...(g.predecessors.get(x) ?? [])]);
  for (const id of expand) result.add(id);
  return result;
}

/**
 * The units that carry `id` on as of `date`: itself if still valid; else its successors, followed until valid ones;
 * a unit dissolved without successors (a district in 2025) passes on through what became of its former children.
 */
export function currentUnitsOf(g: OrgGraph, id: string, date: string, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const u = g.units.get(id);
  if (!u) return [];
  if (isValidOn(u, date)) return [id];
  const next = g.successors.get(id) ?? [];
  const via = next.length ? next : (g.children.get(id) ?? []).filter((c) => g.units.get(c)?.validTo);
  const out = new Set<string>();
  for (const n of via) for (const c of currentUnitsOf(g, n, date, seen)) out.add(c);
  return [...out];
}

/** A parent a write would give a unit: the new parent of an existing unit, or the parent of a new one. */
export interface ParentAssignment {
  id: string;
  parentId: string | null;
}

/** Each cycle lists unit ids from a unit to its parent and onwards, until the next id would be the first again. */
export type ParentCycleCheck = { ok: true } | { ok: false; cycles: string[][] };

/**
 * Whether giving these units these parents would close a loop in the parent tree (a province under its own commune:
 * the tree would lose its root and every scope along the loop would cover all of it). The one cycle check of every
 * write path. Parents that are neither in `g` nor assigned end a chain (their existence is checked elsewhere); each
 * cycle through an assigned unit is reported once.
 */
export function findParentCycles(g: OrgGraph, assignments: Iterable<ParentAssignment>): ParentCycleCheck {
  const assigned = new Map<string, string | null>();
  for (const a of assignments) assigned.set(a.id, a.parentId);
  const parentOf = (id: string) => (assigned.has(id) ? assigned.get(id)! : (g.units.get(id)?.parentId ?? null));
  const state = new Map<string, 'on-path' | 'done'>();
  const cycles: string[][] = [];
  for (const start of assigned.keys()) {
    const path: string[] = [];
    let id: string | null = start;
    while (id !== null && !state.has(id)) {
      state.set(id, 'on-path');
      path.push(id);
      id = parentOf(id);
    }
    if (id !== null && state.get(id) === 'on-path') {
      const cycle = path.slice(path.indexOf(id));
      if (cycle.some((u) => assigned.has(u))) cycles.push(cycle);
    }
    for (const visited of path) state.set(visited, 'done');
  }
  return cycles.length ? { ok: false, cycles } : { ok: true };
}

/** A cycle for people: `Tỉnh A (VN-38) → Xã B (X1) → Tỉnh A (VN-38)`, each unit placed under the next. */
export function describeParentCycle(cycle: readonly string[], nameOf: (id: string) => string | undefined): string {
  return [...cycle, cycle[0]!].map((id) => `${nameOf(id) ?? id} (${id})`).join(' → ');
}
